// `print` of a bool, an event and a tuple (reference 6.2).
event ePing;
fun Dump(ok: bool, t: (int, string)) {
  print ok; // error: P0307
  print ePing; // error: P0307
  print t; // error: P0307
}
