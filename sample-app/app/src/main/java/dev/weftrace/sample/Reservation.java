package dev.weftrace.sample;

/** Stock held for an order by {@link InventoryService} until the order is paid or released. */
public record Reservation(String id, String orderId, int units) {}
