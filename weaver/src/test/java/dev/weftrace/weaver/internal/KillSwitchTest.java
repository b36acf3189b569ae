package dev.weftrace.weaver.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KillSwitchTest {

  @Test
  void enabledWhenNothingIsSet() {
    assertThat(KillSwitch.read(null, null)).isTrue();
  }

  @Test
  void falseInAnyCaseSwitchesOff() {
    assertThat(KillSwitch.read("false", null)).isFalse();
    assertThat(KillSwitch.read(" FALSE ", null)).isFalse();
    assertThat(KillSwitch.read(null, "False")).isFalse();
  }

  @Test
  void propertyWinsOverEnvironment() {
    assertThat(KillSwitch.read("true", "false")).isTrue();
    assertThat(KillSwitch.read("false", "true")).isFalse();
  }

  @Test
  void anythingButFalseLeavesTracingOn() {
    assertThat(KillSwitch.read("no", null)).isTrue();
    assertThat(KillSwitch.read("", null)).isTrue();
  }
}
