package dev.weftrace.processor;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/**
 * Wraps a javac collaborator ({@code ProcessingEnvironment}, {@code Filer}, {@code Elements}, ...)
 * so that one method behaves differently while every other call goes to the real object. Lets tests
 * make the environment fail without any hook in production code.
 */
final class Forwarding {

  private Forwarding() {}

  /** A {@code type} like {@code target}, except that {@code method} returns {@code value}. */
  static <T> T returning(Class<T> type, T target, String method, Object value) {
    return overriding(type, target, method, args -> value);
  }

  /** A {@code type} like {@code target}, except that {@code method} throws {@code failure}. */
  static <T> T failing(Class<T> type, T target, String method, Throwable failure) {
    return overriding(
        type,
        target,
        method,
        args -> {
          throw failure;
        });
  }

  private interface Answer {
    Object answer(Object[] args) throws Throwable;
  }

  private static <T> T overriding(Class<T> type, T target, String method, Answer answer) {
    InvocationHandler handler =
        (proxy, called, args) -> {
          if (called.getName().equals(method)) {
            return answer.answer(args);
          }
          try {
            return called.invoke(target, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        };
    return type.cast(
        Proxy.newProxyInstance(Forwarding.class.getClassLoader(), new Class<?>[] {type}, handler));
  }
}
