package off;

import dev.weftrace.annotation.Trace;

public class Service {
  @Trace
  public void work() {}
}
