// A user: switches the machine on, orders some drinks (refilling the tank and ordering
// again when told it is empty), possibly presses cancel right after ordering, and finally
// switches the machine off.
enum tBrewResult { BREW_SERVED, BREW_CANCELLED, BREW_NO_WATER }

type tUserConfig = (firmware: tFirmware, water: int, drinks: int, mayCancel: bool, patient: bool);

machine User
  receives eMachineReady, eDrinkServed, eBrewCancelled, eOutOfWater;
  sends ePowerButton, eBrewButton, eCancelButton, eRefillWater;
{
  var coffeeMaker: CoffeeMakerController;
  var menu: seq[tDrink];

  start state Using {
    entry (cfg: tUserConfig) {
      var i: int;
      var drink: tDrink;
      menu += (0, SINGLE_SHOT);
      menu += (1, DOUBLE_SHOT);
      menu += (2, LUNGO);
      coffeeMaker = new CoffeeMakerController((user = this, firmware = cfg.firmware, water = cfg.water));
      send coffeeMaker, ePowerButton;
      if (cfg.patient) {
        // Only order once the display says the machine is ready.
        receive {
          case eMachineReady: { }
        }
      }
      while (i < cfg.drinks) {
        drink = choose(menu);
        if (Order(drink, cfg.mayCancel) == BREW_NO_WATER) {
          send coffeeMaker, eRefillWater;   // the tank is refilled completely
          Order(drink, false);
        }
        i = i + 1;
      }
      send coffeeMaker, ePowerButton;
    }
  }

  fun Order(drink: tDrink, mayCancel: bool): tBrewResult {
    var result: tBrewResult;
    var answered: bool;
    send coffeeMaker, eBrewButton, drink;
    if (mayCancel && $) {
      send coffeeMaker, eCancelButton;
    }
    while (!answered) {
      receive {
        case eDrinkServed: (d: tDrink) {
          assert d == drink, format("ordered {0}, got {1}", drink, d);
          result = BREW_SERVED;
          answered = true;
        }
        case eBrewCancelled: { result = BREW_CANCELLED; answered = true; }
        case eOutOfWater: { result = BREW_NO_WATER; answered = true; }
        case eMachineReady: { }   // shown again after re-heating: keep waiting
      }
    }
    return result;
  }
}
