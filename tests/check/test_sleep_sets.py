"""Sleep sets (`check/dfs.py`) skip steps, never states: on models built to stress what a
step's footprint must catch (hand-over to a blocked `receive`, `on null`, halts, self-sends,
monitors, choices), the search with sleep sets visits exactly the states of the search
without, and takes fewer steps."""

from __future__ import annotations

import pytest
from pide.core.check.dfs import explore
from pide.core.runtime.runtime import Runtime

from tests.check.test_dfs import PINGPONG
from tests.runtime.helpers import compile_text, pick_test

# A blocked `receive` handed an event while others append to the same inbox.
RECV = """
event req: machine; event resp: int; event poke; event other: int;
machine Main {
  start state S {
    entry {
      var s: Server; var i: int;
      s = new Server();
      new Client(s); new Client(s); new Poker(s);
    }
  }
}
machine Server {
  var n: int;
  start state S {
    on req do (c: machine) {
      n = n + 1;
      send c, resp, n;
      receive { case poke: { n = n + 10; } case other: (k: int) { n = n + k; } }
    }
    on poke do { n = n * 2; }
    on other do (k: int) { n = n - k; }
  }
}
machine Client {
  start state S {
    entry (s: Server) {
      var r: int;
      send s, req, this;
      receive { case resp: (v: int) { r = v; } }
      send s, other, r;
    }
  }
}
machine Poker {
  start state S {
    entry (s: Server) { send s, poke; send s, poke; }
  }
}
"""

# An `on null` handler (taken only when the inbox has nothing takeable), defer, ignore.
NULLS = """
event a: int; event b; event stop;
machine Main {
  start state S {
    entry { var w: Worker; w = new Worker(); new Sender((w = w, k = 1)); new Sender((w = w, k = 2)); }
  }
}
machine Worker {
  var seen: seq[int]; var idle: int;
  start state S {
    on a do (k: int) { seen += (sizeof(seen), k); }
    on null do { idle = idle + 1; if (idle > 2) { goto Done; } }
    defer b;
    ignore stop;
  }
  state Done {
    on a do (k: int) { seen += (sizeof(seen), k * 100); }
    on b do { assert sizeof(seen) <= 4, "too many"; }
    ignore stop;
  }
}
machine Sender {
  start state S { entry (c: (w: Worker, k: int)) { send c.w, a, c.k; send c.w, b; send c.w, stop; } }
}
"""

# Halts racing with sends (dropped after the halt), defer, a goto, and a spec watching both senders.
HALTS = """
event m: int; event fin;
spec Watch observes m, fin {
  var total: int;
  start state S { on m do (k: int) { total = total + k; } on fin goto T; }
  state T { on m do (k: int) { total = total - k; } on fin goto S; }
}
machine Main {
  start state S {
    entry {
      var t: Target; var t2: Target;
      t = new Target(); t2 = new Target();
      new Src((a = t, b = t2, k = 1)); new Src((a = t2, b = t, k = 3)); new Stopper(t);
    }
  }
}
machine Target {
  var got: int;
  start state S {
    on m do (k: int) { got = got + k; if (got > 3) { raise halt; } }
    on fin do { goto Idle; }
  }
  state Idle { defer m; on fin do { goto S; } }
}
machine Src {
  start state S { entry (c: (a: Target, b: Target, k: int)) { send c.a, m, c.k; send c.b, fin; send c.b, m, c.k; } }
}
machine Stopper {
  var t: Target;
  start state S { entry (x: Target) { t = x; send t, halt; } }
}
"""

# Machines sending to themselves and to each other.
SELFSEND = """
event tick: int; event go;
machine Main {
  start state S {
    entry { var a: Ticker; var b: Ticker; a = new Ticker(); b = new Ticker(); send a, go; send b, go; send a, tick, 5; }
  }
}
machine Ticker {
  var n: int;
  start state S {
    on go do { send this, tick, 1; send this, tick, 2; }
    on tick do (k: int) { n = n + k; if (n < 6) { send this, tick, k; } }
  }
}
"""

# Steps with choices (a family of transitions per operation) and a receive.
CHOICES = """
event put: int; event get: machine; event val: int;
machine Main {
  start state S {
    entry { var s: Store; s = new Store(); new Writer(s); new Writer(s); new Reader(s); }
  }
}
machine Store {
  var v: int;
  start state S {
    on put do (x: int) { v = v + x; }
    on get do (r: machine) { send r, val, v; }
  }
}
machine Writer {
  start state S { entry (s: Store) { if ($) { send s, put, choose(3); } send s, put, 1; } }
}
machine Reader {
  start state S {
    entry (s: Store) {
      var x: int;
      send s, get, this;
      receive { case val: (y: int) { x = y; } }
      assert x <= 6, "too big";
    }
  }
}
"""


MODELS = {
    "pingpong": PINGPONG,
    "recv": RECV,
    "nulls": NULLS,
    "halts": HALTS,
    "selfsend": SELFSEND,
    "choices": CHOICES,
}


def search(text: str, sleep_sets: bool) -> tuple[int, int, bool, str]:
    compiled, program = compile_text(text)
    rt = Runtime(compiled, pick_test(program, None), journaling=True, max_steps=400)
    result = explore(rt, None, sleep_sets=sleep_sets)
    return result.states, result.steps, result.complete, result.stopped


@pytest.mark.parametrize("name", sorted(MODELS))
def test_sleep_sets_visit_the_same_states(name: str) -> None:
    states, steps, complete, stopped = search(MODELS[name], sleep_sets=True)
    plain_states, plain_steps, plain_complete, plain_stopped = search(MODELS[name], False)
    assert (stopped, complete) == (plain_stopped, plain_complete) == ("exhausted", True)
    assert states == plain_states
    assert steps < plain_steps
