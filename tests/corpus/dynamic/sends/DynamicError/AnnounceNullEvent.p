// bug: runtime-error
// Announcing an event variable that is null is a bug (8.7 announce, 8.9).
event eMilestone: int;

spec Progress observes eMilestone {
  start state Track {
    on eMilestone do (n: int) { }
  }
}

machine Main {
  start state Run {
    entry {
      var ev: event;
      announce eMilestone, 1;
      announce ev, 2;
    }
  }
}

test tcAnnounce [main = Main]: assert Progress in { Main };
