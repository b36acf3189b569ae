package dev.weftrace.weaver.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** A failing backend costs one warning line per cause, however many traced methods hit it. */
class FailuresTest {

  @Test
  void oneWarningLinePerCauseWhateverTheMethod() {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger("dev.weftrace");
    java.util.logging.Level before = logger.getLevel();
    logger.setLevel(java.util.logging.Level.FINE);
    List<LogRecord> logs;
    try {
      logs =
          TestDoubles.logsOf(
              () -> {
                for (String method : List.of("A.one", "B.two", "C.three")) {
                  Failures.report("start of " + method, failingBackend());
                }
              });
    } finally {
      logger.setLevel(before);
    }

    List<LogRecord> warnings =
        logs.stream().filter(r -> r.getLevel() == java.util.logging.Level.WARNING).toList();
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0).getMessage())
        .contains("start of A.one")
        .contains("NoSuchMethodError: isSet")
        .doesNotContain("\n");
    assertThat(warnings.get(0).getThrown()).as("no stack trace at WARNING").isNull();
    assertThat(logs)
        .filteredOn(r -> r.getLevel() == java.util.logging.Level.FINE)
        .singleElement()
        .satisfies(r -> assertThat(r.getThrown()).isInstanceOf(NoSuchMethodError.class));
  }

  @Test
  void differentCausesAreEachReported() {
    List<LogRecord> logs =
        TestDoubles.logsOf(
            () -> {
              Failures.report("tags of X.a", new IllegalStateException("first cause"));
              Failures.report("tags of X.b", new UnsupportedOperationException("second cause"));
            });

    assertThat(logs)
        .filteredOn(r -> r.getLevel() == java.util.logging.Level.WARNING)
        .extracting(LogRecord::getMessage)
        .anySatisfy(m -> assertThat(m).contains("first cause"))
        .anySatisfy(m -> assertThat(m).contains("second cause"));
  }

  /** Thrown from one place, as a backend's missing method is on every call. */
  private static NoSuchMethodError failingBackend() {
    return new NoSuchMethodError("isSet");
  }
}
