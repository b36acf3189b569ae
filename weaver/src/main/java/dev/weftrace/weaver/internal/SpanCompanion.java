package dev.weftrace.weaver.internal;

import dev.weftrace.contract.CompanionName;

/**
 * Implemented by the class that {@code weftrace-processor} generates beside each class with
 * {@code @Trace} methods ({@code Outer_Inner_WeftraceSpans} for {@code Outer.Inner}, in the same
 * package). The runtime loads it once per traced class, on the first traced call.
 */
public interface SpanCompanion {

  /** Suffix of every companion's simple name ({@link CompanionName}). */
  String SUFFIX = CompanionName.SUFFIX;

  /**
   * Returns the description of one traced method, or {@code null} if this class has no such traced
   * method.
   *
   * @param methodKey {@code name(type1,type2)} with each parameter type's erasure written as {@link
   *     Class#getTypeName()} writes it, for example {@code place(java.lang.String,int[])} (see
   *     {@link dev.weftrace.contract.MethodKey})
   */
  MethodSpan find(String methodKey);
}
