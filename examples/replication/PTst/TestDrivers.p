// Creates a primary with `backupCount` backups and `clientCount` clients. Clients see every
// replica through the ReadReplica interface (`to` narrows a reference's permissions).
fun StartReplication(backupCount: int, policy: tAckPolicy, clientCount: int, ops: int) {
  var backups: seq[Backup];
  var replicas: seq[ReadReplica];
  var primary: Primary;
  var b: Backup;
  var i: int;
  while (i < backupCount) {
    backups += (i, new Backup(i));
    i = i + 1;
  }
  primary = new Primary((backups = backups, policy = policy));
  replicas += (0, primary to ReadReplica);
  foreach (b in backups) {
    replicas += (sizeof(replicas), b to ReadReplica);
  }
  i = 0;
  while (i < clientCount) {
    new Client((id = i, primary = primary, replicas = replicas, ops = ops));
    i = i + 1;
  }
}

machine SingleClientDriver {
  start state Init {
    entry { StartReplication(2, ACK_AFTER_ALL_BACKUPS, 1, 4); }
  }
}

param nBackups: int;

machine BackupCountDriver {
  start state Init {
    entry { StartReplication(nBackups, ACK_AFTER_ALL_BACKUPS, 2, 3); }
  }
}

machine AckAfterFirstBackupDriver {
  start state Init {
    entry { StartReplication(2, ACK_AFTER_FIRST_BACKUP, 2, 3); }
  }
}
