/**
 * The public API of the weftrace runtime: {@link dev.weftrace.weaver.Weftrace}, the few settings
 * code may change, and {@link dev.weftrace.weaver.SpanTags}, tags on the current span or the local
 * root from code. Everything under {@code dev.weftrace.weaver.internal} and {@code
 * dev.weftrace.weaver.aspect} is not public API.
 */
package dev.weftrace.weaver;
