// `this` is illegal in global functions (reference 4.7, 6.7 other errors).
event eReply: machine;
fun Reply(target: machine) {
  send target, eReply, this; // error: P0210
}
