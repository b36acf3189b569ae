package dev.weftrace.weaver.internal;

import java.util.Locale;

/**
 * The process-wide on/off switch, read once when the class initialises and constant for the JVM's
 * life. The woven advice tests {@link #ENABLED} in an AspectJ {@code if()} pointcut; as a {@code
 * static final} field the JIT folds the test away, so switched-off advice costs about nothing.
 */
public final class KillSwitch {

  /** System property that switches weftrace off when set to {@code false}. */
  static final String PROPERTY = "weftrace.enabled";

  /** Environment variable read when the system property is absent. */
  static final String ENVIRONMENT = "WEFTRACE_ENABLED";

  /** Whether woven advice creates spans. */
  public static final boolean ENABLED =
      read(System.getProperty(PROPERTY), System.getenv(ENVIRONMENT));

  private KillSwitch() {}

  /**
   * Decides from the property and environment values: {@code false} (any case) in the property, or
   * else in the environment, switches off; anything else leaves weftrace on.
   */
  static boolean read(String property, String environment) {
    String value = property != null ? property : environment;
    return value == null || !value.trim().toLowerCase(Locale.ROOT).equals("false");
  }
}
