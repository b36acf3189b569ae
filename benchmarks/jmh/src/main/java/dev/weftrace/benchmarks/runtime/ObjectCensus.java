package dev.weftrace.benchmarks.runtime;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntSupplier;
import javax.management.ObjectName;

/**
 * Which objects a call allocates once compiled, class by class: the figure JMH's {@code -prof gc}
 * gives only as a total. Runs the call until the JIT has compiled it, then counts the heap's
 * objects by class before and after {@code N} more calls. Under the Epsilon collector, which never
 * collects, the difference is everything those calls allocated; objects that escape analysis
 * removed are not there. Prints the classes allocated about once per call or more.
 *
 * <pre>
 * for c in woven handWritten; do
 *   java -XX:+UnlockExperimentalVMOptions -XX:+UseEpsilonGC -Xms6g -Xmx6g \
 *       -cp benchmarks/jmh/target/benchmarks.jar dev.weftrace.benchmarks.runtime.ObjectCensus $c
 * done
 * </pre>
 *
 * <p>One case per JVM, as in JMH's forks, so that no other case's compiled code shapes it. The JIT
 * decides per run what it keeps off the heap, so the census shows which objects are left and why,
 * while the B/op to compare against the targets come from JMH. The {@code int[]} and {@code byte[]}
 * rows move by a few bytes between runs of the same case (the SDK's ids, the census's own strings).
 */
public final class ObjectCensus {

  private static final int WARM_UP_CALLS = 400_000;
  private static final int COUNTED_CALLS = 100_000;

  /** Keeps the results alive for the JIT. */
  private static volatile long sink;

  private ObjectCensus() {}

  /**
   * Counts the objects of the case named in {@code args}: {@code woven}, {@code handWritten},
   * {@code wovenNested}, {@code handWrittenNested}, {@code wovenAsync}, {@code handWrittenAsync}.
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      throw new IllegalArgumentException(
          "name one case: woven, handWritten, wovenNested, handWrittenNested, wovenAsync,"
              + " handWrittenAsync");
    }
    print(args[0], census(args[0]));
  }

  private static Map<String, double[]> census(String name) throws Exception {
    try (MeasuredSdk sdk = new MeasuredSdk("simple")) {
      TracedOrders traced = new TracedOrders();
      HandTracedOrders handWritten = new HandTracedOrders(sdk.tracer());
      io.opentelemetry.context.Scope outer =
          name.endsWith("Nested") ? new RequestContext().capture().makeCurrent() : null;
      try {
        IntSupplier call = call(name, traced, handWritten);
        for (int i = 0; i < WARM_UP_CALLS; i++) {
          sink += call.getAsInt();
        }
        Map<String, long[]> before = histogram();
        for (int i = 0; i < COUNTED_CALLS; i++) {
          sink += call.getAsInt();
        }
        Map<String, long[]> after = histogram();
        Map<String, double[]> perCall = new HashMap<>();
        after.forEach(
            (type, counts) -> {
              long[] was = before.getOrDefault(type, new long[2]);
              perCall.put(
                  type,
                  new double[] {
                    (counts[0] - was[0]) / (double) COUNTED_CALLS,
                    (counts[1] - was[1]) / (double) COUNTED_CALLS
                  });
            });
        return perCall;
      } finally {
        if (outer != null) {
          outer.close();
        }
      }
    }
  }

  private static IntSupplier call(String name, TracedOrders traced, HandTracedOrders hand) {
    String order = Inputs.ORDER_ID;
    int lines = Inputs.LINES;
    switch (name) {
      case "woven":
      case "wovenNested":
        return () -> traced.price(order, lines);
      case "handWritten":
      case "handWrittenNested":
        return () -> hand.price(order, lines);
      case "wovenAsync":
        return () -> traced.priceLater(order, lines).join();
      case "handWrittenAsync":
        return () -> hand.priceLater(order, lines).join();
      default:
        throw new IllegalArgumentException("unknown case " + name);
    }
  }

  /** Objects and bytes per class, unreachable ones included ({@code GC.class_histogram -all}). */
  private static Map<String, long[]> histogram() throws Exception {
    String table =
        (String)
            ManagementFactory.getPlatformMBeanServer()
                .invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "gcClassHistogram",
                    new Object[] {new String[] {"-all"}},
                    new String[] {String[].class.getName()});
    Map<String, long[]> counts = new HashMap<>();
    for (String line : table.split("\n")) {
      String[] field = line.trim().split("\\s+");
      if (field.length >= 4 && field[0].endsWith(":")) {
        counts.put(
            lambdaClassName(field[3]),
            new long[] {Long.parseLong(field[1]), Long.parseLong(field[2])});
      }
    }
    return counts;
  }

  /** A lambda's class without its per-run address, so that two runs compare. */
  private static String lambdaClassName(String type) {
    int address = type.indexOf("/0x");
    return address < 0 ? type : type.substring(0, address);
  }

  private static void print(String name, Map<String, double[]> census) {
    System.out.println("== " + name + ": classes allocated at least once per 2 calls");
    double total = 0;
    for (String type : new TreeSet<>(census.keySet())) {
      double[] perCall = census.get(type);
      if (perCall[0] >= 0.5) {
        System.out.printf("%8.2f objects %8.1f B  %s%n", perCall[0], perCall[1], type);
        total += perCall[1];
      }
    }
    System.out.printf("%8s %16.1f B per call in these classes%n", "", total);
  }
}
