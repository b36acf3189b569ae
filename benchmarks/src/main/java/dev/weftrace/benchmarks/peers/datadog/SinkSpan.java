package dev.weftrace.benchmarks.peers.datadog;

import java.util.Map;

/**
 * One span as the Datadog agent sent it to {@link DatadogSink}, reduced to what the setup checks
 * read.
 *
 * @param name the operation name
 * @param resource the resource name
 * @param meta string tags
 * @param metrics numeric tags
 */
record SinkSpan(String name, String resource, Map<String, String> meta, Map<String, Double> metrics) {}
