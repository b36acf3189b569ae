package dev.weftrace.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.weftrace.processor.Fixtures.compile;
import static dev.weftrace.processor.Fixtures.fixture;

import com.google.testing.compile.Compilation;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rule {@code [TagKeyDuplicate]}: the tags of one span (static, return value, parameters, every
 * repeated occurrence) have distinct keys; the error is on the second, naming the first.
 */
class TagKeyDuplicateTest {

  private static final JavaFileObject SOURCE = fixture("bad/TagKeyDuplicate.java");
  private static Compilation compilation;

  @BeforeAll
  static void compileFixture() {
    compilation = compile(SOURCE);
  }

  @Test
  void everyRepeatedKeyInTheFixtureIsOneError() {
    assertThat(compilation).hadErrorCount(6);
    RuleDiagnostics.assertCount(compilation, "TagKeyDuplicate", Diagnostic.Kind.ERROR, 6);
  }

  @Test
  void sameKeyOnTwoParametersIsAnErrorOnTheSecondNamingTheFirst() {
    assertThat(compilation)
        .hadErrorContaining(
            "[TagKeyDuplicate] tag key 'order.id' of parameter 'other' is already the key of"
                + " parameter 'orderId' in the span of method 'twoParameters': a span keeps one"
                + " value per key, so one would overwrite the other. Give one of them another key.")
        .inFile(SOURCE)
        .onLine(9)
        .atColumn(68);
  }

  @Test
  void parameterNameUsedAsKeyCountsAsItsKey() {
    assertThat(compilation)
        .hadErrorContaining(
            "[TagKeyDuplicate] tag key 'region' of parameter 'zone' is already the key of"
                + " parameter 'region'")
        .inFile(SOURCE)
        .onLine(12)
        .atColumn(60);
  }

  @Test
  void repeatedSpanTagsOnOneParameterWithOneKeyAreAnError() {
    // Repeated annotations: javac reports at the parameter's name.
    assertThat(compilation)
        .hadErrorContaining(
            "[TagKeyDuplicate] tag key 'range' of parameter 'range' is already the key of another"
                + " @SpanTag on the same parameter in the span of method 'repeatedOnOneParameter'")
        .inFile(SOURCE)
        .onLine(17)
        .atColumn(17);
  }

  @Test
  void returnValueAndParameterKeysClashWithTheMethodsStaticTags() {
    assertThat(compilation)
        .hadErrorContaining(
            "[TagKeyDuplicate] tag key 'tier' of the return value of 'staticAndResult' is already"
                + " the key of static tag \"tier:gold\"")
        .inFile(SOURCE)
        .onLine(20)
        .atColumn(12);
    assertThat(compilation)
        .hadErrorContaining(
            "[TagKeyDuplicate] tag key 'team' of parameter 'team' is already the key of static tag"
                + " \"team:payments\"")
        .inFile(SOURCE)
        .onLine(21)
        .atColumn(35);
  }

  @Test
  void twoStaticTagsWithOneKeyAreAnErrorOnTheSecondEntry() {
    assertThat(compilation)
        .hadErrorContaining(
            "[TagKeyDuplicate] tag key 'team' of static tag \"team:billing\" is already the key of"
                + " static tag \"team:payments\" in the span of method 'twoStaticTags'")
        .inFile(SOURCE)
        .onLine(25)
        .atColumn(35);
  }

  @Test
  void classLevelStaticTagsClashWithParametersAndAreReportedOnceWhateverTheMethodCount() {
    JavaFileObject source = fixture("bad/TagKeyDuplicateClassLevel.java");

    Compilation classLevel = compile(source);

    // Three traced methods, but the repeat among the class's own tags is reported once.
    assertThat(classLevel).hadErrorCount(2);
    assertThat(classLevel)
        .hadErrorContaining(
            "[TagKeyDuplicate] tag key 'team' of static tag \"team:billing\" of @Trace on class"
                + " TagKeyDuplicateClassLevel is already the key of static tag \"team:payments\" in"
                + " the span of each method it traces")
        .inFile(source)
        .onLine(6)
        .atColumn(46);
    assertThat(classLevel)
        .hadErrorContaining(
            "[TagKeyDuplicate] tag key 'tier' of parameter 'tier' is already the key of static tag"
                + " \"tier:gold\" of @Trace on class TagKeyDuplicateClassLevel in the span of"
                + " method 'first'")
        .inFile(source)
        .onLine(9)
        .atColumn(30);
  }

  @Test
  void distinctKeysPerSpanSameKeysAcrossSpansAndAMethodTraceReplacingTheClassesAreAccepted() {
    Compilation valid = compile(fixture("good/TagKeyDistinct.java"));

    assertThat(valid).succeededWithoutWarnings();
  }

  @Test
  void tagSpanKeysCollidingWithKeysTheMethodAlreadySetsAreAnError() {
    JavaFileObject source = fixture("bad/TagKeyDuplicateTagSpan.java");

    Compilation tagSpan = compile(source);

    // owner's 'customer.id' goes to place's own span, not the local root: no collision.
    assertThat(tagSpan).hadErrorCount(3);
    assertThat(tagSpan)
        .hadErrorContaining(
            "[TagKeyDuplicate] tag key 'cache' of parameter 'cache' is already the key of static"
                + " tag \"cache:catalog\" in the tags that method 'lookUp' adds to the current span:"
                + " a span keeps one value per key, so one would overwrite the other.")
        .inFile(source)
        .onLine(11)
        .atColumn(26);
    assertThat(tagSpan)
        .hadErrorContaining(
            "[TagKeyDuplicate] tag key 'sku' of parameter 'sku' is already the key of the return"
                + " value of 'lookUp' in the tags that method 'lookUp' adds to the current span")
        .inFile(source)
        .onLine(11)
        .atColumn(58);
    assertThat(tagSpan)
        .hadErrorContaining(
            "[TagKeyDuplicate] tag key 'customer.id' of parameter 'payer' is already the key of"
                + " parameter 'customer' in the local root tags of method 'place'")
        .inFile(source)
        .onLine(18)
        .atColumn(24);
  }
}
