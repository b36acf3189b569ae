package dev.weftrace.maven;

import dev.weftrace.contract.TracedClasses;
import java.nio.file.Path;
import java.util.List;

/**
 * Every message that fails a build, in one place: each says what is wrong and names the fix, in the
 * words of the runtime's weaving check.
 */
final class Messages {

  private Messages() {}

  /** Classes use {@code @Trace} but the processor wrote no list: it did not run. */
  static String processorDidNotRun(Path classesDir, String example) {
    return "weftrace: "
        + example
        + " (in "
        + classesDir
        + ") uses @Trace or @TagSpan, but weftrace-processor did not run: there is no "
        + TracedClasses.RESOURCE
        + ", so nothing was checked or generated and nothing can be woven. Declare"
        + " dev.weftrace:weftrace-maven-plugin with <extensions>true</extensions>, which puts the"
        + " processor on javac's processor path, and remove <proc>none</proc> from the"
        + " maven-compiler-plugin if you set it; or add dev.weftrace:weftrace-processor to its"
        + " <annotationProcessorPaths> yourself (weftrace docs, 'Maven plugin').";
  }

  /** Classes the processor listed are not woven after weaving. */
  static String notWoven(List<String> unwoven) {
    return "weftrace: "
        + unwoven.size()
        + (unwoven.size() == 1 ? " class has" : " classes have")
        + " @Trace methods but were not woven, so they would make no spans: "
        + String.join(", ", unwoven)
        + ". ajc reported no error: check that dev.weftrace:weftrace-weaver has the version of"
        + " weftrace-maven-plugin (import weftrace-bom), and report this to weftrace with the"
        + " build log (mvn -X) if it does.";
  }

  /** ajc failed. */
  static String ajcFailed(List<String> errors) {
    return "weftrace: ajc could not weave the classes with @Trace methods: "
        + String.join("; ", errors);
  }

  /** The aspect library is not among the module's dependencies. */
  static String noWeaverDependency() {
    return "weftrace: this module has classes with @Trace methods but no dependency on"
        + " dev.weftrace:weftrace-weaver, the aspect weaving needs and the runtime the woven code"
        + " calls: add it to <dependencies> (version from weftrace-bom; weftrace docs, 'Maven"
        + " plugin').";
  }
}
