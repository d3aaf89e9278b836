// An enum element repeated within one enum (reference 3.2 row "enum element").
enum tDay { Mon, Tue, Mon } // error: P0201
