// Primary/backup replication of a key-value store. Writes go to the primary; reads may
// be served by any replica (primary or backup) to spread the load.

type tKey = string;
type tVersion = int;                          // assigned by the primary; 0 = never written
type tEntry = (value: int, version: tVersion);

// When may the primary acknowledge a write to the client?
enum tAckPolicy { ACK_AFTER_ALL_BACKUPS, ACK_AFTER_FIRST_BACKUP }

event eWriteReq: (client: Client, reqId: int, key: tKey, value: int);
event eWriteResp: (reqId: int, key: tKey, version: tVersion);
event eReadReq: (client: Client, reqId: int, key: tKey);
event eReadResp: (reqId: int, key: tKey, item: tEntry);

event eReplicate: (primary: Primary, key: tKey, item: tEntry);
event eReplicateAck: (backup: int, version: tVersion);

// What a client needs to know about a replica: that it serves reads.
interface ReadReplica() receives eReadReq;

type tPrimaryConfig = (backups: seq[Backup], policy: tAckPolicy);
type tClientConfig = (id: int, primary: Primary, replicas: seq[ReadReplica], ops: int);

fun Lookup(store: map[tKey, tEntry], key: tKey): tEntry {
  if (key in store) {
    return store[key];
  }
  return default(tEntry);
}
