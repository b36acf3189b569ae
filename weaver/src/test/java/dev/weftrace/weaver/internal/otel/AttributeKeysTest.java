package dev.weftrace.weaver.internal.otel;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.AttributeType;
import org.junit.jupiter.api.Test;

class AttributeKeysTest {

  @Test
  void aTagNameGetsTheSameKeyOfEachTypeOnEveryCall() {
    assertThat(AttributeKeys.string("order.id")).isSameAs(AttributeKeys.string("order.id"));
    assertThat(AttributeKeys.longKey("order.id")).isSameAs(AttributeKeys.longKey("order.id"));
    assertThat(AttributeKeys.doubleKey("order.id")).isSameAs(AttributeKeys.doubleKey("order.id"));
    assertThat(AttributeKeys.booleanKey("order.id")).isSameAs(AttributeKeys.booleanKey("order.id"));

    assertThat(AttributeKeys.string("order.id")).isEqualTo(AttributeKey.stringKey("order.id"));
    assertThat(AttributeKeys.longKey("order.id").getType()).isEqualTo(AttributeType.LONG);
    assertThat(AttributeKeys.doubleKey("order.id").getType()).isEqualTo(AttributeType.DOUBLE);
    assertThat(AttributeKeys.booleanKey("order.id").getType()).isEqualTo(AttributeType.BOOLEAN);
  }

  @Test
  void namesPastTheLimitGetCorrectKeysThatAreNotKept() {
    for (int i = 0; AttributeKeys.size() < AttributeKeys.LIMIT; i++) {
      AttributeKeys.string("filler." + i);
    }

    AttributeKey<String> late = AttributeKeys.string("late.name");

    assertThat(late).isEqualTo(AttributeKey.stringKey("late.name"));
    assertThat(AttributeKeys.longKey("late.name")).isEqualTo(AttributeKey.longKey("late.name"));
    assertThat(AttributeKeys.size()).isEqualTo(AttributeKeys.LIMIT);
  }
}
