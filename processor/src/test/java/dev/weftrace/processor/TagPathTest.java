package dev.weftrace.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.weftrace.processor.Fixtures.compile;
import static dev.weftrace.processor.Fixtures.fixture;

import com.google.testing.compile.Compilation;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Rules {@code [TagPathUnknown]} and {@code [TagPathInaccessible]}: a {@code @SpanTag} path must
 * name properties the static type has, which the generated code (in the traced class's package) can
 * read. Errors land on the {@code path} attribute.
 */
class TagPathTest {

  private static final JavaFileObject UNKNOWN = fixture("bad/TagPathUnknown.java");
  private static final JavaFileObject INACCESSIBLE = fixture("bad/paths/TagPathInaccessible.java");
  private static final JavaFileObject OTHER_PACKAGE = fixture("bad/paths/other/Account.java");

  @Test
  void unknownPropertyIsAnErrorListingThePropertiesThatExist() {
    Compilation compilation = compile(UNKNOWN);

    assertThat(compilation)
        .hadErrorContaining(
            "[TagPathUnknown] 'teir' is not a property of Customer: a property is a record"
                + " component, a getter getTeir()/isTeir() or a public field. Customer has:"
                + " active, id, nickname, tier")
        .inFile(UNKNOWN)
        .onLine(20)
        .atColumn(61);
    RuleDiagnostics.assertCount(compilation, "TagPathUnknown", Diagnostic.Kind.ERROR, 4);
  }

  @Test
  void unknownPropertyFurtherAlongSaysWhereThePathStopped() {
    assertThat(compile(UNKNOWN))
        .hadErrorContaining(
            "[TagPathUnknown] 'nmae' (after 'tier') is not a property of Tier: a property is a"
                + " record component, a getter getNmae()/isNmae() or a public field. Tier has:"
                + " level, name")
        .inFile(UNKNOWN)
        .onLine(23)
        .atColumn(67);
  }

  @Test
  void primitiveInTheMiddleOfAPathHasNoProperties() {
    assertThat(compile(UNKNOWN))
        .hadErrorContaining(
            "[TagPathUnknown] 'value' (after 'tier.level') cannot be read from int, which has no"
                + " properties")
        .inFile(UNKNOWN)
        .onLine(26);
  }

  @Test
  void emptySegmentIsAnError() {
    assertThat(compile(UNKNOWN))
        .hadErrorContaining("[TagPathUnknown] path 'tier..name' has an empty property name")
        .inFile(UNKNOWN)
        .onLine(32);
  }

  @Test
  void privateFieldIsInaccessible() {
    assertThat(compile(UNKNOWN))
        .hadErrorContaining(
            "[TagPathInaccessible] 'internalNote' of Customer is private, so code in package"
                + " 'fixtures.bad', where weftrace generates the code that reads the path, cannot"
                + " read it: make it public, or use a public property")
        .inFile(UNKNOWN)
        .onLine(29)
        .atColumn(69);
  }

  @Test
  void propertyOfAPrivateClassIsInaccessible() {
    assertThat(compile(INACCESSIBLE, OTHER_PACKAGE))
        .hadErrorContaining(
            "[TagPathInaccessible] 'id' belongs to Hidden, which code in package"
                + " 'fixtures.bad.paths' cannot see")
        .inFile(INACCESSIBLE)
        .onLine(13)
        .atColumn(59);
  }

  @Test
  void packagePrivateGetterOfAnotherPackageIsInaccessibleButItsPublicOneIsFine() {
    Compilation compilation = compile(INACCESSIBLE, OTHER_PACKAGE);

    assertThat(compilation)
        .hadErrorContaining(
            "[TagPathInaccessible] 'owner' of Account is package-private, so code in package"
                + " 'fixtures.bad.paths'")
        .inFile(INACCESSIBLE)
        .onLine(16)
        .atColumn(86);
    // publicGetterElsewhere (line 19) is fine: two errors in all.
    RuleDiagnostics.assertCount(compilation, "TagPathInaccessible", Diagnostic.Kind.ERROR, 2);
  }
}
