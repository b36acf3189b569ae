package dev.weftrace.sample;

/** What an order costs, as {@link PricingService} works it out. All amounts in whole cents. */
public record Quote(double subtotal, double discount, double shipping, double total) {}
