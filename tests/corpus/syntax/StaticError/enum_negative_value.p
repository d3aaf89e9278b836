// Enum values are non-negative integer literals: `-1` does not parse (reference 2.1, 4.2).
enum tOffset { Before = -1, At = 0 } // error: P0102
