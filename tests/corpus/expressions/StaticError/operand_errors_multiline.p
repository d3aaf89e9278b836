// In an expression spanning lines, operand errors are reported where the reference reports them: a comparison at its start, `&&`/`||` at the operand that is not a bool, `%` at its start, `+` at the operator (reference 6.1).
machine Main {
  var n: int;
  var s: string;
  var ok: bool;
  start state Init {
    entry {
      ok = n // error: P0319
        == s;
      ok = ok &&
        s; // error: P0305
      n = n // error: P0305
        % s;
      n = n
        + s; // error: P0305
    }
  }
}
