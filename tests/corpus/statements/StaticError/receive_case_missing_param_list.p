// A parameterless receive case listing several events needs all of them payload-free (reference 6.2).
event eStop;
event eData: string;
event eAbort;
fun Await() {
  receive {
    case eStop, eData, eAbort: { } // error: P0321
  }
}
