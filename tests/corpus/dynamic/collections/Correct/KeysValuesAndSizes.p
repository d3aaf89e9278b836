// keys/values return seqs of the map's entries; sizeof and `in` agree with them (8.3).
machine Main {
  start state Inventory {
    entry {
      var stock: map[string, int];
      var k: string;
      var total: int;
      var v: int;
      stock["apple"] = 3;
      stock["pear"] = 5;
      stock["fig"] = 0;
      stock -= "fig";
      assert sizeof(keys(stock)) == 2 && sizeof(values(stock)) == 2;
      foreach (k in keys(stock)) {
        assert k in stock;
        total = total + stock[k];
      }
      foreach (v in values(stock)) {
        total = total - v;
      }
      assert total == 0;
      assert !("fig" in stock) && "apple" in keys(stock) && 5 in values(stock);
    }
  }
}
