// Bounded-retry deposits over a lossy network, made safe by idempotency keys.
type tIdemKey = int;
enum tRpcStatus { RPC_OK = 1, RPC_DUPLICATE = 2, RPC_REJECTED = 4 }
type tDepositReq = (client: machine, key: tIdemKey, account: string, amount: int);
type tDepositResp = (key: tIdemKey, status: tRpcStatus, balance: int);
type tClientConfig = (server: IAccountServer, firstKey: int, count: int, maxAttempts: int);

event eDeposit: tDepositReq;
event eDepositResp: tDepositResp;
// announced by the server each time it changes a balance
event eApplied: (key: tIdemKey, account: string, amount: int);
// announced by a client when it gives up on, or gets an answer for, a key
event eClientOutcome: (key: tIdemKey, acknowledged: bool);

interface IAccountServer() receives eDeposit;
