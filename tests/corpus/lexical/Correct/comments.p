// Line comments and block comments; block comments do not nest (reference 1.1).
/* A block comment may span
   several lines and contain // without effect */
event ePing; // trailing line comment
/* a block comment containing /* only opens once */
machine Echo {
  start state Wait {
    /* before an item */ on ePing do { /* inside a body */ }
  }
}
