/**
 * Woven fixtures for the load, soak and fault-injection tests in {@code src/test/.../stress}: call
 * trees of traced methods whose every outcome is a pure function of a {@link
 * dev.weftrace.it.stress.Plan}, and a traced method that returns futures completed elsewhere.
 */
package dev.weftrace.it.stress;
