package dev.weftrace.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.weftrace.processor.Fixtures.allGood;
import static dev.weftrace.processor.Fixtures.compile;
import static dev.weftrace.processor.Fixtures.compiler;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Generated companions must not add warnings to users' builds, however strict. */
class GeneratedCodeLintTest {

  @Test
  void companionsCompileWithoutWarningsUnderXlintAllAndWerror() {
    Compilation processed = compile(allGood());
    assertThat(processed).succeeded();
    assertFalse(processed.generatedSourceFiles().isEmpty());

    // Compile the fixtures and their generated companions again, all lints on, processing off:
    // javac's own "no processor claimed" notice (see below) is the only thing -proc:none removes.
    List<JavaFileObject> sources = new ArrayList<>(Arrays.asList(allGood()));
    sources.addAll(processed.generatedSourceFiles());
    Compilation strict =
        javac().withOptions("-proc:none", "-Xlint:all", "-Werror").compile(sources);

    assertThat(strict).succeededWithoutWarnings();
  }

  @Test
  void underXlintAllTheOnlyWarningsAreJavacsNoticesThatNoProcessorClaimedAnAnnotation() {
    // The processor claims no annotation, so that other processors see them too; javac's
    // -Xlint:processing notes that for @Trace and @SpanTag, and in the next round for the
    // companions' @Generated. Users who build with -Werror need -Xlint:all,-processing.
    Compilation compilation = compiler().withOptions("-Xlint:all").compile(allGood());

    assertThat(compilation).succeeded();
    assertFalse(compilation.warnings().isEmpty());
    for (Diagnostic<? extends JavaFileObject> warning : compilation.warnings()) {
      String message = warning.getMessage(Locale.ROOT);
      assertTrue(
          message.startsWith("No processor claimed any of these annotations")
              || Fixtures.isIntendedWarning(warning),
          warning::toString);
    }
  }

  @Test
  void processorRunsCleanlyUnderXlintAllExceptProcessingAndWerror() {
    Compilation compilation =
        compiler()
            .withOptions("-Xlint:all,-processing", "-Werror")
            .compile(Fixtures.allGoodWithoutWarnings());

    assertThat(compilation).succeededWithoutWarnings();
  }
}
