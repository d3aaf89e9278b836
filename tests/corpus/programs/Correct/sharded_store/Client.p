// Clients issue a few operations and wait for each answer with `receive`.
machine Client receives eResponse, eRejected; sends eRequest; {
  var router: Router;
  var seen: map[string, int];

  start state Run {
    entry (r: Router) {
      var i: int;
      router = r;
      while (i < 3) {
        Issue(PickKey(i), if_op(i));
        i = i + 1;
      }
    }
  }

  fun if_op(i: int): tOp {
    if (i % 3 == 2) { return DELETE; }
    if ($) { return GET; }
    return PUT;
  }

  fun Issue(key: string, op: tOp) {
    send router, eRequest, (client = this, key = key, op = op, value = i_value(key));
    receive {
      case eResponse: (resp: tResponse) {
        if (key in seen) {
          assert resp.version >= seen[key], format("version of {0} went back: {1} < {2}", key, resp.version, seen[key]);
        }
        seen[key] = resp.version;
      }
      case eRejected: (why: (key: string, reason: string)) { print why.reason; }
    }
  }

  fun i_value(key: string): int { return sizeof(seen) + 1; }
}

fun PickKey(i: int): string {
  var keys_: seq[string];
  keys_ += (0, "alpha"); keys_ += (1, "beta"); keys_ += (2, "gamma");
  return keys_[i % sizeof(keys_)];
}

fun KeyHash(key: string): int {
  if (key == "alpha") { return 0; } else if (key == "beta") { return 1; }
  return 2;
}
