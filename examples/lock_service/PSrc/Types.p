// A lease-based lock service protecting a shared counter in a storage service.

type tToken = int;   // lease number; grows with every grant, doubles as a fencing token
type tAcquireReq = (client: LockClient, clientId: int);
type tRenewReq = (client: LockClient, token: tToken);

// Client <-> lock server
event eAcquire: tAcquireReq;
event eGranted: tToken;
event eRenew: tRenewReq;
event eRenewResp: (token: tToken, ok: bool);
event eRelease: tToken;

// Client <-> storage. Every access carries the client's lease token.
event eReadReq: (client: LockClient, token: tToken);
event eReadResp: (ok: bool, value: int);
event eWriteReq: (client: LockClient, token: tToken, value: int);
event eWriteResp: bool;

// Announcements for the specs.
event eSpec_LeaseEnded: tToken;                            // by the server: released or expired
event eSpec_CounterWritten: (token: tToken, value: int);   // by storage: a write took effect

// serveWaitersOnExpiry = false reproduces a bug of an early server version.
type tServerConfig = (serveWaitersOnExpiry: bool);
type tClientConfig = (id: int, server: LockServer, storage: Storage, rounds: int, incrementsPerRound: int);
