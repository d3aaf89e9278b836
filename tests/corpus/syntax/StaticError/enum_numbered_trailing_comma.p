// A numbered enum has no trailing comma either (reference 2.1).
enum tCode { Ok = 200, Missing = 404, } // error: P0102
