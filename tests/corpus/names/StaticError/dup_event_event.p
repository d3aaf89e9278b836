// Duplicate event declarations, even with different payload types (reference 3.2 row "event", 6.7 item 3).
event eRequest: int;
event eRequest; // error: P0201
