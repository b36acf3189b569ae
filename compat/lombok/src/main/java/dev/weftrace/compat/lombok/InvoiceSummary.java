package dev.weftrace.compat.lombok;

import lombok.Value;

/** What {@link InvoiceMapper} makes of an {@link Invoice}, through Lombok's constructor. */
@Value
public class InvoiceSummary {
  String number;
  String customerName;
  long cents;
  String currency;
}
