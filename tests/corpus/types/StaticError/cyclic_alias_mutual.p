// Mutually recursive type aliases form a cycle (reference 4.1, 6.7 item 14).
type tNode = (value: int, next: tLink); type tLink = seq[tNode]; // error: P0317
