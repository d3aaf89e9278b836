// `this` used as a value inside a global function (reference 4.7).
fun Self(): machine {
  var me: machine;
  me = this; // error: P0210
  return me;
}
