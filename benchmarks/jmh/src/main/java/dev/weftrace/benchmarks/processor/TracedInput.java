package dev.weftrace.benchmarks.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Generates the benchmark's input: service classes shaped like real application code, each with
 * {@value #TRACED_PER_CLASS} {@code @Trace} methods of 2 or 3 {@code @SpanTag} parameters (String,
 * int, long, boolean and records of the same package), plus fields, a constructor and untraced
 * methods, so that javac has ordinary work to do besides the annotations.
 *
 * <p>The text is a pure function of the counts: every run and every fork compiles the same input.
 *
 * @param sources the sources: per package two records, then the service classes
 * @param tracedClasses classes with traced methods, so also the number of companions expected
 * @param tracedMethods methods with {@code @Trace}
 * @param spanTags parameters with {@code @SpanTag}
 */
record TracedInput(List<SourceFile> sources, int tracedClasses, int tracedMethods, int spanTags) {

  /** Traced methods in each generated service class (the template below has exactly these). */
  static final int TRACED_PER_CLASS = 10;

  private static final String[] DOMAINS = {
    "Order",
    "Invoice",
    "Shipment",
    "Account",
    "Catalog",
    "Payment",
    "Refund",
    "Review",
    "Stock",
    "Quote"
  };

  private static final String CUSTOMER_REF =
      """
      package $PKG;

      /** A customer as services pass it around. */
      public record CustomerRef(String id, int tier, String region) {
        public boolean premium() {
          return tier > 2;
        }
      }
      """;

  private static final String MONEY =
      """
      package $PKG;

      /** An amount in minor units. */
      public record Money(long cents, String currency) {
        public Money plus(Money other) {
          return new Money(cents + other.cents, currency);
        }
      }
      """;

  private static final String SERVICE =
      """
      package $PKG;

      import dev.weftrace.annotation.SpanTag;
      import dev.weftrace.annotation.Trace;
      import java.util.ArrayList;
      import java.util.HashMap;
      import java.util.List;
      import java.util.Locale;
      import java.util.Map;
      import java.util.concurrent.CompletableFuture;

      /** Generated input for ProcessorBenchmark: one of many similar services. */
      public class $CLASS {

        private static final String PREFIX = "$LOWER-$N";
        private static final int LIMIT = $LIMIT;
        private final Map<String, Long> totals = new HashMap<>();
        private final List<CustomerRef> seen = new ArrayList<>();
        private long calls;
        private boolean closed;

        public $CLASS(long initialCalls) {
          this.calls = initialCalls;
        }

        @Trace
        public String find(@SpanTag("customer.id") String customerId, @SpanTag int attempt) {
          calls++;
          return PREFIX + ":" + normalise(customerId) + ":" + Math.min(attempt, LIMIT);
        }

        @Trace(resourceName = "POST /$LOWER/$N", kind = Trace.Kind.SERVER)
        public long register(
            @SpanTag CustomerRef customer,
            @SpanTag("amount.cents") long amountCents,
            @SpanTag boolean express) {
          seen.add(customer);
          long total = totals.merge(customer.id(), amountCents, Long::sum);
          return express ? total * 2 : total;
        }

        @Trace
        private boolean check(
            @SpanTag String region,
            @SpanTag("retry.count") int retryCount,
            @SpanTag boolean strict) {
          if (closed) {
            return false;
          }
          for (int i = 0; i < retryCount; i++) {
            if (region.hashCode() % (i + 2) == 0) {
              return !strict;
            }
          }
          return strict;
        }

        @Trace(operationName = "$LOWER.price")
        static double price(@SpanTag Money price, @SpanTag int quantity) {
          return price.cents() * (double) quantity / 100.0;
        }

        @Trace(kind = Trace.Kind.CLIENT)
        public CompletableFuture<String> fetch(
          @SpanTag String url, @SpanTag("timeout.ms") long timeoutMs) {
          return CompletableFuture.supplyAsync(() -> url + "?timeout=" + timeoutMs);
        }

        @Trace
        protected int count(
            @SpanTag CustomerRef customer,
            @SpanTag("include.closed") boolean includeClosed,
            @SpanTag("page.size") int pageSize) {
          int n = 0;
          for (CustomerRef c : seen) {
            if (c.tier() == customer.tier() || includeClosed) {
              n++;
            }
          }
          return Math.min(n, pageSize);
        }

        @Trace(kind = Trace.Kind.PRODUCER)
        void publish(@SpanTag("topic") String topic, @SpanTag long sequence) {
          calls += sequence;
          totals.put(topic, sequence);
        }

        @Trace
        public String describe(
            @SpanTag Money balance, @SpanTag("account.id") String accountId, @SpanTag int depth) {
          StringBuilder out = new StringBuilder(accountId);
          for (int i = 0; i < depth; i++) {
            out.append('/').append(balance.currency());
          }
          return out.toString();
        }

        @Trace(noParent = true, kind = Trace.Kind.CONSUMER)
        public void consume(@SpanTag("message.id") long messageId, @SpanTag boolean redelivered) {
          if (!redelivered) {
            calls += messageId % LIMIT;
          }
        }

        @Trace(measured = true)
        public List<String> list(
            @SpanTag String filter,
            @SpanTag("max.results") int maxResults,
            @SpanTag CustomerRef owner) {
          List<String> out = new ArrayList<>();
          for (String key : totals.keySet()) {
            if (key.startsWith(filter) && out.size() < maxResults) {
              out.add(key + "@" + owner.region());
            }
          }
          return out;
        }

        public long calls() {
          return calls;
        }

        public void close() {
          closed = true;
          totals.clear();
          seen.clear();
        }

        public Money total(String currency) {
          Money sum = new Money(0, currency);
          for (long cents : totals.values()) {
            sum = sum.plus(new Money(cents, currency));
          }
          return sum;
        }

        private static String normalise(String s) {
          return s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
        }

        @Override
        public String toString() {
          return "$CLASS[calls=" + calls + ", seen=" + seen.size() + "]";
        }
      }
      """;

  /**
   * Generates {@code classes} service classes spread evenly over {@code packages} packages.
   *
   * @throws IllegalArgumentException if the classes do not divide evenly, to keep the shape plain
   */
  static TracedInput generate(int classes, int packages) {
    if (classes <= 0 || packages <= 0 || classes % packages != 0) {
      throw new IllegalArgumentException(
          classes + " classes do not spread evenly over " + packages);
    }
    List<SourceFile> sources = new ArrayList<>();
    int spanTags = 0;
    int perPackage = classes / packages;
    for (int p = 0; p < packages; p++) {
      String pkg = "bench.input.p" + p;
      sources.add(new SourceFile(pkg + ".CustomerRef", CUSTOMER_REF.replace("$PKG", pkg)));
      sources.add(new SourceFile(pkg + ".Money", MONEY.replace("$PKG", pkg)));
      for (int c = 0; c < perPackage; c++) {
        int n = p * perPackage + c;
        String domain = DOMAINS[n % DOMAINS.length];
        String className = String.format(Locale.ROOT, "%sService%03d", domain, n);
        String text =
            SERVICE
                .replace("$PKG", pkg)
                .replace("$CLASS", className)
                .replace("$LOWER", domain.toLowerCase(Locale.ROOT))
                .replace("$LIMIT", Integer.toString(100 + n))
                .replace("$N", Integer.toString(n));
        spanTags += occurrences(text, "@SpanTag");
        sources.add(new SourceFile(pkg + "." + className, text));
      }
    }
    int tracedMethods = occurrences(SERVICE, "@Trace") * classes;
    if (tracedMethods != TRACED_PER_CLASS * classes) {
      throw new IllegalStateException(
          "template has " + tracedMethods / classes + " traced methods");
    }
    return new TracedInput(List.copyOf(sources), classes, tracedMethods, spanTags);
  }

  private static int occurrences(String text, String word) {
    int count = 0;
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
      count++;
    }
    return count;
  }
}
