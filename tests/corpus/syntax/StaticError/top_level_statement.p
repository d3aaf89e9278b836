// Statements are not top-level declarations (reference 2.1).
event eStart;
send null, eStart; // error: P0102
