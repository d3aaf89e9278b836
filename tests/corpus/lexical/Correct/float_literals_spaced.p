// A float literal is three tokens (digits, '.', digits), so whitespace and comments may sit between them; `t .0` is still a tuple index (reference 1.1, 1.4).
machine Scale {
  var weight: float;
  var pair: (float, (int, float));
  start state Weigh {
    entry {
      weight = 1 . 5;
      weight = weight + 2. 25 + 0 .75 + . 5;
      weight = weight * 3 /* tenths */ . 0;
      pair = (weight, (1, 0 . 1));
      pair.1.1 = pair .1 .1 + pair. 0;
      assert weight == 15.0, format("weight {0}", weight);
    }
  }
}
