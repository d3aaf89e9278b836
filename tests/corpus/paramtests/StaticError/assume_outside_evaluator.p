// The assume filter is evaluated over the listed params with literals and arithmetic/logic only: a non-bool result, or a function call cannot be evaluated (reference 7.3 rule 3).
param nodes: int;
fun Majority(n: int): int { return n / 2 + 1; }
machine Cluster {
  start state Up { }
}
test param (nodes in [3, 5]) assume nodes + 1 tcSum [main = Cluster]: { Cluster }; // error: P0609
test param (nodes in [3, 5]) assume Majority(nodes) > 1 tcCall [main = Cluster]: { Cluster }; // error: P0609
