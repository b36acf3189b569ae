package dev.weftrace.it;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.Trace;
import java.util.List;

/**
 * Tagged parameters of every kind of type; the key defaults to the parameter's name. Those names
 * are camelCase on purpose (the contract under test), hence the suppressed [TagKeyUpperCase].
 */
@SuppressWarnings("weftrace")
public class Tags {

  /** A value type recorded through {@code String.valueOf}. */
  public record Sku(String code) {
    @Override
    public String toString() {
      return "SKU-" + code;
    }
  }

  @Trace
  public void strings(@SpanTag String customerId, @SpanTag("order.note") String note) {}

  @Trace
  public void booleans(@SpanTag boolean express, @SpanTag Boolean gift) {}

  @Trace
  public void integrals(
      @SpanTag byte b,
      @SpanTag short s,
      @SpanTag int i,
      @SpanTag long l,
      @SpanTag Byte boxedByte,
      @SpanTag Short boxedShort,
      @SpanTag Integer boxedInt,
      @SpanTag Long boxedLong) {}

  @Trace
  public void floats(
      @SpanTag float f,
      @SpanTag double d,
      @SpanTag Float boxedFloat,
      @SpanTag Double boxedDouble) {}

  @Trace
  public void others(
      @SpanTag char grade,
      @SpanTag Sku sku,
      @SpanTag Trace.Kind kind,
      @SpanTag List<String> items,
      @SpanTag Object anything) {}

  /** Untagged parameters around tagged ones: only the tagged ones become attributes. */
  @Trace
  public String mixed(String ignored, @SpanTag("qty") int quantity, Object alsoIgnored) {
    return ignored + quantity;
  }

  /** Six parameters, the most bound one by one; the seventh goes through the join point. */
  @Trace
  public long six(
      @SpanTag("p1") int a,
      long b,
      @SpanTag("p3") String c,
      double d,
      boolean e,
      @SpanTag("p6") char f) {
    return a + b;
  }

  @Trace
  public long seven(int a, long b, String c, double d, boolean e, char f, @SpanTag("p7") Object g) {
    return a + b;
  }

  /** Declared type {@code Object}, run-time type decides. */
  @Trace
  public void dynamic(@SpanTag Object value) {}

  /** A generic parameter: erased to {@code Object} in the class file. */
  @Trace
  public <T extends CharSequence> void generic(@SpanTag T text) {}
}
