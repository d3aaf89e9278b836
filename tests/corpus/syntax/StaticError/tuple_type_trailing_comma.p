// Tuple types take no trailing comma, unlike tuple values: `(int)` is the 1-element tuple type (reference 2.2).
event eOne: (int,); // error: P0102
