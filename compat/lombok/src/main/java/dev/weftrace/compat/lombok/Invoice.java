package dev.weftrace.compat.lombok;

import lombok.Value;

/** Immutable: Lombok makes the fields private and final and writes the getters. */
@Value
public class Invoice {
  String number;
  boolean paid;
  Money total;
  Customer customer;
}
