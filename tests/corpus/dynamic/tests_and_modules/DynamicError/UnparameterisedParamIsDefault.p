// bug: runtime-error
// Without a parameterised test a global param keeps its type's default, here 0 workers (4.8, 7.4).
param nWorkers: int;

machine Main {
  start state Plan {
    entry {
      var perWorker: int;
      perWorker = 100 / nWorkers;
    }
  }
}
