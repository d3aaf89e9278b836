// A program may span several files that form one global namespace; this file declares the shared vocabulary (reference 2.1).
type tJob = (id: int, owner: string);
event eJob: tJob;
event eDone: int;
