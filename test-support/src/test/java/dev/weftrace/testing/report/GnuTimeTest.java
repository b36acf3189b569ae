package dev.weftrace.testing.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GnuTimeTest {

  @Test
  void readsWallCpuAndPeakMemory() {
    GnuTime time =
        GnuTime.parse(
            List.of(
                "\tCommand being timed: \"mvn -B -o process-classes\"",
                "\tUser time (seconds): 21.37",
                "\tSystem time (seconds): 1.05",
                "\tElapsed (wall clock) time (h:mm:ss or m:ss): 0:12.41",
                "\tMaximum resident set size (kbytes): 612345"));

    assertThat(time).isEqualTo(new GnuTime(12.41, 21.37, 1.05, 612345));
  }

  @Test
  void readsHoursOfWallClock() {
    GnuTime time = GnuTime.parse(List.of("\tElapsed (wall clock) time (h:mm:ss or m:ss): 1:02:03"));

    assertThat(time.wallSeconds()).isEqualTo(3723);
  }
}
