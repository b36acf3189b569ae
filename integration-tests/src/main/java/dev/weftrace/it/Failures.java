package dev.weftrace.it;

import dev.weftrace.annotation.Trace;
import java.io.IOException;

/** Traced methods that throw; each must rethrow the very same instance. */
public class Failures {

  @Trace
  public void throwUnchecked(RuntimeException error) {
    throw error;
  }

  @Trace
  public void throwChecked(IOException error) throws IOException {
    throw error;
  }

  @Trace
  public void throwError(Error error) {
    throw error;
  }

  /** Calls a traced method that throws and recovers: the caller's span is not an error. */
  @Trace
  public String recover(RuntimeException error) {
    try {
      throwUnchecked(error);
      return "unreachable";
    } catch (RuntimeException caught) {
      return "recovered";
    }
  }
}
