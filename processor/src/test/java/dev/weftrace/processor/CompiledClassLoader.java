package dev.weftrace.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.tools.JavaFileObject;

/**
 * Loads the class files of a compilation, fixtures and companions alike, on top of the test's own
 * class path, which supplies the real annotations and weaver runtime.
 */
final class CompiledClassLoader extends ClassLoader {

  private static final String CLASS_OUTPUT = "/CLASS_OUTPUT/";

  private final Map<String, byte[]> classFiles = new TreeMap<>();

  CompiledClassLoader(Compilation compilation) {
    super(CompiledClassLoader.class.getClassLoader());
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      if (file.getKind() == JavaFileObject.Kind.CLASS && path.startsWith(CLASS_OUTPUT)) {
        String binaryName =
            path.substring(CLASS_OUTPUT.length(), path.length() - ".class".length())
                .replace('/', '.');
        classFiles.put(binaryName, bytes(file));
      }
    }
  }

  /** Binary names of every class the compilation wrote. */
  Set<String> classNames() {
    return classFiles.keySet();
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classFiles.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }

  private static byte[] bytes(JavaFileObject file) {
    try (InputStream in = file.openInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
