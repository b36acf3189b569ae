package dev.weftrace.it.stress;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.StringJoiner;
import java.util.concurrent.atomic.LongAdder;

/**
 * The dice of {@link FaultyOpenTelemetry}: before each backend operation, {@link #maybeFail} throws
 * an {@link InjectedFault} with probability {@code rate} (if the operation is one of those chosen
 * to fail), and counts calls and faults per operation. Each thread rolls its own dice, seeded from
 * the seed and the thread's name, so a thread with a stable name and a deterministic workload meets
 * the same faults in every run.
 */
final class Faults {

  /** The backend operations that can fail. */
  enum Operation {
    GET_TRACER,
    SPAN_BUILDER,
    BUILDER_SETTER,
    START_SPAN,
    SET_ATTRIBUTE,
    SET_STATUS,
    RECORD_EXCEPTION,
    ADD_EVENT,
    UPDATE_NAME,
    END,
    SPAN_CONTEXT,
    MAKE_CURRENT,
    SCOPE_CLOSE
  }

  /** Thrown instead of doing the operation. No stack trace: a million of them must stay cheap. */
  static final class InjectedFault extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InjectedFault(Operation operation) {
      super("injected fault in " + operation, null, false, false);
    }
  }

  private final double rate;
  private final Set<Operation> failing;
  private final ThreadLocal<SplittableRandom> dice;
  private final Map<Operation, LongAdder> calls = new EnumMap<>(Operation.class);
  private final Map<Operation, LongAdder> injected = new EnumMap<>(Operation.class);

  /** Every operation fails with probability {@code rate}. */
  Faults(double rate, long seed) {
    this(rate, seed, EnumSet.allOf(Operation.class));
  }

  /** The operations in {@code failing} fail with probability {@code rate}, the others never. */
  Faults(double rate, long seed, Set<Operation> failing) {
    this.rate = rate;
    this.failing = EnumSet.copyOf(failing);
    this.dice =
        ThreadLocal.withInitial(
            () -> new SplittableRandom(seed * 31 + Thread.currentThread().getName().hashCode()));
    for (Operation operation : Operation.values()) {
      calls.put(operation, new LongAdder());
      injected.put(operation, new LongAdder());
    }
  }

  /** Throws {@link InjectedFault} on a {@code rate} share of calls; otherwise returns. */
  void maybeFail(Operation operation) {
    calls.get(operation).increment();
    if (failing.contains(operation) && dice.get().nextDouble() < rate) {
      injected.get(operation).increment();
      throw new InjectedFault(operation);
    }
  }

  long injected(Operation operation) {
    return injected.get(operation).sum();
  }

  /** Faults per operation that had any calls, as {@code START_SPAN 1234/12345}. */
  String describe() {
    StringJoiner out = new StringJoiner(", ");
    for (Operation operation : Operation.values()) {
      long total = calls.get(operation).sum();
      if (total > 0) {
        out.add(
            String.format(
                Locale.ROOT, "%s %d/%d", operation, injected.get(operation).sum(), total));
      }
    }
    return out.toString();
  }
}
