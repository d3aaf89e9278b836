// Types, events and interfaces shared by the bank's machines.
//
// Clients talk to a BankServer; the server keeps no money itself, it reads and writes
// account balances in a Database. Both are declared as *interfaces* so that a test can
// choose which machine implements them (see PTst/TestScript.p).

type tAccountId = int;

// A client request. `client` is where the response goes; `reqId` is unique per request.
type tBankReq = (client: Client, accountId: tAccountId, amount: int, reqId: int);

enum tWithdrawStatus { WITHDRAW_OK, WITHDRAW_REJECTED }

// Every response reports the account's balance after the operation.
type tWithdrawResp = (status: tWithdrawStatus, accountId: tAccountId, amount: int,
                      balance: int, reqId: int);
type tDepositResp = (accountId: tAccountId, amount: int, balance: int, reqId: int);

event eWithdrawReq: tBankReq;
event eDepositReq: tBankReq;
event eWithdrawResp: tWithdrawResp;
event eDepositResp: tDepositResp;

// Server <-> database. `tag` lets a server match a reply with the query that caused it.
type tReadQuery = (replyTo: machine, accountId: tAccountId, tag: int);
type tReadResp = (accountId: tAccountId, balance: int, tag: int);
type tUpdateQuery = (replyTo: machine, accountId: tAccountId, balance: int, tag: int);

event eReadQuery: tReadQuery;
event eReadResp: tReadResp;
event eUpdateQuery: tUpdateQuery;
event eUpdateAck: int;   // the tag of the update

interface BankServer(Database) receives eWithdrawReq, eDepositReq;
interface Database(map[tAccountId, int]) receives eReadQuery, eUpdateQuery;

// The bank's one business rule: no overdrafts.
fun CanWithdraw(balance: int, amount: int): bool {
  return balance - amount >= 0;
}

// Response helpers shared by both server implementations. A global function that sends
// acts on behalf of the machine that calls it.
fun ReplyWithdraw(req: tBankReq, status: tWithdrawStatus, balance: int) {
  send req.client, eWithdrawResp, (status = status, accountId = req.accountId,
    amount = req.amount, balance = balance, reqId = req.reqId);
}

fun ReplyDeposit(req: tBankReq, balance: int) {
  send req.client, eDepositResp, (accountId = req.accountId, amount = req.amount,
    balance = balance, reqId = req.reqId);
}
