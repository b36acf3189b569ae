/**
 * The public API of the weftrace runtime: {@link dev.weftrace.weaver.Weftrace}, the few settings
 * code may change. Everything under {@code dev.weftrace.weaver.internal} and {@code
 * dev.weftrace.weaver.aspect} is not public API.
 */
package dev.weftrace.weaver;
