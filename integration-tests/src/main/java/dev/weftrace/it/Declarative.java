package dev.weftrace.it;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.Trace;
import java.util.concurrent.CompletableFuture;

/** Class-level {@code @Trace}, static tags, return-value tags and property paths. */
public final class Declarative {

  private Declarative() {}

  /** Every public method it declares is traced, with the class's attributes. */
  @Trace(
      kind = Trace.Kind.CLIENT,
      tags = {"team:payments", "peer.service:gateway"})
  public static class Gateway {

    public String charge(@SpanTag("charge.cents") long cents) {
      return "ch-" + cents + "-" + this.fee();
    }

    /** Self-invoked, private: not covered by the class-level annotation. */
    private long fee() {
      return 30;
    }

    @Trace(operationName = "gateway.refund")
    public void refund() {}

    /** Left out of the class-level @Trace: not woven at all. */
    @Trace(enabled = false)
    public String ping() {
      return "pong";
    }

    public static Gateway connect() {
      return new Gateway();
    }

    @Override
    public String toString() {
      return "Gateway";
    }
  }

  /** A record under a class-level {@code @Trace}: its accessors are not traced. */
  @Trace
  public record Parcel(String id, int grams) {
    public Parcel heavier(int more) {
      return new Parcel(id, grams + more);
    }
  }

  /** A customer, read through getters, a boolean getter, a record and a public field. */
  public static class Customer {
    public String nickname;
    private final String id;
    private final Address address;
    private final boolean vip;

    public Customer(String id, Address address, boolean vip) {
      this.id = id;
      this.address = address;
      this.vip = vip;
    }

    public String getId() {
      return id;
    }

    public Address getAddress() {
      return address;
    }

    public boolean isVip() {
      return vip;
    }
  }

  /** A record component read by a path. */
  public record Address(String city, int zip) {}

  /** A result read by paths once the future completes. */
  public record Receipt(String id, long cents) {}

  /** Tags from paths, several from one parameter, and from the result. */
  public static class Shop {

    @Trace
    @SpanTag("order.total")
    public long order(
        @SpanTag(value = "customer.id", path = "id")
            @SpanTag(value = "customer.city", path = "address.city")
            @SpanTag(value = "customer.zip", path = "address.zip")
            @SpanTag(value = "customer.vip", path = "vip")
            @SpanTag(value = "customer.nickname", path = "nickname")
            Customer customer,
        @SpanTag("items") int items) {
      return items * 250L;
    }

    /** Only repeated tags: the aspect must still pass the arguments. */
    @Trace
    public void visit(
        @SpanTag(value = "visitor.id", path = "id") @SpanTag(value = "visitor.vip", path = "vip")
            Customer customer) {}

    @Trace
    @SpanTag(value = "receipt.id", path = "id")
    @SpanTag(value = "receipt.cents", path = "cents")
    public CompletableFuture<Receipt> pay(CompletableFuture<Receipt> pending) {
      return pending;
    }

    @Trace
    @SpanTag("lookup.result")
    public String lookup(boolean fail) {
      if (fail) {
        throw new IllegalStateException("not found");
      }
      return "found";
    }
  }
}
