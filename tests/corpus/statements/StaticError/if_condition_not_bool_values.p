// `if` conditions of type any, string and machine (reference 6.2).
fun Decide(a: any, s: string, m: machine) {
  if (a) { } // error: P0306
  if (s) { } else { } // error: P0306
  if ($) { } else if (m) { } // error: P0306
}
