// Types and events, declared after every use.
enum tOp { GET, PUT, DELETE }
type tRequest = (client: Client, key: string, op: tOp, value: int);
type tResponse = (key: string, value: int, version: int, shard: int);
type tVersioned = (value: int, version: int);
type tRouterConfig = (numShards: int, capacity: int);
type tShardConfig = (router: Router, index: int, capacity: int);

event eRequest: tRequest;
event eForward: tRequest;
event eResponse: tResponse;
event eRejected: (key: string, reason: string);
event eLeaseRenew: (shard: int, epoch: int);
event eLeaseGrant: int;
event eShardDown: int;
event eStored: (key: string, version: int);
