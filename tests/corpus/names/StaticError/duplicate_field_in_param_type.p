// A repeated field name inside a nested named tuple type in a parameter (reference 3.2).
fun Store(rec: seq[(key: string, key: int)]) { } // error: P0209
