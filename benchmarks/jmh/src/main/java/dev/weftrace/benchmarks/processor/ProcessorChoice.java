package dev.weftrace.benchmarks.processor;

import dev.weftrace.processor.TraceProcessor;
import java.util.List;
import java.util.Locale;
import javax.annotation.processing.Processor;

/** What a measured compilation compiles and which processing it runs; JMH's {@code processor}. */
enum ProcessorChoice {
  /** {@code -proc:none}: javac alone, the baseline. */
  NONE,
  /**
   * {@code -proc:none} on the input plus the companion sources weftrace generated for it, written
   * as if by hand: the cost of compiling the generated code, without any processing round.
   */
  PREGENERATED,
  /** A processor for the same annotations that does nothing: the cost of processing as such. */
  NOOP,
  /** {@link TraceProcessor}: checks and generates one companion per class with traced methods. */
  WEFTRACE;

  /** The choice named by a JMH parameter value, such as {@code none} or {@code weftrace}. */
  static ProcessorChoice named(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }

  /**
   * A fresh processor for one compilation (processors keep state); none means {@code -proc:none}.
   */
  List<Processor> newProcessors() {
    return switch (this) {
      case NONE, PREGENERATED -> List.of();
      case NOOP -> List.of(new NoopProcessor());
      case WEFTRACE -> List.of(new TraceProcessor());
    };
  }
}
