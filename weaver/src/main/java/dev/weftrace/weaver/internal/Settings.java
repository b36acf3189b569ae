package dev.weftrace.weaver.internal;

/** Reads a setting from a system property, else from its environment variable. */
public final class Settings {

  private Settings() {}

  /** The property's value, else the environment variable's, else {@code null}. */
  public static String read(String property, String environment) {
    String value = System.getProperty(property);
    return value != null ? value : System.getenv(environment);
  }

  /** Whether a class can be loaded from {@code loader} ({@code null}: the bootstrap loader). */
  public static boolean present(String className, ClassLoader loader) {
    try {
      Class.forName(className, false, loader);
      return true;
    } catch (ClassNotFoundException | LinkageError absent) {
      return false;
    }
  }
}
