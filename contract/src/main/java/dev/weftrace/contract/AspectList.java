package dev.weftrace.contract;

/**
 * The aop.xml-style list of weftrace's aspects that ajc is given with {@code -xmlConfigured}: in
 * that mode ajc applies only the aspects the list names (those it compiles from source included),
 * so a Spring {@code @Aspect} class among the woven classes is not taken for one. The weftrace
 * Maven plugin writes one per weaving; weftrace-processor writes one per compile, among the
 * generated sources, for builds that weave with aspectj-maven-plugin.
 */
public final class AspectList {

  /** The list's file name, in the plugin's work directory and among the generated sources. */
  public static final String FILE_NAME = "weftrace-aspects.xml";

  private AspectList() {}

  /** The list: weftrace's generic aspect, then {@code typedAspects} (binary names), in order. */
  public static String xml(Iterable<String> typedAspects) {
    StringBuilder xml = new StringBuilder("<aspectj>\n  <aspects>\n");
    aspect(xml, WovenMark.ASPECT_INTERNAL_NAME.replace('/', '.'));
    for (String aspect : typedAspects) {
      aspect(xml, aspect);
    }
    return xml.append("  </aspects>\n</aspectj>\n").toString();
  }

  private static void aspect(StringBuilder xml, String name) {
    xml.append("    <aspect name=\"").append(name).append("\"/>\n");
  }
}
