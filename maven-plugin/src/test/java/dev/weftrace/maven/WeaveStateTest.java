package dev.weftrace.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeaveStateTest {

  @TempDir Path dir;

  @Test
  void readsBackWhatItWroteForTheSameKey() throws Exception {
    Path file = dir.resolve("state/woven.state");
    WeaveState state = new WeaveState("k1");
    state.put(
        "app.Greeter$Nested",
        new WeaveState.Entry("in1", "out1", new WeaveState.Stamp(812, 1_700_000_000_123_456_789L)));
    state.write(file);

    WeaveState read = WeaveState.read(file, "k1");

    assertThat(read.get("app.Greeter$Nested"))
        .isEqualTo(
            new WeaveState.Entry(
                "in1", "out1", new WeaveState.Stamp(812, 1_700_000_000_123_456_789L)));
    assertThat(read.get("app.Other")).isNull();
  }

  @Test
  void aStateOfAnotherSetupOrUnreadableIsEmpty() throws Exception {
    Path file = dir.resolve("woven.state");
    WeaveState state = new WeaveState("k1");
    state.put(
        "app.Greeter",
        new WeaveState.Entry("in1", "out1", new WeaveState.Stamp(812, 1_700_000_000_123_456_789L)));
    state.write(file);

    assertThat(WeaveState.read(file, "k2").get("app.Greeter")).isNull();
    Files.writeString(file, "weftrace-weave-state 2 k1\ngarbage\n");
    assertThat(WeaveState.read(file, "k1").get("app.Greeter")).isNull();
    Files.writeString(file, "weftrace-weave-state 2 k1\nin1 out1 x 7 app.Greeter\n");
    assertThat(WeaveState.read(file, "k1").get("app.Greeter")).isNull();
    assertThat(WeaveState.read(dir.resolve("missing"), "k1").get("app.Greeter")).isNull();
  }
}
