// Majority voting composed from three modules: explicit receives/sends sets, interfaces with payloads, `this to I`, `compose` and `union` (reference 2.1, 4.4, 7.1).
event ePropose: int;
event eVoteRequest: (proposal: int, coordinator: ICoordinator);
event eVote: (proposal: int, voter: int, approve: bool);
event eDecision: (proposal: int, accepted: bool);

interface ICoordinator(machine) receives ePropose, eVote;
interface IVoter(int) receives eVoteRequest;

machine Proposer receives eDecision; sends ePropose; {
  var coordinator: ICoordinator;
  var decided: map[int, bool];
  start state Proposing {
    entry {
      coordinator = new ICoordinator(this);
      send coordinator, ePropose, 1;
      send coordinator, ePropose, 2;
    }
    on eDecision do (d: (proposal: int, accepted: bool)) {
      assert !(d.proposal in decided), format("proposal {0} decided twice", d.proposal);
      decided[d.proposal] = d.accepted;
      if (sizeof(decided) == 2) { goto Done; }
    }
  }
  state Done {
    entry { print "both proposals decided"; }
    ignore eDecision;
  }
}

machine CoordinatorImpl receives ePropose, eVote; sends eVoteRequest, eDecision; {
  var proposer: machine;
  var voters: seq[IVoter];
  var current: int;
  var yes: int;
  var no: int;
  start state Setup {
    entry (p: machine) {
      var i: int;
      proposer = p;
      while (i < 3) {
        voters += (i, new IVoter(i));
        i = i + 1;
      }
      goto Ready;
    }
  }
  state Ready {
    on ePropose goto Collecting;
    ignore eVote;
  }
  state Collecting {
    entry (proposal: int) {
      var v: IVoter;
      current = proposal;
      yes = 0;
      no = 0;
      foreach (v in voters) {
        send v, eVoteRequest, (proposal = proposal, coordinator = this to ICoordinator);
      }
    }
    defer ePropose;
    on eVote do (v: (proposal: int, voter: int, approve: bool)) {
      if (v.proposal != current) { return; }
      if (v.approve) { yes = yes + 1; } else { no = no + 1; }
      if (yes * 2 > sizeof(voters) || no * 2 >= sizeof(voters)) {
        send proposer, eDecision, (proposal = current, accepted = yes * 2 > sizeof(voters));
        goto Ready;
      }
    }
  }
}

machine VoterImpl receives eVoteRequest; sends eVote; {
  var id: int;
  start state Voting {
    entry (myId: int) { id = myId; }
    on eVoteRequest do (r: (proposal: int, coordinator: ICoordinator)) {
      send r.coordinator, eVote, (proposal = r.proposal, voter = id, approve = $);
    }
  }
}

spec DecisionsAreFinal observes eDecision {
  var outcome: map[int, bool];
  start state Watching {
    on eDecision do (d: (proposal: int, accepted: bool)) {
      if (d.proposal in outcome) {
        assert outcome[d.proposal] == d.accepted, "a decision changed";
      }
      outcome[d.proposal] = d.accepted;
    }
  }
}

module Voters = { VoterImpl -> IVoter };
module Coordination = { CoordinatorImpl -> ICoordinator };
test tcComposed [main = Proposer]: assert DecisionsAreFinal in compose { Proposer }, Coordination, Voters;
test tcUnion [main = Proposer]: assert DecisionsAreFinal in (union { Proposer }, (union Coordination, Voters));
