package dev.weftrace.contract;

import java.util.List;
import java.util.StringJoiner;

/**
 * The key a span companion files a traced method under, so that the runtime finds it from the woven
 * method's reflected signature: {@code name(type1,type2)} with each parameter type's erasure
 * written as {@link Class#getTypeName()} writes it (binary names, {@code []} per array dimension,
 * primitive keywords), for example {@code place(java.lang.String,int[],pkg.Outer$Inner)}.
 */
public final class MethodKey {

  private MethodKey() {}

  /**
   * The key of method {@code methodName} with parameters of the erased types {@code
   * parameterTypeNames}, each as {@link Class#getTypeName()} writes it.
   */
  public static String of(String methodName, List<String> parameterTypeNames) {
    StringJoiner key = new StringJoiner(",", methodName + "(", ")");
    for (String typeName : parameterTypeNames) {
      key.add(typeName);
    }
    return key.toString();
  }
}
