package dev.weftrace.benchmarks.startup;

/**
 * The app whose start-up is measured: it places {@value #ORDERS} orders through the {@link
 * OrderDesk}, each making five traced calls ({@value #TRACED_CALLS} in all), then prints one line
 * and exits. Run as {@code java ... StartupApp VARIANT}, VARIANT one of {@code plain}, {@code
 * weftrace}, {@code sdk-only}, {@code otel-agent}, {@code datadog} (see {@link Variant}); the
 * script starts each variant's JVM with the right class path and agent.
 *
 * <p>The line, {@code startup-app variant=... main-us=... ready-us=... first-traced-call-us=...
 * tracing=ok ...}, gives the wall-clock instants (microseconds since the epoch) at which {@code
 * main} began, the app had set up what its variant needs (an OpenTelemetry SDK for weftrace and
 * sdk-only, nothing otherwise) and the first traced call began, so that the script can subtract its
 * own launch instant; and the evidence that the variant's tracer traced. If it did not, the line
 * says {@code tracing=FAILED} and the app exits with status 1.
 */
public final class StartupApp {

  /** Orders placed per run: one trace each. */
  public static final int ORDERS = 2_000;

  /** Traced calls per run: five per order. */
  public static final int TRACED_CALLS = 5 * ORDERS;

  private StartupApp() {}

  /** Runs the variant named by {@code args[0]}. */
  public static void main(String[] args) {
    long mainMicros = Checkpoint.epochMicros();
    Variant variant = Variant.named(args.length > 0 ? args[0] : "");
    TracingCheck check = variant.start();
    long readyMicros = Checkpoint.epochMicros();
    Checkpoint.watch(check, ORDERS);

    OrderStream orders = new OrderStream();
    OrderDesk desk = new OrderDesk();
    long totalCents = 0;
    for (int i = 0; i < ORDERS; i++) {
      totalCents += desk.placeOrder(orders.next()).totalCents();
    }

    String outcome;
    int status = 0;
    try {
      outcome = "ok " + check.finish();
    } catch (IllegalStateException e) {
      outcome = "FAILED " + e.getMessage();
      status = 1;
    }
    System.out.println(
        "startup-app variant="
            + variant.label()
            + " orders="
            + ORDERS
            + " traced-calls="
            + TRACED_CALLS
            + " total-cents="
            + totalCents
            + " main-us="
            + mainMicros
            + " ready-us="
            + readyMicros
            + " first-traced-call-us="
            + Checkpoint.firstTracedCallMicros()
            + " tracing="
            + outcome);
    if (status != 0) {
      System.exit(status);
    }
  }
}
