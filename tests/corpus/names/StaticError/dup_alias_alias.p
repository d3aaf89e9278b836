// Duplicate type alias (reference 3.2 row "type alias").
type tId = int;
type tId = string; // error: P0201
