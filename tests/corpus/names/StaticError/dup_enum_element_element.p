// Enum elements are global constants: two enums cannot share an element name (reference 3.2 row "enum element").
enum tLight { Red, Amber, Green }
enum tSuit { Hearts, Red } // error: P0201
