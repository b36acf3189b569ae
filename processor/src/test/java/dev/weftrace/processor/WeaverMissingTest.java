package dev.weftrace.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.weftrace.processor.Fixtures.compiler;
import static dev.weftrace.processor.Fixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.weftrace.annotation.Trace;
import java.io.File;
import java.net.URISyntaxException;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Rule {@code [WeaverMissing]}: generated companions need the weaver on the compile classpath. */
class WeaverMissingTest {

  private final JavaFileObject ledger = fixture("good/Ledger.java");
  private final JavaFileObject journal = fixture("good/Journal.java");

  @Test
  void traceWithoutWeaverOnClasspathIsOneErrorForAllClasses() throws URISyntaxException {
    Compilation compilation =
        compiler().withClasspath(List.of(annotationsOnly())).compile(ledger, journal);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[WeaverMissing] @Trace methods need dev.weftrace:weftrace-weaver on the compile"
                + " classpath (it is the runtime the woven code calls): add it to <dependencies>.")
        .inFile(ledger)
        .onLine(5)
        .atColumn(1);
    // Had a companion been written, its missing weaver types would have added more errors.
  }

  @Test
  void sameClassesCompileWithWeaverOnClasspath() {
    Compilation compilation = compiler().compile(ledger, journal);

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(2, compilation.generatedSourceFiles().size());
  }

  /** Where {@code @Trace} was loaded from: the annotations jar (or classes directory) alone. */
  private static File annotationsOnly() throws URISyntaxException {
    return new File(Trace.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
