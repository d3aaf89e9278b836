// A client submits `nTrans` writes at once (the coordinator defers all but one) and then
// waits for all the answers.
type tClientConfig = (coordinator: Coordinator, firstTransId: tTransId, nTrans: int);

machine Client
  receives eWriteTransResp;
  sends eWriteTrans;
{
  start state Run {
    entry (cfg: tClientConfig) {
      var i: int;
      var answered: int;
      while (i < cfg.nTrans) {
        send cfg.coordinator, eWriteTrans,
          (client = this, transId = cfg.firstTransId + i, key = format("key{0}", choose(2)), val = choose(100));
        i = i + 1;
      }
      while (answered < cfg.nTrans) {
        receive {
          case eWriteTransResp: (resp: tTransResp) {
            print format("transaction {0}: outcome {1}", resp.transId, resp.outcome);
            answered = answered + 1;
          }
        }
      }
    }
  }
}
