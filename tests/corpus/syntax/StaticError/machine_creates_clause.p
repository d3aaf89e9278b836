// Machines take only `receives`/`sends` clauses; `creates` belongs to foreign functions (reference 2.1).
interface IWorker() receives;
machine Main creates IWorker; { // error: P0102
  start state S { }
}
