package dev.weftrace.it;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.TagSpan;
import dev.weftrace.annotation.Trace;
import java.util.concurrent.CompletableFuture;
import reactor.core.publisher.Mono;

/**
 * {@code @TagSpan} methods of every shape, and {@code localRoot} tags: tests call them inside spans
 * made by hand with the SDK, or by {@code @Trace} methods here.
 */
public class TagSpans {

  /** A value with properties to tag. */
  public record Item(String sku, int stock) {}

  @TagSpan(tags = "cache:catalog")
  @SpanTag(value = "item.stock", path = "stock")
  public Item lookUp(@SpanTag("item.sku") String sku) {
    return new Item(sku, 3);
  }

  /** Untagged entry to the private {@code @TagSpan} method, called on {@code this}. */
  public boolean callPrivate(String key) {
    return this.remember(key);
  }

  @TagSpan
  private boolean remember(@SpanTag("cache.key") String key) {
    return !key.isEmpty();
  }

  @TagSpan
  public static void count(@SpanTag("item.count") int count) {}

  @TagSpan
  @SpanTag(value = "loaded.sku", path = "sku")
  public CompletableFuture<Item> load(CompletableFuture<Item> pending) {
    return pending;
  }

  /** Tags the current span with the SKU the returned {@code Mono} emits. */
  @TagSpan
  @SpanTag(value = "emitted.sku", path = "sku")
  public Mono<Item> emit(Mono<Item> source) {
    return source;
  }

  @TagSpan
  public void fail(@SpanTag("attempt") int attempt, RuntimeException error) {
    throw error;
  }

  /** A traced method whose span the {@code @TagSpan} method it calls tags. */
  @Trace
  public Item handle(@SpanTag("request.id") String requestId) {
    return lookUp("SKU-" + requestId);
  }

  /** The outermost span of a trace: the local root when no one else is. */
  @Trace(kind = Trace.Kind.SERVER)
  public String request(String customer) {
    return service(customer);
  }

  @Trace
  String service(String customer) {
    tier("gold");
    return checkout(customer);
  }

  @Trace
  @SpanTag(value = "order.id", localRoot = true)
  String checkout(@SpanTag(value = "customer.id", localRoot = true) String customer) {
    return "ORD-" + customer;
  }

  @TagSpan
  void tier(@SpanTag(value = "customer.tier", localRoot = true) String tier) {}
}
