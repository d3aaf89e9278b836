"""Generate a large, valid P model for front-end benchmarks (deterministic, ~N lines)."""

from __future__ import annotations


def machine_block(i: int) -> str:
    return f"""
// Worker {i}: a request/response server with a small queue and retries.
event eReq{i}: (client: machine, id: int, payload: seq[int]);
event eResp{i}: (id: int, ok: bool, total: int);
event eTick{i};
type tJob{i} = (id: int, attempts: int, items: seq[int]);

machine Worker{i} {{
  var queue: seq[tJob{i}];
  var done: map[int, bool];
  var total: int;
  var limit: int;

  start state Init {{
    entry {{
      limit = {i % 7 + 3};
      total = 0;
      goto Serving;
    }}
  }}

  state Serving {{
    on eReq{i} do (r: (client: machine, id: int, payload: seq[int])) {{
      var job: tJob{i};
      var sum: int;
      var x: int;
      job = (id = r.id, attempts = 0, items = r.payload);
      queue += (sizeof(queue), job);
      sum = 0;
      foreach (x in r.payload) {{
        sum = sum + x * 2 - 1;
        if (sum > limit * 100) {{
          sum = sum % 97;
        }} else if (sum < 0) {{
          sum = -sum;
        }}
      }}
      total = total + sum;
      done[r.id] = sum % 2 == 0;
      send r.client, eResp{i}, (id = r.id, ok = done[r.id], total = total);
    }}
    on eTick{i} goto Draining;
    ignore halt;
  }}

  state Draining {{
    entry {{
      var j: int;
      j = 0;
      while (j < sizeof(queue)) {{
        assert queue[j].attempts >= 0, format("bad job {{0}}", queue[j].id);
        j = j + 1;
      }}
      queue = default(seq[tJob{i}]);
      goto Serving;
    }}
    defer eReq{i};
  }}

  fun Score(a: int, b: int): int {{
    if (a > b && !(a == 0)) {{
      return a - b;
    }}
    return b * 3 + a / 2;
  }}
}}
"""


def generate(lines: int = 5000) -> str:
    parts = []
    i = 0
    while sum(p.count("\n") for p in parts) < lines:
        parts.append(machine_block(i))
        i += 1
    return "".join(parts)


if __name__ == "__main__":
    print(generate())
