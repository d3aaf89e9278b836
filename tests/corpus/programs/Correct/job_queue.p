// Job dispatcher with a worker pool: event-set permission types, `machine to` coercion, maps and sets, foreach over keys/values, receive in a global function (reference 2-7).
type tJob = (id: int, cost: int);
enum tJobState { Queued, Running, Finished }

event eSubmit: tJob;
event eAssign: (job: tJob, dispatcher: machine);
event eJobDone: (worker: machine, jobId: int);
event eWorkerReady: machine;
event eStatusQuery: machine;
event eStatusReply: map[int, tJobState];
event eJobCompleted: int;

eventset esWorkerInbox = { eAssign };

machine Worker receives eAssign; sends eJobDone, eWorkerReady; {
  var completedCost: int;
  start state Register {
    entry (dispatcher: machine) {
      send dispatcher, eWorkerReady, this;
      goto Waiting;
    }
  }
  state Waiting {
    on eAssign do (a: (job: tJob, dispatcher: machine)) {
      completedCost = completedCost + a.job.cost;
      send a.dispatcher, eJobDone, (worker = this, jobId = a.job.id);
    }
  }
}

machine Dispatcher {
  var idle: seq[esWorkerInbox];
  var queue: seq[tJob];
  var states: map[int, tJobState];
  start state Serving {
    on eWorkerReady do (w: machine) {
      idle += (sizeof(idle), w to esWorkerInbox);
      TryDispatch();
    }
    on eSubmit do (job: tJob) {
      assert !(job.id in states), format("duplicate job id {0}", job.id);
      states[job.id] = Queued;
      queue += (sizeof(queue), job);
      TryDispatch();
    }
    on eJobDone do (d: (worker: machine, jobId: int)) {
      states[d.jobId] = Finished;
      announce eJobCompleted, d.jobId;
      idle += (sizeof(idle), d.worker to esWorkerInbox);
      TryDispatch();
    }
    on eStatusQuery do (who: machine) {
      send who, eStatusReply, states;
    }
  }
  fun TryDispatch() {
    var w: esWorkerInbox;
    var job: tJob;
    while (sizeof(idle) > 0 && sizeof(queue) > 0) {
      w = idle[0];
      idle -= 0;
      job = queue[0];
      queue -= 0;
      states[job.id] = Running;
      send w, eAssign, (job = job, dispatcher = this);
    }
  }
}

fun QueryStatus(dispatcher: machine, me: machine): map[int, tJobState] {
  var result: map[int, tJobState];
  send dispatcher, eStatusQuery, me;
  receive {
    case eStatusReply: (s: map[int, tJobState]) { result = s; }
  }
  return result;
}

machine JobClient {
  start state Submit {
    entry {
      var dispatcher: Dispatcher;
      var i: int;
      var status: map[int, tJobState];
      var id: int;
      var st: tJobState;
      var finished: int;
      dispatcher = new Dispatcher();
      while (i < 3) {
        new Worker(dispatcher);
        i = i + 1;
      }
      i = 0;
      while (i < 5) {
        send dispatcher, eSubmit, (id = i, cost = choose(10));
        i = i + 1;
      }
      status = QueryStatus(dispatcher, this);
      foreach (id in keys(status)) {
        assert id >= 0 && id < 5, "unexpected job id";
      }
      foreach (st in values(status)) {
        if (st == Finished) { finished = finished + 1; }
      }
      print format("{0} of {1} jobs finished at query time", finished, sizeof(status));
    }
  }
}

spec EveryJobCompletesOnce observes eSubmit, eJobCompleted {
  var outstanding: set[int];
  var done: set[int];
  start cold state AllDone {
    on eSubmit goto Pending with (j: tJob) { outstanding += (j.id); }
    on eJobCompleted do (id: int) { assert false, "completion without submission"; }
  }
  hot state Pending {
    on eSubmit do (j: tJob) { outstanding += (j.id); }
    on eJobCompleted do (id: int) {
      assert id in outstanding, format("job {0} completed twice or never submitted", id);
      assert !(id in done);
      outstanding -= id;
      done += (id);
      if (sizeof(outstanding) == 0) { goto AllDone; }
    }
  }
}

test tcJobs [main = JobClient]: assert EveryJobCompletesOnce in { JobClient, Dispatcher, Worker };
