module Replicas = { Primary, ReplicationLink, Backup };
module Store = union Replicas, { Client };

test tcSingleClient [main = SingleClientDriver]:
  assert LinearizableReads in (union Store, { SingleClientDriver });

test param (nBackups in [1, 2, 3]) tcBackupCount [main = BackupCountDriver]:
  assert LinearizableReads in (union Store, { BackupCountDriver });

test tcAckAfterFirstBackup [main = AckAfterFirstBackupDriver]:
  assert LinearizableReads in (union Store, { AckAfterFirstBackupDriver });
