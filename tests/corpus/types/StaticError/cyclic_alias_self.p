// A type alias that refers to itself through a collection (reference 4.1, 6.7 item 14).
type tTree = seq[tTree]; // error: P0317
