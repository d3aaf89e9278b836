// A foreign type and a type alias share one namespace (reference 3.2 row "type alias / foreign type").
type tHandle;
type tHandle = int; // error: P0201
