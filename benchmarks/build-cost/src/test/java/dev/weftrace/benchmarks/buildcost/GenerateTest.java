package dev.weftrace.benchmarks.buildcost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateTest {

  @Test
  void fivePercentOfTwoThousandClassesAreTracedSpreadOverEveryPackage() {
    int[] traced = IntStream.range(0, 2000).filter(i -> Generate.isTraced(i, 5)).toArray();
    Set<Integer> packages = new TreeSet<>();
    for (int i : traced) {
      packages.add(i % Generate.PACKAGES.length);
    }

    assertThat(traced).hasSize(100).startsWith(0);
    assertThat(packages).hasSize(Generate.PACKAGES.length);
    assertThat(IntStream.range(0, 500).allMatch(i -> Generate.isTraced(i, 100))).isTrue();
  }

  @Test
  void twoThousandClassesHaveTwoThousandNames() {
    Set<String> names = new TreeSet<>();
    for (int i = 0; i < 2000; i++) {
      int pkg = i % Generate.PACKAGES.length;
      int inPackage = i / Generate.PACKAGES.length;
      names.add(
          Generate.PACKAGES[pkg]
              + "."
              + Generate.NOUNS[pkg][inPackage % 10]
              + Generate.role(pkg, inPackage));
    }

    assertThat(names).hasSize(2000);
    assertThat(Generate.role(3, 57)).isEqualTo(Generate.ROLES[(57 / 10 + 3) % 10]);
  }

  @Test
  void anUntracedClassHasNoWeftraceAnnotationButTheSameCode(@TempDir Path dir) {
    Generate generator = new Generate(dir);
    String traced = generator.source(generator.clazz(7, 5, true));
    String plain = new Generate(dir).source(new Generate(dir).clazz(7, 5, false));

    assertThat(traced).contains("@Trace", "@SpanTag", "import dev.weftrace.annotation.Trace;");
    assertThat(plain).doesNotContain("weftrace", "@Trace", "@SpanTag");
    assertThat(plain.lines().count())
        .isBetween(traced.lines().count() - 12, traced.lines().count());
  }

  @Test
  void eachEditChangesTheFirstTracedMethodsBodyAgain(@TempDir Path dir) throws IOException {
    Generate.main(new String[] {dir.toString(), "10", "5"});
    Path file = dir.resolve(Generate.EDITED);
    String original = Files.readString(file);

    Generate.edit(dir, 1);
    String first = Files.readString(file);
    Generate.edit(dir, 2);
    String second = Files.readString(file);

    assertThat(first).isNotEqualTo(original).contains("long h = 1L ^ seed(");
    assertThat(second).contains("long h = 2L ^ seed(").doesNotContain("1L ^ seed(");
    assertThat(second.replace("2L ^ seed(", "seed(")).isEqualTo(original);
    int traceAt = original.indexOf("@Trace");
    assertThat(second.indexOf("2L ^ seed(")).isGreaterThan(traceAt);
  }
}
