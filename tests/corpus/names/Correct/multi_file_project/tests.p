// The test declaration and the spec live in a third file (reference 2.1, 7.2).
spec JobsFinish observes eDone {
  start state S { on eDone do (id: int) { assert id > 0; } }
}
test tcJobs [main = Submitter]: assert JobsFinish in { Submitter, Runner };
