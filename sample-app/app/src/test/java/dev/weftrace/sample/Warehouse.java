package dev.weftrace.sample;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * A warehouse thread for tests: it can hold every reservation back until the test lets it go, and
 * run a hook just before each reservation completes, so that tests can order events exactly instead
 * of relying on sleeps.
 */
final class Warehouse extends ScheduledThreadPoolExecutor {

  private final CountDownLatch gate;
  private volatile Runnable beforeEachTask = () -> {};

  private Warehouse(boolean held) {
    super(1);
    this.gate = new CountDownLatch(held ? 1 : 0);
  }

  /** A warehouse that completes reservations after their delay, as the real one does. */
  static Warehouse open() {
    return new Warehouse(false);
  }

  /** A warehouse that completes no reservation before {@link #letGo()}. */
  static Warehouse held() {
    return new Warehouse(true);
  }

  /** Lets held reservations complete. */
  void letGo() {
    gate.countDown();
  }

  /** Runs {@code hook} on the warehouse thread right before each reservation completes. */
  void beforeEachTask(Runnable hook) {
    beforeEachTask = hook;
  }

  @Override
  protected void beforeExecute(Thread thread, Runnable task) {
    try {
      gate.await();
    } catch (InterruptedException shuttingDown) {
      Thread.currentThread().interrupt();
    }
    beforeEachTask.run();
  }
}
