package dev.weftrace.benchmarks.startup;

/** The outcome of one placed order. */
record Receipt(String orderId, String reservationId, String paymentId, long totalCents) {}
