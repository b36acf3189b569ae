/**
 * What weftrace reads from the Datadog agent's own API ({@code dd-trace-api}, which the agent puts
 * on the bootstrap path): the local root of a trace. Loaded only under the agent, so that {@code
 * dd-trace-api} stays an optional dependency. Not public API.
 */
package dev.weftrace.weaver.internal.datadog;
