// Rules 5.2.6 and 5.2.7: an enum accepts its own elements; a foreign type accepts only itself.
enum tPhase { Init, Run, Done }
type tFile;
fun OpenFile(path: string): tFile;
fun Reopen(f: tFile): tFile;
machine Job {
  var p: tPhase;
  var q: tPhase;
  var f: tFile;
  var g: tFile;
  start state S {
    entry {
      p = Run;
      q = p;
      p = default(tPhase);
      f = OpenFile("/tmp/x");
      g = Reopen(f);
      f = g;
    }
  }
}
