// Keywords are case-sensitive: `Machine`, `State`, `Event`, `proof`, `lemma`, `theorem` are identifiers (reference 1.3).
type Machine = int;
enum State { Event, Spec }
event proof;
event lemma: int;

machine Theorem2 {
  var theorem: Machine;
  var st: State;
  start state S {
    entry {
      theorem = 1;
      st = Spec;
    }
    on proof do { }
    on lemma do (n: Machine) { theorem = n; }
  }
}
