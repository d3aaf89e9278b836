// A function parameter or local cannot shadow a global param (reference 3.2 additional rules).
param timeout: int;
fun Wait(timeout: int) { } // error: P0208
fun Poll() {
  var timeout: int; // error: P0208
}
