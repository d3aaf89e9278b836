// `$$` is one token (fair choice), distinct from two `$` tokens (reference 1.4, 1.6).
machine Coin {
  var a: bool;
  var b: bool;
  start state Flip {
    entry {
      a = $;
      b = $$;
      if ($ && $$) {
        a = !b;
      }
    }
  }
}
