package dev.weftrace.maven;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ClassFilesTest {

  @Test
  void releaseIsTheMajorVersionLess44() throws Exception {
    byte[] header = {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe, 0, 0, 0, 69};
    assertThat(ClassFiles.release(header)).isEqualTo(25);
    header[7] = 61;
    assertThat(ClassFiles.release(header)).isEqualTo(17);
    assertThatThrownBy(() -> ClassFiles.release(new byte[8])).isInstanceOf(IOException.class);
  }

  @Test
  void weftraceAnnotationsAreRecognisedByTheirDescriptors() {
    assertThat(ClassFiles.usesWeftrace("x Ldev/weftrace/annotation/Trace; y".getBytes(UTF_8)))
        .isTrue();
    assertThat(ClassFiles.usesWeftrace("Ldev/weftrace/annotation/TagSpan;".getBytes(UTF_8)))
        .isTrue();
    assertThat(ClassFiles.usesWeftrace("Ldev/weftrace/annotation/Trace$Kind;".getBytes(UTF_8)))
        .as("an enum of the annotation, e.g. a constant read by code")
        .isFalse();
  }

  @Test
  void binaryNamesMapToClassFilesBothWays() {
    Path root = Path.of("classes");
    assertThat(ClassFiles.of(root, "app.Greeter$Nested"))
        .isEqualTo(Path.of("classes/app/Greeter$Nested.class"));
    assertThat(ClassFiles.binaryName(Path.of("app/Greeter$Nested.class")))
        .isEqualTo("app.Greeter$Nested");
  }
}
