// Heartbeat messages between the failure detector and the nodes it watches.

type tNodeId = int;
type tPing = (detector: FailureDetector, round: int);
type tPong = (node: tNodeId, round: int);

event ePing: tPing;
event ePong: tPong;
event eLeave: tNodeId;            // a node retires gracefully
event eNodeSuspected: tNodeId;    // detector -> membership view

// Announced by a node at the moment it crashes (failure injection), for the spec.
event eSpec_NodeCrashed: tNodeId;

// lifetime: how many pings the node answers before it retires.
type tNodeConfig = (id: tNodeId, canCrash: bool, lifetime: int);

// threshold: consecutive missed rounds before a node is suspected.
// isolationGuard: enables the flawed "am I the one who is cut off?" heuristic.
type tDetectorConfig = (nodes: map[tNodeId, Node], threshold: int, view: MembershipView,
                        isolationGuard: bool);
