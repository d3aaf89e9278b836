// Duplicate enum declarations (reference 3.2 row "enum").
enum tPhase { Prepare, Commit }
enum tPhase { Abort } // error: P0201
