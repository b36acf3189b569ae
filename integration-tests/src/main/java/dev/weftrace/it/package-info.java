/**
 * Classes with {@code @Trace} methods of every shape the contract covers, compiled by javac with
 * weftrace-processor and woven by ajc exactly as a user's main classes are. The tests call them and
 * assert on the spans the OpenTelemetry SDK receives.
 */
package dev.weftrace.it;
