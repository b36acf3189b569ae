package dev.weftrace.benchmarks.startup;

import java.util.List;

/**
 * An order as it arrives at the {@link OrderDesk}. {@code sequence} counts orders from 0 within the
 * run; the {@link Checkpoint} uses it to find the first and the last order.
 */
record Order(int sequence, String id, String customerId, List<LineItem> items, boolean express) {}
