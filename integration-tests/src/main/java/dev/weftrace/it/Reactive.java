package dev.weftrace.it;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.Trace;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Traced methods returning Reactor publishers. */
public class Reactive {

  /** A record emitted by a Mono, read by a path. */
  public record Quote(String id, long cents) {}

  @Trace
  @SpanTag(value = "quote.id", path = "id")
  public Mono<Quote> quote(@SpanTag("sku") String sku, Mono<Long> price) {
    return price.map(cents -> new Quote("q-" + sku, cents));
  }

  @Trace
  public Flux<Integer> range(@SpanTag("count") int count) {
    return Flux.range(1, count);
  }
}
