// bug: assertion
// Through `any`, an int never equals a float, even 1 and 1.0 (8.2 Equality).
event eMeasure: any;

machine Gauge {
  start state Read {
    on eMeasure do (v: any) {
      assert v == 1.0, format("measure {0} is not 1.0", v);
    }
  }
}

machine Main {
  start state Start {
    entry {
      var g: Gauge;
      g = new Gauge();
      send g, eMeasure, 1.0;
      send g, eMeasure, 1;
    }
  }
}
