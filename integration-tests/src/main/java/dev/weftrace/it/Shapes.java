package dev.weftrace.it;

import dev.weftrace.annotation.Trace;

/** Traced methods of every visibility and placement: each call must make exactly one span. */
public class Shapes {

  @Trace
  public String publicMethod() {
    return "public";
  }

  /** Untraced entry to the private traced method. */
  public String callPrivate() {
    return privateMethod();
  }

  @Trace
  private String privateMethod() {
    return "private";
  }

  @Trace
  protected String protectedMethod() {
    return "protected";
  }

  @Trace
  String packagePrivateMethod() {
    return "package";
  }

  @Trace
  public static String staticMethod() {
    return "static";
  }

  /** A traced method calling another traced method of the same object with {@code this}. */
  @Trace
  public String outer() {
    return "outer+" + this.inner();
  }

  @Trace
  public String inner() {
    return "inner";
  }

  /** Recursion: every level is one span, each the child of the level above. */
  @Trace
  public int countdown(int n) {
    return n == 0 ? 0 : 1 + countdown(n - 1);
  }

  @Trace
  public void returnsNothing() {}

  @Trace
  public int returnsPrimitive() {
    return 42;
  }

  /** A record's own traced method. */
  public record Point(int x, int y) {
    @Trace
    public int sum() {
      return x + y;
    }
  }

  /** A static nested class. */
  public static class Nested {
    @Trace
    public String nested() {
      return "nested";
    }
  }

  /** An inner (non-static) class. */
  public class Inner {
    @Trace
    public String inner() {
      return "inner class";
    }
  }

  /** An interface default method. */
  public interface Greeting {
    @Trace
    default String greet() {
      return "default";
    }
  }

  /** Implements {@link Greeting} without overriding it. */
  public static class Greeter implements Greeting {}

  /** An enum constant's method. */
  public enum Mode {
    ON;

    @Trace
    public String describe() {
      return name();
    }
  }
}
