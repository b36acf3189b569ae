package dev.weftrace.contract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weftrace.contract.ClassLevelTrace.Exclusion;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractTest {

  @Test
  void companionNameJoinsEnclosingSimpleNamesInTheSamePackage() {
    assertEquals(
        "com.example.Outer_Inner_WeftraceSpans",
        CompanionName.binaryName("com.example", List.of("Outer", "Inner")));
    assertEquals("Service_WeftraceSpans", CompanionName.binaryName("", List.of("Service")));
  }

  @Test
  void methodKeyListsErasedParameterTypeNames() {
    assertEquals(
        "place(java.lang.String,int[],pkg.Outer$Inner)",
        MethodKey.of("place", List.of("java.lang.String", "int[]", "pkg.Outer$Inner")));
    assertEquals("none()", MethodKey.of("none", List.of()));
  }

  @Test
  void wovenMarkIsTheAspectsNameInTheConstantPool() {
    byte[] woven = "\u0001\u0000&dev/weftrace/weaver/aspect/TraceAspect\u0007".getBytes(UTF_8);
    byte[] plain = "\u0001\u0000\u001edev/weftrace/annotation/Trace".getBytes(UTF_8);
    assertTrue(WovenMark.isWoven(woven));
    assertFalse(WovenMark.isWoven(plain));
    assertFalse(WovenMark.isWoven(new byte[0]));
  }

  @Test
  void wovenMarkIsAlsoTheTypedAdviceAnnotation() {
    byte[] typed = "\u0001\u0000.Ldev/weftrace/weaver/internal/TypedAdvice;\u0001".getBytes(UTF_8);
    byte[] otherInternal = "\u0001\u0000\u001edev/weftrace/weaver/internal/Tracing".getBytes(UTF_8);
    assertTrue(WovenMark.isWoven(typed));
    assertFalse(WovenMark.isWoven(otherInternal));
  }

  @Test
  void staticTagSplitsAtTheFirstColonAndNeedsAKey() {
    assertEquals(new StaticTag("url", "http://x"), StaticTag.parse("url:http://x"));
    assertEquals(new StaticTag("empty", ""), StaticTag.parse("empty:"));
    assertNull(StaticTag.parse("gold"));
    assertNull(StaticTag.parse(":gold"));
    assertNull(StaticTag.parse(null));
  }

  @Test
  void classLevelTraceCoversPublicWrittenMethodsWithABody() {
    assertNull(ClassLevelTrace.exclusion(method("place", List.of(), true, false, true)));
    assertEquals(
        Exclusion.NO_BODY,
        ClassLevelTrace.exclusion(method("place", List.of(), true, false, false)));
    assertEquals(
        Exclusion.NOT_PUBLIC,
        ClassLevelTrace.exclusion(method("place", List.of(), false, false, true)));
    assertEquals(
        Exclusion.OBJECT_METHOD,
        ClassLevelTrace.exclusion(method("equals", List.of("int"), true, false, true)));
  }

  @Test
  void classLevelTraceLeavesOutWhatTheCompilerDeclares() {
    List<String> string = List.of("java.lang.String");
    assertEquals(
        Exclusion.IMPLICIT,
        ClassLevelTrace.exclusion(
            new ClassLevelTrace.Method(
                "x", List.of(), true, false, true, false, false, List.of("x"))));
    assertEquals(
        Exclusion.IMPLICIT,
        ClassLevelTrace.exclusion(
            new ClassLevelTrace.Method(
                "valueOf", string, true, true, true, false, true, List.of())));
    assertNull(
        ClassLevelTrace.exclusion(
            new ClassLevelTrace.Method(
                "valueOf", List.of("int"), true, true, true, false, true, List.of())));
    assertEquals(
        Exclusion.IMPLICIT,
        ClassLevelTrace.exclusion(
            new ClassLevelTrace.Method(
                "run", List.of(), true, false, true, true, false, List.of())));
  }

  private static ClassLevelTrace.Method method(
      String name, List<String> parameters, boolean isPublic, boolean isStatic, boolean hasBody) {
    return new ClassLevelTrace.Method(
        name, parameters, isPublic, isStatic, hasBody, false, false, List.of());
  }

  @Test
  void tracedClassesListsOneBinaryNamePerLineSkippingBlankLines() {
    assertEquals(List.of("a.B", "c.D$E"), TracedClasses.parse("a.B\n\n  c.D$E \r\n"));
  }

  @Test
  void typedAspectNamesFollowTheClassTheyAdvise() {
    assertEquals("pkg/Outer_Inner_WeftraceAdvice", TypedAspectName.pathOf("pkg.Outer$Inner"));
    assertEquals("pkg.Outer_Inner_WeftraceAdvice", TypedAspectName.of("pkg.Outer$Inner"));
    assertEquals("Top_WeftraceAdvice", TypedAspectName.of("Top"));
  }

  @Test
  void aspectListNamesTheGenericAspectFirstThenTheTypedOnes() {
    assertEquals(
        "<aspectj>\n  <aspects>\n"
            + "    <aspect name=\"dev.weftrace.weaver.aspect.TraceAspect\"/>\n"
            + "    <aspect name=\"app.Shop_WeftraceAdvice\"/>\n"
            + "  </aspects>\n</aspectj>\n",
        AspectList.xml(List.of("app.Shop_WeftraceAdvice")));
  }
}
