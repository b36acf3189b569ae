package dev.weftrace.contract;

/**
 * The resource in which {@code weftrace-processor} lists every class with traced methods that it
 * compiled, and which the runtime reads to check that those classes were woven: one binary name
 * ({@code pkg.Outer$Inner}, as {@link Class#getName()} has it) per line, UTF-8. Each compiled
 * module has its own; the runtime reads all it sees.
 */
public final class TracedClasses {

  /** The path of the resource, relative to the class output (and so the class path). */
  public static final String RESOURCE = "META-INF/weftrace/traced-classes";

  private TracedClasses() {}
}
