package dev.weftrace.compat.lombok;

import lombok.AllArgsConstructor;
import lombok.Data;
import lombok.NoArgsConstructor;

/** Mutable: getters, setters, equals and hashCode from Lombok. */
@Data
@NoArgsConstructor
@AllArgsConstructor
public class Customer {
  private String name;
  private boolean vip;
}
