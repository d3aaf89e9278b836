// The `creates` interface of a foreign function must be declared (reference 2.1, 7.5).
fun Spawn(): machine creates IWorkr; // error: P0207
