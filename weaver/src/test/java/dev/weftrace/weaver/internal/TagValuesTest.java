package dev.weftrace.weaver.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TagValuesTest {

  @Test
  void longStringsAreCutToTheLimitWithAnEllipsis() {
    String capped = TagValues.capped("x".repeat(10_000));

    assertThat(capped).hasSize(TagValues.MAX_LENGTH).endsWith("...");
    assertThat(TagValues.capped("short")).isEqualTo("short");
  }

  @Test
  void arraysOfAnyTypeRenderTheirElements() {
    assertThat(TagValues.renderArray(new int[] {1, 2, 3})).isEqualTo("[1, 2, 3]");
    assertThat(TagValues.renderArray(new String[] {"a", null})).isEqualTo("[a, null]");
    assertThat(TagValues.renderArray(new int[0][])).isEqualTo("[]");
    assertThat(TagValues.renderArray(new int[][] {{1, 2}, null})).isEqualTo("[int[2], null]");
  }

  @Test
  void longArraysShowTheFirstElementsAndCountTheRest() {
    String rendered = TagValues.renderArray(new long[100]);

    assertThat(rendered).startsWith("[0, 0").endsWith(", ... (68 more)]");
    assertThat(rendered.split(", 0").length).isEqualTo(TagValues.MAX_ELEMENTS);
  }

  @Test
  void putValueRendersArraysBounded() {
    TagSinkTest.RecordingSink sink = new TagSinkTest.RecordingSink();

    sink.putValue("ids", new long[] {7, 8});

    assertThat(sink.calls).containsExactly("string ids=[7, 8]");
  }
}
