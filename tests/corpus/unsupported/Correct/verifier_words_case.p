// Only the exact PVerifier keywords are reserved: `proof`, `lemma`, `theorem`, `Pure`, `Invariant` are ordinary identifiers (reference 1.3).
enum tKind { Pure, Invariant }
fun proof(lemma: int): int { return lemma; }
machine theorem {
  var Axiom: tKind;
  var Exists: bool;
  start state Sent {
    entry {
      Axiom = Pure;
      Exists = proof(1) == 1;
    }
  }
}
