// A foreign function whose return type lacks its `:` is one syntax error, even though recovery resumes at `machine` on that line (reference 2.1).
interface IWorker() receives;
fun SpawnWorker() machine creates IWorker; // error: P0102
