package dev.weftrace.benchmarks.processor;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import javax.tools.SimpleJavaFileObject;

/**
 * A file that javac or a processor writes (class file, generated source, resource), kept in memory.
 *
 * <p>Generated sources are read back by javac in the next processing round through {@link
 * #getCharContent}, so the file must be readable as well as writable.
 */
final class OutputFile extends SimpleJavaFileObject {

  private final String name;
  private byte[] bytes = new byte[0];

  /**
   * @param location where javac wanted the file ({@code CLASS_OUTPUT}, {@code SOURCE_OUTPUT})
   * @param name a class's binary name, or a resource's relative path, as javac gave it
   */
  OutputFile(String location, String name, Kind kind) {
    super(uri(location, name, kind), kind);
    this.name = name;
  }

  private static URI uri(String location, String name, Kind kind) {
    String path = kind == Kind.OTHER ? name : name.replace('.', '/') + kind.extension;
    return URI.create("mem:///" + location + "/" + path);
  }

  /** The binary name (classes, sources) or relative path (resources) the file was created with. */
  String name() {
    return name;
  }

  /** The bytes written so far. */
  byte[] bytes() {
    return bytes;
  }

  @Override
  public OutputStream openOutputStream() {
    return new ByteArrayOutputStream() {
      @Override
      public void close() {
        bytes = toByteArray();
      }
    };
  }

  @Override
  public InputStream openInputStream() {
    return new ByteArrayInputStream(bytes);
  }

  @Override
  public CharSequence getCharContent(boolean ignoreEncodingErrors) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
