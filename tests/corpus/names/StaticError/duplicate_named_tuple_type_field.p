// A named tuple type with a repeated field name (reference 3.2, 6.7 item 3).
type tRecord = (id: int, name: string, id: int); // error: P0209
