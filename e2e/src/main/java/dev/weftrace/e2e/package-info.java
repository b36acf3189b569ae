/**
 * Small programs traced with weftrace, compiled with weftrace-processor and woven at build time
 * exactly as a user's application is. The end-to-end tests run them in JVMs of their own under the
 * real Datadog Java agent and assert on the spans the agent puts on the wire.
 *
 * <p>{@link dev.weftrace.e2e.DropShortSpans} doubles as the README's example of removing spans with
 * Datadog's own {@code TraceInterceptor}.
 */
package dev.weftrace.e2e;
