/**
 * Ends the span of a method that returns a Reactor {@code Mono} or {@code Flux} on the publisher's
 * terminal signal. Loaded only for such methods, so that {@code reactor-core} stays an optional
 * dependency. Not public API.
 */
package dev.weftrace.weaver.internal.reactor;
