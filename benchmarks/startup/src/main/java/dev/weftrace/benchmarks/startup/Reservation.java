package dev.weftrace.benchmarks.startup;

/** Stock held for one order by the {@link Inventory}. */
record Reservation(String id, int units) {}
