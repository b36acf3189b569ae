/**
 * Checks that say once, with the fix, when the setup loses spans: classes compiled but not woven
 * ({@link dev.weftrace.weaver.internal.check.WeavingCheck}, also behind {@code
 * Weftrace.assertWoven}), and spans that go to no tracer ({@link
 * dev.weftrace.weaver.internal.check.UnroutedSpans}). Not public API.
 */
package dev.weftrace.weaver.internal.check;
