/**
 * The bridge to the OpenTracing API on its {@code GlobalTracer}, the Datadog agent's cheaper API.
 * Loaded only when chosen, so that {@code opentracing-util} stays an optional dependency. Not
 * public API.
 */
package dev.weftrace.weaver.internal.opentracing;
