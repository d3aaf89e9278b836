// A vending machine serving one customer session at a time. DefaultImpl style:
// no test declarations, a machine called Main.
enum tCoin { NICKEL = 5, DIME = 10, QUARTER = 25, DOLLAR = 100 }
enum tVendResult { VEND_OK, VEND_SOLD_OUT, VEND_NOT_ENOUGH, VEND_UNKNOWN }
type tProduct = (price: int, stock: int);
type tReceipt = (result: tVendResult, item: string, change: seq[tCoin], paid: int);

event eBeginSession: machine;
event eSessionOpen;
event eInsertCoin: (machine, tCoin);
event eSelect: (customer: machine, item: string);
event eCancelSession: machine;
event eVended: tReceipt;
event eRestock: (item: string, count: int);
