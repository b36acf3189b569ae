/**
 * The bridge to the OpenTelemetry API, the default backend: {@link
 * dev.weftrace.weaver.internal.otel.OpenTelemetryBridge}, where it gets its tracer ({@link
 * dev.weftrace.weaver.internal.otel.OpenTelemetrySource}: an instance handed over, or {@code
 * GlobalOpenTelemetry} once the application has registered one) and the running span it hands the
 * engine. Not public API.
 */
package dev.weftrace.weaver.internal.otel;
