// A spec observing `halt` needs a machine of the module whose sends set has it: an explicit `sends` list without `halt` does not (reference 7.1, 8.7).
event eWork;
spec Watch observes eWork, halt {
  start state Init { ignore eWork, halt; }
}
machine Main sends eWork; {
  start state Init { entry { send this, eWork; } ignore eWork; }
}
test tcWatch [main=Main]: assert Watch in { Main }; // error: P0606
