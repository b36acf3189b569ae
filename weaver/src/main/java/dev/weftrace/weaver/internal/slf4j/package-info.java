/**
 * Log correlation: the current trace and span ids in SLF4J's MDC while a traced method runs ({@code
 * weftrace.mdc=true}). Its SLF4J part is loaded only when asked for, so that {@code slf4j-api}
 * stays an optional dependency. Not public API.
 */
package dev.weftrace.weaver.internal.slf4j;
