/**
 * Ends the span of a method whose result completes later (a future, a publisher) when it completes:
 * one {@link dev.weftrace.weaver.internal.async.AsyncEnd} per library, found by {@link
 * dev.weftrace.weaver.internal.async.AsyncEnds}. Each library is optional: its strategy is loaded
 * only when the library is on the class path. Adding a type is one strategy and one test. Not
 * public API.
 */
package dev.weftrace.weaver.internal.async;
