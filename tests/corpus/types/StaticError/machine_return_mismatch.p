// Rule 5.2.4 in return position: a machine return type rejects a string and `any` (reference 5.2, 6.2).
fun Lookup(name: string): machine {
  return name; // error: P0303
}
fun Unbox(a: any): machine {
  return a; // error: P0303
}
