// `event null: int;` cannot declare the null event either (reference 4.3).
event null: int; // error: P0102
