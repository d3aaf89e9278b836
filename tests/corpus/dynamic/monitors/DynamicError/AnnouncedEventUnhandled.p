// bug: unhandled-event
// An announced event reaches the spec in a state that neither handles nor ignores it (8.7 announce, 8.8).
event eDeploy: string;
event eRollback: string;

spec DeployDiscipline observes eDeploy, eRollback {
  start state Stable {
    on eDeploy goto Deploying;
  }
  state Deploying {
    on eRollback goto Stable;
    on eDeploy do (v: string) { }
  }
}

machine Pipeline {
  start state Run {
    entry {
      announce eDeploy, "v1";
      announce eRollback, "v1";
      announce eRollback, "v0";
    }
  }
}

test tcDeploy [main = Pipeline]: assert DeployDiscipline in { Pipeline };
