package dev.weftrace.weaver.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagSinkTest {

  /** Records each typed call as "method key=value". */
  static final class RecordingSink implements TagSink {
    final List<String> calls = new ArrayList<>();

    @Override
    public void putString(String key, String value) {
      calls.add("string " + key + "=" + value);
    }

    @Override
    public void putLong(String key, long value) {
      calls.add("long " + key + "=" + value);
    }

    @Override
    public void putDouble(String key, double value) {
      calls.add("double " + key + "=" + value);
    }

    @Override
    public void putBoolean(String key, boolean value) {
      calls.add("boolean " + key + "=" + value);
    }
  }

  @Test
  void putValueDispatchesOnTheRunTimeType() {
    RecordingSink sink = new RecordingSink();

    sink.putValue("s", "text");
    sink.putValue("b", Boolean.TRUE);
    sink.putValue("byte", (byte) 1);
    sink.putValue("short", (short) 2);
    sink.putValue("int", 3);
    sink.putValue("long", 4L);
    sink.putValue("float", 1.5f);
    sink.putValue("double", 2.5);
    sink.putValue("char", 'c');
    sink.putValue("decimal", new BigDecimal("1.10"));

    assertThat(sink.calls)
        .containsExactly(
            "string s=text",
            "boolean b=true",
            "long byte=1",
            "long short=2",
            "long int=3",
            "long long=4",
            "double float=1.5",
            "double double=2.5",
            "string char=c",
            "string decimal=1.10");
  }

  @Test
  void putValueLeavesNullOut() {
    RecordingSink sink = new RecordingSink();

    sink.putValue("missing", null);

    assertThat(sink.calls).isEmpty();
  }
}
