package dev.weftrace.compat.lombok;

/** A record among the Lombok classes: paths read its components. */
public record Money(long cents, String currency) {}
