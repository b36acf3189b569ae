package dev.weftrace.compat.lombok;

import lombok.Getter;

/** Getters for two fields only, from field-level {@code @Getter}s. */
public class Shipment {
  @Getter private final String carrier;
  @Getter private final boolean fragile;
  private final int weight;

  public Shipment(String carrier, boolean fragile, int weight) {
    this.carrier = carrier;
    this.fragile = fragile;
    this.weight = weight;
  }

  /** Not a property: no getter. */
  int weight() {
    return weight;
  }
}
