package dev.weftrace.weaver.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcludeRulesTest {

  @Test
  void packageWildcardExcludesEveryClassBelowIt() {
    ExcludeRules rules = ExcludeRules.parse("com.acme.cache.*");

    assertThat(rules.excludes("com.acme.cache.LocalCache", "get")).isTrue();
    assertThat(rules.excludes("com.acme.cache.l2.Remote", "get")).isTrue();
    assertThat(rules.excludes("com.acme.orders.OrderService", "get")).isFalse();
  }

  @Test
  void classAndMethodPatternExcludesThatMethodOnly() {
    ExcludeRules rules = ExcludeRules.parse(" com.acme.OrderService#validate , ");

    assertThat(rules.excludes("com.acme.OrderService", "validate")).isTrue();
    assertThat(rules.excludes("com.acme.OrderService", "place")).isFalse();
    assertThat(rules.excludes("com.acme.OrderServiceImpl", "validate")).isFalse();
  }

  @Test
  void nestedClassesAreMatchedByBinaryName() {
    ExcludeRules rules = ExcludeRules.parse("com.acme.Outer$*#tick");

    assertThat(rules.excludes("com.acme.Outer$Timer", "tick")).isTrue();
    assertThat(rules.excludes("com.acme.Outer", "tick")).isFalse();
  }

  @Test
  void patternCharactersOtherThanStarAreLiteral() {
    ExcludeRules rules = ExcludeRules.parse("com.acme.A+B");

    assertThat(rules.excludes("com.acme.A+B", "m")).isTrue();
    assertThat(rules.excludes("comXacmeXAAB", "m")).isFalse();
  }

  @Test
  void nothingSetExcludesNothing() {
    assertThat(ExcludeRules.parse(null).isEmpty()).isTrue();
    assertThat(ExcludeRules.parse(" , ").excludes("any.Thing", "m")).isFalse();
  }
}
