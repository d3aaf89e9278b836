// Messages of the two-phase commit protocol.

type tTransId = int;

// A client's write: set `key` to `val` on every participant, atomically.
type tTrans = (client: Client, transId: tTransId, key: string, val: int);
type tTransResp = (transId: tTransId, outcome: tOutcome);

enum tVote { VOTE_YES, VOTE_NO }
enum tOutcome { OUTCOME_COMMITTED, OUTCOME_ABORTED }

type tPrepareReq = (coordinator: Coordinator, transId: tTransId, key: string, val: int);
type tVoteMsg = (participant: int, transId: tTransId, vote: tVote);

event eWriteTrans: tTrans;
event eWriteTransResp: tTransResp;
event ePrepare: tPrepareReq;
event eVote: tVoteMsg;
event eCommit: tTransId;
event eAbort: tTransId;

// How a participant behaves: may it vote no, may it crash?
type tParticipantConfig = (id: int, canVoteNo: bool, canCrash: bool);

// Two participant implementations exist; a test binds one of them to this interface.
interface Participant(tParticipantConfig) receives ePrepare, eCommit, eAbort;
