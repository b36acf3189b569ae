package dev.weftrace.weaver.internal.otel;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.AttributeType;
import org.junit.jupiter.api.Test;

class AttributeKeysTest {

  @Test
  void aTagNameGetsTheSameKeyOfEachTypeOnEveryCall() {
    AttributeKeys keys = new AttributeKeys(AttributeKeys.LIMIT);

    assertThat(keys.string("order.id")).isSameAs(keys.string("order.id"));
    assertThat(keys.longKey("order.id")).isSameAs(keys.longKey("order.id"));
    assertThat(keys.doubleKey("order.id")).isSameAs(keys.doubleKey("order.id"));
    assertThat(keys.booleanKey("order.id")).isSameAs(keys.booleanKey("order.id"));

    assertThat(keys.string("order.id")).isEqualTo(AttributeKey.stringKey("order.id"));
    assertThat(keys.longKey("order.id").getType()).isEqualTo(AttributeType.LONG);
    assertThat(keys.doubleKey("order.id").getType()).isEqualTo(AttributeType.DOUBLE);
    assertThat(keys.booleanKey("order.id").getType()).isEqualTo(AttributeType.BOOLEAN);
  }

  @Test
  void namesPastTheLimitGetCorrectKeysThatAreNotKept() {
    AttributeKeys keys = new AttributeKeys(2);
    keys.string("first");
    keys.string("second");

    AttributeKey<String> late = keys.string("late.name");

    assertThat(late).isEqualTo(AttributeKey.stringKey("late.name"));
    assertThat(keys.string("late.name")).as("made again, not kept").isNotSameAs(late);
    assertThat(keys.longKey("late.name")).isEqualTo(AttributeKey.longKey("late.name"));
    assertThat(keys.size()).isEqualTo(2);
    assertThat(keys.string("first"))
        .as("names kept before the limit stay")
        .isSameAs(keys.string("first"));
  }
}
