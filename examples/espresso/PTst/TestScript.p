module EspressoMachine = { CoffeeMakerController, Boiler, Grinder, Pump };
module Kitchen = union EspressoMachine, { User };

test tcMorningRoutine [main = MorningRoutineDriver]:
  assert SafeBrewing in (union Kitchen, { MorningRoutineDriver });

test tcImpatientUser [main = ImpatientUserDriver]:
  assert SafeBrewing in (union Kitchen, { ImpatientUserDriver });

test tcCancelDuringGrind [main = CancelDuringGrindDriver]:
  assert SafeBrewing in (union Kitchen, { CancelDuringGrindDriver });

test tcRefillSkipsReheat [main = RefillDriver]:
  assert SafeBrewing in (union Kitchen, { RefillDriver });
