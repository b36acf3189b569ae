package dev.weftrace.e2e;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.TagSpan;
import dev.weftrace.annotation.Trace;

/**
 * Declarative tags on spans weftrace did not make, below a root the agent made: a {@code @TagSpan}
 * called from the agent's span tags that span, a {@code @SpanTag(localRoot = true)} of a woven
 * {@code @Trace} method goes to the agent's root, and a {@code @TagSpan} called inside the woven
 * span tags the woven span.
 */
public class Accounts {

  /** Tags the span current at the call (here the agent's request span). */
  @TagSpan(tags = "session.kind:web")
  public String authenticate(@SpanTag("session.user") String user) {
    return user;
  }

  /** Its own span with {@code account.id}; the tier goes to the local root. */
  @Trace
  public String open(
      @SpanTag("account.id") String accountId,
      @SpanTag(value = "account.tier", localRoot = true) String tier) {
    return lookUp(accountId.endsWith("7")) ? "account " + accountId : "none";
  }

  @TagSpan
  private boolean lookUp(@SpanTag("directory.hit") boolean hit) {
    return hit;
  }
}
