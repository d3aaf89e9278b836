// Main: the DefaultImpl entry point (7.4).
machine Main {
  start state Init {
    entry {
      var catalog: map[string, tProduct];
      var vm: VendingMachine;
      var coins: seq[tCoin];
      catalog["chips"] = (price = 75, stock = 1);
      catalog["gum"] = (price = 40, stock = 2);
      vm = new VendingMachine(catalog);
      coins += (0, QUARTER);
      coins += (1, QUARTER);
      coins += (2, QUARTER);
      new Customer((vm = vm, coins = coins, want = "chips"));
      coins -= 2;
      coins += (0, DOLLAR);
      new Customer((vm = vm, coins = coins, want = "chips"));
      coins = default(seq[tCoin]);
      coins += (0, DIME);
      coins += (0, NICKEL);
      coins += (0, QUARTER);
      new Customer((vm = vm, coins = coins, want = "gum"));
      if ($) {
        send vm, eRestock, (item = "chips", count = 1);
      }
    }
  }
}
