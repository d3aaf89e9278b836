// A travel-booking saga: reserve a flight, a hotel and a car; if any step
// fails, cancel the steps already reserved, most recent first.
enum tStep { FLIGHT = 10, HOTEL = 20, CAR = 30 }

type tSagaId = int;
type tReserveReq = (orchestrator: machine, sagaId: tSagaId);
type tReserveResp = (sagaId: tSagaId, step: tStep, ok: bool);
type tCancelReq = (orchestrator: machine, sagaId: tSagaId);
type tSagaConfig = (participants: map[tStep, IParticipant], sagaId: tSagaId);

event eReserve: tReserveReq;
event eReserveResp: tReserveResp;
event eCancel: tCancelReq;
event eCancelAck: (sagaId: tSagaId, step: tStep);

// observations for the specs
event eReserved: (sagaId: tSagaId, step: tStep);
event eReleased: (sagaId: tSagaId, step: tStep);
event eSagaOutcome: (sagaId: tSagaId, committed: bool);
event eSagaStarted: tSagaId;

// internal to the orchestrator
event eStepFailed: tStep;

eventset esParticipantInbox = { eReserve, eCancel };
interface IParticipant(tStep) receives eReserve, eCancel;

param compensateAll: bool;
