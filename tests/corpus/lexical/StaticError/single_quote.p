// `'` is not a token: strings use double quotes (reference 1.4, 1.6).
machine Greeter {
  var name: string;
  start state S {
    entry {
      name = 'bob'; // error: P0101
    }
  }
}
