// `return e;` must fit the return type; a non-null return type needs a value (reference 6.2, 6.7 item 8 FunctionReturnsWrongType).
fun Count(): int {
  if ($) { return "many"; } // error: P0303
  if ($) { return; } // error: P0303
  return 1;
}
fun Name(): string {
  return 1.5; // error: P0303
}
