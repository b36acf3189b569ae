package dev.weftrace.weaver.internal.check;

import dev.weftrace.contract.TracedClasses;
import dev.weftrace.contract.WovenMark;
import dev.weftrace.weaver.internal.Failures;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Finds classes with {@code @Trace} methods that were compiled but not woven: the most common
 * silent failure of build-time weaving (a module without the plugin, a plugin that skipped).
 *
 * <p>weftrace-processor lists every class with traced methods in {@value TracedClasses#RESOURCE}; a
 * woven class's bytecode refers to the weftrace aspect. The check reads class files as bytes, so it
 * loads and initialises nothing.
 */
public final class WeavingCheck {

  /** Written by weftrace-processor: binary names of classes with traced methods, one per line. */
  private static final System.Logger LOG = System.getLogger("dev.weftrace");

  private static final Map<ClassLoader, Boolean> CHECKED =
      Collections.synchronizedMap(new WeakHashMap<>());

  private WeavingCheck() {}

  /**
   * The classes that {@code loader} sees listed by the processor whose class files are not woven.
   *
   * @throws IllegalStateException if {@code loader} sees no list at all: the processor never ran
   */
  public static List<String> unwovenClasses(ClassLoader loader) {
    Set<String> traced = tracedClasses(loader);
    if (traced == null) {
      throw new IllegalStateException(
          "weftrace: no "
              + TracedClasses.RESOURCE
              + " on the class path, so weftrace-processor did not run: declare"
              + " dev.weftrace:weftrace-maven-plugin with <extensions>true</extensions>, or add"
              + " dev.weftrace:weftrace-processor to the maven-compiler-plugin's"
              + " <annotationProcessorPaths> (README, 'Maven setup').");
    }
    List<String> unwoven = new ArrayList<>();
    for (String name : traced) {
      Boolean woven = isWoven(loader, name);
      if (woven != null && !woven) {
        unwoven.add(name);
      }
    }
    return unwoven;
  }

  /** The one message that explains {@code unwoven} and how to fix the build. */
  public static String describe(List<String> unwoven) {
    return "weftrace: "
        + unwoven.size()
        + (unwoven.size() == 1 ? " class has" : " classes have")
        + " @Trace methods but were not woven, so they make no spans: "
        + String.join(", ", unwoven)
        + ". Weave the module that compiles them: declare dev.weftrace:weftrace-maven-plugin"
        + " with <extensions>true</extensions> (weftrace README, 'Maven setup'), or, without it,"
        + " aspectj-maven-plugin's goal compile at process-classes (test-compile at"
        + " process-test-classes for test classes) with weaveDirectories, forceAjcCompile and"
        + " aspectLibraries = dev.weftrace:weftrace-weaver.";
  }

  /**
   * Checks {@code loader} once, in the background, and logs one error if anything is unwoven.
   * Called on the first traced call from each class loader; never throws.
   */
  public static void checkOnce(ClassLoader loader) {
    if (loader == null || CHECKED.putIfAbsent(loader, Boolean.TRUE) != null) {
      return;
    }
    Thread check = new Thread(() -> report(loader), "weftrace-weaving-check");
    check.setDaemon(true);
    check.start();
  }

  /** Logs the unwoven classes {@code loader} sees, if any. */
  static void report(ClassLoader loader) {
    try {
      if (tracedClasses(loader) == null) {
        return; // Without the processor there is nothing to compare; MethodSpans warns of that.
      }
      List<String> unwoven = unwovenClasses(loader);
      if (!unwoven.isEmpty()) {
        LOG.log(Level.ERROR, describe(unwoven));
      }
    } catch (Throwable failure) {
      Failures.report("weaving check", failure);
    }
  }

  /**
   * Every class listed in every {@value TracedClasses#RESOURCE}, or {@code null} if there is none.
   */
  private static Set<String> tracedClasses(ClassLoader loader) {
    try {
      Enumeration<URL> lists = loader.getResources(TracedClasses.RESOURCE);
      if (!lists.hasMoreElements()) {
        return null;
      }
      Set<String> names = new LinkedHashSet<>();
      while (lists.hasMoreElements()) {
        try (InputStream in = lists.nextElement().openStream()) {
          names.addAll(TracedClasses.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
      }
      return names;
    } catch (IOException unreadable) {
      throw new IllegalStateException(
          "weftrace: cannot read " + TracedClasses.RESOURCE, unreadable);
    }
  }

  /** Whether the class file refers to the aspect; {@code null} if there is no class file. */
  private static Boolean isWoven(ClassLoader loader, String binaryName) {
    try (InputStream in = loader.getResourceAsStream(binaryName.replace('.', '/') + ".class")) {
      return in == null ? null : WovenMark.isWoven(in.readAllBytes());
    } catch (IOException unreadable) {
      return null;
    }
  }
}
