// Creates `n` participants with the given failure behaviour and a coordinator for them.
fun StartTwoPC(n: int, canVoteNo: bool, canCrash: bool): Coordinator {
  var ps: seq[Participant];
  var i: int;
  while (i < n) {
    ps += (i, new Participant((id = i, canVoteNo = canVoteNo, canCrash = canCrash)));
    i = i + 1;
  }
  return new Coordinator(ps);
}

// Reliable participants that always vote yes; one client, two transactions.
machine HappyPathDriver {
  start state Init {
    entry {
      var c: Coordinator;
      c = StartTwoPC(2, false, false);
      new Client((coordinator = c, firstTransId = 100, nTrans = 2));
    }
  }
}

// Three participants that may vote no and may crash; two clients.
machine FailureDriver {
  start state Init {
    entry {
      var c: Coordinator;
      c = StartTwoPC(3, true, true);
      new Client((coordinator = c, firstTransId = 100, nTrans = 2));
      new Client((coordinator = c, firstTransId = 200, nTrans = 2));
    }
  }
}

param nParticipants: int;

// `nParticipants` participants that may vote no (no crashes).
machine ScaledDriver {
  start state Init {
    entry {
      var c: Coordinator;
      c = StartTwoPC(nParticipants, true, false);
      new Client((coordinator = c, firstTransId = 100, nTrans = 2));
    }
  }
}
