package dev.weftrace.sample;

/** What the customer is told when an order has gone through. */
public record Confirmation(String orderId, String reservationId, String paymentId, double total) {}
