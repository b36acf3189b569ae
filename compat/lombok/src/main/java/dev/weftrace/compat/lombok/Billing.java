package dev.weftrace.compat.lombok;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.Trace;

/** Traced methods whose tags read Lombok-made properties (and a record's components). */
public class Billing {

  @Trace
  public void bill(
      @SpanTag(value = "invoice.number", path = "number")
          @SpanTag(value = "invoice.paid", path = "paid")
          @SpanTag(value = "invoice.cents", path = "total.cents")
          @SpanTag(value = "invoice.currency", path = "total.currency")
          @SpanTag(value = "customer.name", path = "customer.name")
          @SpanTag(value = "customer.vip", path = "customer.vip")
          Invoice invoice) {}

  @Trace
  public void open(
      @SpanTag(value = "account.id", path = "id")
          @SpanTag(value = "account.active", path = "active")
          Account account) {}

  @Trace
  public void ship(
      @SpanTag(value = "shipment.carrier", path = "carrier")
          @SpanTag(value = "shipment.fragile", path = "fragile")
          Shipment shipment) {}

  /** Maps with MapStruct and tags the result through the summary's Lombok getter. */
  @Trace
  @SpanTag(value = "summary.customer", path = "customerName")
  public InvoiceSummary summarize(
      @SpanTag(value = "invoice.number", path = "number") Invoice invoice) {
    return InvoiceMapper.INSTANCE.summarize(invoice);
  }
}
