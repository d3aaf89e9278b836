// A spec may observe `halt` when a machine of the module has no `sends` clause: its sends set is every event plus halt (reference 7.1, 8.7).
event eWork;
spec Watch observes eWork, halt {
  start state Init { ignore eWork, halt; }
}
machine Main {
  start state Init { entry { send this, eWork; send this, halt; } ignore eWork; }
}
test tcWatch [main=Main]: assert Watch in { Main };
