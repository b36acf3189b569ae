package dev.weftrace.sample;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.Trace;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Holds stock for orders. The warehouse answers asynchronously, after a delay, on a thread of its
 * own: {@link #reserve} returns at once, and its span lasts until the reservation arrives.
 */
public class InventoryService {

  private final ScheduledExecutorService warehouse;
  private final long delayNanos;
  private final AtomicInteger reservations = new AtomicInteger();

  /**
   * An inventory whose warehouse confirms each reservation {@code delay} after it is asked, on
   * {@code warehouse}'s threads. The caller owns {@code warehouse} and shuts it down.
   */
  public InventoryService(ScheduledExecutorService warehouse, Duration delay) {
    this.warehouse = warehouse;
    this.delayNanos = delay.toNanos();
  }

  /**
   * Asks the warehouse to hold {@code units} units for {@code orderId}. Because the method returns
   * a {@code CompletableFuture}, weftrace ends its span when the future completes, not on return,
   * and tags it with the id of the reservation the future completes with.
   */
  @Trace
  @SpanTag(value = "reservation.id", path = "id")
  public CompletableFuture<Reservation> reserve(
      @SpanTag("order.id") String orderId, @SpanTag("units") int units) {
    CompletableFuture<Reservation> reservation = new CompletableFuture<>();
    String id = "R-" + (100 + reservations.incrementAndGet());
    warehouse.schedule(
        () -> reservation.complete(new Reservation(id, orderId, units)),
        delayNanos,
        TimeUnit.NANOSECONDS);
    return reservation;
  }

  /** Gives the stock of a reservation back, as when its order could not be paid. */
  @Trace
  public void release(@SpanTag("reservation.id") String reservationId) {
    Latency.simulate(2);
  }
}
