// A type alias conflicts with an enum of the same name (reference 3.2 row "type alias").
enum tColor { Red, Green }
type tColor = int; // error: P0201
