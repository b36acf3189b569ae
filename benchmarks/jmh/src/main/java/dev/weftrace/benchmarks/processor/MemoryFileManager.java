package dev.weftrace.benchmarks.processor;

import java.util.ArrayList;
import java.util.List;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;

/**
 * Sends everything javac and the processor write to memory; reads (the classpath, the platform
 * classes) still go to the standard file manager. Keeping output off disk keeps disk latency, which
 * is noisy on shared machines, out of the comparison.
 */
final class MemoryFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> {

  private final List<OutputFile> outputs = new ArrayList<>();

  MemoryFileManager(StandardJavaFileManager standard) {
    super(standard);
  }

  /** Every file written during the compilation, in the order they were created. */
  List<OutputFile> outputs() {
    return outputs;
  }

  @Override
  public JavaFileObject getJavaFileForOutput(
      Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
    OutputFile file = new OutputFile(location.getName(), className, kind);
    outputs.add(file);
    return file;
  }

  @Override
  public FileObject getFileForOutput(
      Location location, String packageName, String relativeName, FileObject sibling) {
    String path =
        packageName.isEmpty() ? relativeName : packageName.replace('.', '/') + "/" + relativeName;
    OutputFile file = new OutputFile(location.getName(), path, JavaFileObject.Kind.OTHER);
    outputs.add(file);
    return file;
  }

  @Override
  public boolean isSameFile(FileObject a, FileObject b) {
    // The standard manager only accepts its own file objects; ours are equal when their URIs are.
    if (a instanceof OutputFile
        || b instanceof OutputFile
        || a instanceof SourceFile
        || b instanceof SourceFile) {
      return a.toUri().equals(b.toUri());
    }
    return super.isSameFile(a, b);
  }
}
