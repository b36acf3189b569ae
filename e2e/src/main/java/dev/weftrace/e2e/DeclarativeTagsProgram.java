package dev.weftrace.e2e;

/**
 * A request whose span the agent makes itself, with {@code @TagSpan} and {@code @SpanTag(localRoot
 * = true)} below it: {@code agent.request} → {@code Accounts.open}; no span for the
 * {@code @TagSpan} methods.
 */
public final class DeclarativeTagsProgram {

  private DeclarativeTagsProgram() {}

  public static void main(String[] args) {
    System.out.println(new Front().handle("A-7"));
  }

  /** The entry point the agent traces. */
  public static class Front {
    @datadog.trace.api.Trace(operationName = "agent.request", resourceName = "POST /accounts")
    public String handle(String accountId) {
      Accounts accounts = new Accounts();
      accounts.authenticate("ada");
      return accounts.open(accountId, "gold");
    }
  }
}
