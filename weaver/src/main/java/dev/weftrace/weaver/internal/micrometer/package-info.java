/**
 * The bridge to Micrometer Tracing's {@code Tracer} (Brave and every other Micrometer bridge),
 * which {@code weftrace-spring-boot} registers through {@link
 * dev.weftrace.weaver.internal.micrometer.MicrometerTracers}. Loaded only then, so that {@code
 * micrometer-tracing} stays an optional dependency. Not public API.
 */
package dev.weftrace.weaver.internal.micrometer;
