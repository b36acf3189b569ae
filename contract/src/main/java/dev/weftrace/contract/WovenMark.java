package dev.weftrace.contract;

import java.nio.charset.StandardCharsets;

/**
 * How a class file shows that weftrace's aspect was woven into it: its constant pool names the
 * aspect. The runtime's weaving check and the Maven plugin's build-time check both read class files
 * as bytes with this test, so they agree on what "woven" means.
 */
public final class WovenMark {

  /** The internal name of the aspect, which the code ajc weaves into a class refers to. */
  public static final String ASPECT_INTERNAL_NAME = "dev/weftrace/weaver/aspect/TraceAspect";

  private static final byte[] MARK = ASPECT_INTERNAL_NAME.getBytes(StandardCharsets.UTF_8);

  private WovenMark() {}

  /** Whether {@code classFile} (the bytes of a {@code .class} file) refers to the aspect. */
  public static boolean isWoven(byte[] classFile) {
    return indexOf(classFile, MARK) >= 0;
  }

  /** Where {@code part} first occurs in {@code bytes}, or -1. */
  static int indexOf(byte[] bytes, byte[] part) {
    outer:
    for (int i = 0; i <= bytes.length - part.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (bytes[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
