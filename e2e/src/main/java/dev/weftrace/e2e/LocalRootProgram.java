package dev.weftrace.e2e;

/**
 * A request whose span the agent makes itself (its own {@code @Trace}, as its web instrumentation
 * would make a server span), with woven spans below that tag it as their local root: {@code
 * agent.request} → {@code CustomerLookup.find} → {@code CustomerLookup.fromCache}.
 */
public final class LocalRootProgram {

  private LocalRootProgram() {}

  public static void main(String[] args) {
    System.out.println(new Front().handle("C-7"));
  }

  /** The entry point the agent traces. */
  public static class Front {
    @datadog.trace.api.Trace(operationName = "agent.request", resourceName = "GET /customers")
    public String handle(String customerId) {
      return new CustomerLookup().find(customerId);
    }
  }
}
