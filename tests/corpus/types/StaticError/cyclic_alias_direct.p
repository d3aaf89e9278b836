// A type alias that is directly itself, and a three-step cycle (reference 4.1, 6.7 item 14).
type tSelf = tSelf; // error: P0317
type tA = tB; type tB = tC; type tC = (int, tA); // error: P0317
