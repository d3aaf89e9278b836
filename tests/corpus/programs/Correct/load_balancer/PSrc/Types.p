// A load balancer in front of crashing backends, with an active health checker.
type tReqId = int;
type tRequest = (client: IClient, reqId: tReqId, work: int);
type tLbConfig = (backends: seq[IBackend], expected: int);

event eRequest: tRequest;
event eForward: (lb: ILoadBalancer, req: tRequest);
event eBackendDone: (backend: IBackend, req: tRequest, result: int);
event eResponse: (reqId: tReqId, result: int);

event ePing: (checker: IHealthChecker, round: int);
event ePong: (backend: IBackend, round: int);
event eBackendDown: IBackend;
event eBackendUp: IBackend;
event eStopChecking;

interface IBackend() receives eForward, ePing, halt;
interface IClient((lb: ILoadBalancer, first: tReqId, count: int)) receives eResponse;
interface ILoadBalancer(tLbConfig) receives eRequest, eBackendDone, eBackendDown, eBackendUp;
interface IHealthChecker((lb: ILoadBalancer, backends: seq[IBackend])) receives ePong, eTimeOut, eStopChecking;

param reRouteOnDown: bool;
