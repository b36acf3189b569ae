package dev.weftrace.benchmarks.processor;

import java.net.URI;
import javax.tools.SimpleJavaFileObject;

/**
 * One Java source held in memory, so that the benchmark measures javac and the processor rather
 * than reading files from a noisy disk.
 */
final class SourceFile extends SimpleJavaFileObject {

  private final String qualifiedName;
  private final String text;

  /**
   * @param qualifiedName the top-level type's qualified name, such as {@code a.b.Service}; javac
   *     checks it against the public class the source declares, as it would for a file on disk
   * @param text the source code
   */
  SourceFile(String qualifiedName, String text) {
    super(
        URI.create("mem:///" + qualifiedName.replace('.', '/') + Kind.SOURCE.extension),
        Kind.SOURCE);
    this.qualifiedName = qualifiedName;
    this.text = text;
  }

  /** The top-level type's qualified name. */
  String qualifiedName() {
    return qualifiedName;
  }

  @Override
  public CharSequence getCharContent(boolean ignoreEncodingErrors) {
    return text;
  }
}
