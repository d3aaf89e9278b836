// `sent` is a reserved (PVerifier) word and cannot name a variable (reference 1.2, 1.3).
machine Mailer {
  var sent: int; // error: P0107
  start state S { }
}
