// test: tcDelivery___dropAckedEarly_false
// A pub/sub broker with per-subscriber outboxes, retransmission timer, lossy delivery and acks: in-order consumption and at-least-once delivery (hot until owed messages are consumed) (4.6, 8.11).

// ---- PSrc/Broker.p
// The broker keeps, per subscriber, an outbox of messages not yet acked. Only
// the head of each outbox is in flight; the retransmission timer resends it.
machine Broker
  receives eSubscribe, ePublish, eAck, eTimeOut;
  sends eSubscribed, eAccepted, eDeliver, eStartTimer, eCancelTimer;
{
  var subscribers: map[tTopic, set[ISubscriber]];
  var nextSeq: map[tTopic, int];
  var outbox: map[ISubscriber, seq[tMessage]];
  var timer: Timer;
  var timerArmed: bool;

  start state Init {
    entry {
      timer = CreateTimer(this);
      goto Serving;
    }
  }

  state Serving {
    on eSubscribe do (s: (subscriber: ISubscriber, topic: tTopic)) {
      if (!(s.topic in subscribers)) {
        subscribers[s.topic] = default(set[ISubscriber]);
        nextSeq[s.topic] = 0;
      }
      subscribers[s.topic] += (s.subscriber);
      if (!(s.subscriber in outbox)) {
        outbox += (s.subscriber, default(seq[tMessage]));
      }
      send s.subscriber, eSubscribed, (subscriber = s.subscriber, topic = s.topic, nextSeq = nextSeq[s.topic]);
    }

    on ePublish do (p: (publisher: machine, topic: tTopic, body: string)) {
      var msg: tMessage;
      var sub: ISubscriber;
      if (!(p.topic in nextSeq)) {
        nextSeq[p.topic] = 0;
        subscribers[p.topic] = default(set[ISubscriber]);
      }
      msg = (topic = p.topic, sn = nextSeq[p.topic], body = p.body);
      nextSeq[p.topic] = msg.sn + 1;
      send p.publisher, eAccepted, (topic = msg.topic, sn = msg.sn);
      foreach (sub in subscribers[p.topic]) {
        outbox[sub] += (sizeof(outbox[sub]), msg);
        if (sizeof(outbox[sub]) == 1) {
          Transmit(sub);
        }
      }
      ArmTimer();
    }

    on eAck do (a: tAck) {
      var sub: ISubscriber;
      foreach (sub in keys(outbox)) {
        if (sub == a.subscriber && sizeof(outbox[sub]) > 0
            && outbox[sub][0].topic == a.topic && outbox[sub][0].sn == a.sn) {
          outbox[sub] -= 0;
          if (sizeof(outbox[sub]) > 0) {
            Transmit(sub);
          }
        }
      }
    }

    on eTimeOut do {
      var sub: ISubscriber;
      timerArmed = false;
      foreach (sub in keys(outbox)) {
        if (sizeof(outbox[sub]) > 0) {
          Transmit(sub);
        }
      }
      ArmTimer();
    }
  }

  // Sends the head of sub's outbox; the network may drop it.
  fun Transmit(sub: ISubscriber) {
    var msg: tMessage;
    msg = outbox[sub][0];
    if ($) {
      send sub, eDeliver, (broker = this, msg = msg);
    }
    if (dropAckedEarly) {
      // the bug: treat a transmission as delivered
      outbox[sub] -= 0;
    }
  }

  fun ArmTimer() {
    var sub: ISubscriber;
    var busy: bool;
    foreach (sub in keys(outbox)) {
      busy = busy || sizeof(outbox[sub]) > 0;
    }
    if (busy && !timerArmed) {
      timerArmed = true;
      StartTimer(timer);
    }
  }
}

// ---- PSrc/Publisher.p
machine Publisher receives eAccepted; sends ePublish; {
  start state Publishing {
    entry (cfg: (broker: IBroker, topic: tTopic, count: int)) {
      var i: int;
      while (i < cfg.count) {
        send cfg.broker, ePublish, (publisher = this, topic = cfg.topic, body = format("{0}#{1}", cfg.topic, i));
        receive {
          case eAccepted: (a: (topic: tTopic, sn: int)) { assert a.topic == cfg.topic; }
        }
        i = i + 1;
      }
    }
  }
}

// ---- PSrc/Subscriber.p
// A subscriber consumes each message exactly once and in order; duplicates
// are acked again (the earlier ack may have been lost).
machine Subscriber receives eDeliver, eSubscribed; sends eSubscribe, eAck, eConsumed; {
  var broker: IBroker;
  var expected: map[tTopic, int];
  var log: seq[string];

  start state Init {
    entry (topic: tTopic) {
      receive {
        case eSubscribed: (s: (subscriber: machine, topic: tTopic, nextSeq: int)) {
          assert s.topic == topic;
          expected[s.topic] = s.nextSeq;
        }
      }
      goto Consuming;
    }
  }

  state Consuming {
    on eDeliver do (d: tDelivery) {
      var topic: tTopic;
      topic = d.msg.topic;
      if (d.msg.sn == expected[topic]) {
        log += (sizeof(log), d.msg.body);
        expected[topic] = expected[topic] + 1;
        announce eConsumed, (subscriber = this, topic = topic, sn = d.msg.sn);
      } else if (d.msg.sn > expected[topic]) {
        // a gap: drop it, the broker resends in order
        return;
      }
      if ($) {
        send d.broker, eAck, (subscriber = this, topic = topic, sn = d.msg.sn);
      }
    }
    ignore eSubscribed;
  }
}

// ---- PSrc/Timer.p
/*****************************************************************
 * A single-shot timer owned by one client machine.
 * StartTimer arms it and CancelTimer disarms it. A timeout that was
 * already sent cannot be recalled: owners must cope with an eTimeOut
 * that arrives after they cancelled the timer.
 *****************************************************************/
event eStartTimer;
event eCancelTimer;
event eTimeOut;
event eDelayedTimeOut;

machine Timer
  receives eStartTimer, eCancelTimer, eDelayedTimeOut;
  sends eTimeOut, eDelayedTimeOut;
{
  var client: machine;

  start state Init {
    entry (owner: machine) {
      client = owner;
      goto Idle;
    }
  }

  state Idle {
    ignore eCancelTimer, eDelayedTimeOut;
    on eStartTimer goto Armed;
  }

  state Armed {
    defer eStartTimer;
    entry {
      if ($) {
        send client, eTimeOut;
        goto Idle;
      }
      send this, eDelayedTimeOut;
    }
    on eDelayedTimeOut goto Armed;
    on eCancelTimer goto Idle;
  }
}

fun CreateTimer(owner: machine): Timer {
  return new Timer(owner);
}

fun StartTimer(timer: Timer) {
  send timer, eStartTimer;
}

fun CancelTimer(timer: Timer) {
  send timer, eCancelTimer;
}

// ---- PSrc/Types.p
// A pub/sub broker with at-least-once, in-order delivery per subscriber.
type tTopic = string;
type tMessage = (topic: tTopic, sn: int, body: string);
type tDelivery = (broker: machine, msg: tMessage);
type tAck = (subscriber: machine, topic: tTopic, sn: int);

event eSubscribe: (subscriber: ISubscriber, topic: tTopic);
event eSubscribed: (subscriber: machine, topic: tTopic, nextSeq: int);
event ePublish: (publisher: machine, topic: tTopic, body: string);
event eAccepted: (topic: tTopic, sn: int);
event eDeliver: tDelivery;
event eAck: tAck;
event eConsumed: (subscriber: machine, topic: tTopic, sn: int);

interface ISubscriber(tTopic) receives eDeliver, eSubscribed;
interface IBroker() receives eSubscribe, ePublish, eAck, eTimeOut;

param dropAckedEarly: bool;

// ---- PSpec/Delivery.p
type tSubKey = (subscriber: machine, topic: tTopic);

// In order, without gaps or duplicates, from the subscription point on.
spec InOrderConsumption observes eSubscribed, eConsumed {
  var next: map[tSubKey, int];

  start state Watching {
    on eSubscribed do (s: (subscriber: machine, topic: tTopic, nextSeq: int)) {
      next[(subscriber = s.subscriber, topic = s.topic)] = s.nextSeq;
    }
    on eConsumed do (c: (subscriber: machine, topic: tTopic, sn: int)) {
      var k: tSubKey;
      k = (subscriber = c.subscriber, topic = c.topic);
      assert k in next, "consumed without a subscription";
      assert c.sn == next[k], format("{0} consumed {1}#{2}, expected #{3}", c.subscriber, c.topic, c.sn, next[k]);
      next[k] = c.sn + 1;
    }
  }
}

// Every message accepted after a subscription is eventually consumed by it.
spec AtLeastOnce observes eSubscribed, eAccepted, eConsumed {
  var subs: map[tTopic, set[machine]];
  var owed: set[(subscriber: machine, topic: tTopic, sn: int)];

  start cold state Settled {
    on eSubscribed do (s: (subscriber: machine, topic: tTopic, nextSeq: int)) { Subscribe(s.subscriber, s.topic); }
    on eAccepted do (a: (topic: tTopic, sn: int)) { Owe(a.topic, a.sn); }
    on eConsumed do (c: (subscriber: machine, topic: tTopic, sn: int)) { Consume(c.subscriber, c.topic, c.sn); }
  }

  hot state Owing {
    on eSubscribed do (s: (subscriber: machine, topic: tTopic, nextSeq: int)) { Subscribe(s.subscriber, s.topic); }
    on eAccepted do (a: (topic: tTopic, sn: int)) { Owe(a.topic, a.sn); }
    on eConsumed do (c: (subscriber: machine, topic: tTopic, sn: int)) { Consume(c.subscriber, c.topic, c.sn); }
  }

  fun Subscribe(sub: machine, topic: tTopic) {
    if (!(topic in subs)) {
      subs += (topic, default(set[machine]));
    }
    subs[topic] += (sub);
  }

  fun Owe(topic: tTopic, seqNo: int) {
    var sub: machine;
    if (topic in subs) {
      foreach (sub in subs[topic]) {
        owed += ((subscriber = sub, topic = topic, sn = seqNo));
      }
    }
    Recompute();
  }

  fun Consume(sub: machine, topic: tTopic, seqNo: int) {
    owed -= (subscriber = sub, topic = topic, sn = seqNo);
    Recompute();
  }

  fun Recompute() {
    if (sizeof(owed) > 0) {
      goto Owing;
    }
    goto Settled;
  }
}

// ---- PTst/Tests.p
machine PubSubDriver {
  start state Init {
    entry {
      var broker: IBroker;
      var s1: ISubscriber;
      var s2: ISubscriber;
      broker = new IBroker();
      s1 = new ISubscriber("orders");
      s2 = new ISubscriber("orders");
      send broker, eSubscribe, (subscriber = s1, topic = "orders");
      send broker, eSubscribe, (subscriber = s2, topic = "orders");
      new Publisher((broker = broker, topic = "orders", count = 3));
    }
  }
}

module PubSubSystem = { Broker -> IBroker, Subscriber -> ISubscriber, Publisher, Timer };

test tcAtLeastOnce [main = PubSubDriver]:
  assert InOrderConsumption, AtLeastOnce in (union PubSubSystem, { PubSubDriver });

test param (dropAckedEarly in [false, true]) tcDelivery [main = PubSubDriver]:
  assert InOrderConsumption, AtLeastOnce in (union PubSubSystem, { PubSubDriver });
