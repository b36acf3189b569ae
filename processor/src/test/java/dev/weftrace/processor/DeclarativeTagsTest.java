package dev.weftrace.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.weftrace.processor.Fixtures.compile;
import static dev.weftrace.processor.Fixtures.fixture;
import static dev.weftrace.processor.Goldens.assertGeneratedSourcesMatchGoldens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.weftrace.annotation.Trace;
import dev.weftrace.contract.TracedClasses;
import dev.weftrace.processor.RecordingTagSink.Call;
import dev.weftrace.weaver.internal.MethodSpan;
import dev.weftrace.weaver.internal.SpanCompanion;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Class-level {@code @Trace}, static tags, return-value tags and property paths: the generated code
 * as text (goldens), and what it does when loaded and called.
 */
class DeclarativeTagsTest {

  private static final String[] FIXTURES = {
    "declarative/Payments.java", "declarative/Parcel.java", "declarative/Accounts.java"
  };

  private static Compilation compilation;
  private static CompiledClassLoader loader;

  @BeforeAll
  static void compileFixtures() {
    compilation = compileAll();
    assertThat(compilation).succeededWithoutWarnings();
    loader = new CompiledClassLoader(compilation);
  }

  private static Compilation compileAll() {
    JavaFileObject[] sources = new JavaFileObject[FIXTURES.length];
    for (int i = 0; i < FIXTURES.length; i++) {
      sources[i] = fixture(FIXTURES[i]);
    }
    return compile(sources);
  }

  @Test
  void generatedCompanionsMatchTheirGoldens(TestInfo test) {
    assertGeneratedSourcesMatchGoldens(compileAll(), test);
  }

  @Test
  void classLevelTraceCoversThePublicMethodsTheClassDeclares() throws Exception {
    SpanCompanion payments = companion("Payments");

    MethodSpan authorize = payments.find("authorize(java.lang.String)");
    assertNotNull(authorize);
    assertEquals("Payments.authorize", authorize.spanName());
    assertEquals(Trace.Kind.CLIENT, authorize.kind());
    assertNotNull(payments.find("create()"), "public static methods are covered too");
    for (String untraced :
        List.of(
            "packagePrivate()",
            "helper()",
            "toString()",
            "equals(java.lang.Object)",
            "hashCode()")) {
      assertNull(payments.find(untraced), untraced);
    }
  }

  @Test
  void methodLevelTraceReplacesTheClassLevelOneEntirely() throws Exception {
    MethodSpan refund = companion("Payments").find("refund(java.lang.String)");

    assertEquals("payments.refund", refund.spanName());
    assertEquals(Trace.Kind.INTERNAL, refund.kind());
    assertEquals(List.of(), staticTags(refund));
  }

  @Test
  void classLevelStaticTagsApplyToEachCoveredMethod() throws Exception {
    assertEquals(
        List.of(
            new Call("putString", "team", "payments"),
            new Call("putString", "peer.service", "card-gateway")),
        staticTags(companion("Payments").find("create()")));
  }

  @Test
  void recordAccessorsAreNotCoveredByAClassLevelTrace() throws Exception {
    SpanCompanion parcel = companion("Parcel");

    assertNotNull(parcel.find("heavier(int)"));
    assertNull(parcel.find("id()"));
    assertNull(parcel.find("weight()"));
    assertNull(parcel.find("toString()"));
  }

  @Test
  void pathsReadRecordComponentsGettersBooleanGettersAndPublicFields() throws Exception {
    Object tier = enumConstant("Accounts$Tier", "GOLD");
    Object customer = customer("c-7", tier, address("Lyon", "FR"), true);
    customer.getClass().getField("nickname").set(customer, "Sam");

    assertEquals(
        List.of(
            new Call("putString", "customer.id", "c-7"),
            new Call("putValue", "customer.tier", tier),
            new Call("putString", "customer.city", "Lyon"),
            new Call("putBoolean", "customer.active", true),
            new Call("putString", "customer.nickname", "Sam")),
        bind("open(fixtures.declarative.Accounts$Customer)", customer));
  }

  @Test
  void nullAnywhereAlongAPathLeavesThatTagOut() throws Exception {
    Object customer = customer("c-8", null, null, false);

    // address.city stops at the null address; a null last value reaches the sink, which drops it.
    assertEquals(
        List.of(
            new Call("putString", "customer.id", "c-8"),
            new Call("putValue", "customer.tier", null),
            new Call("putBoolean", "customer.active", false),
            new Call("putString", "customer.nickname", null)),
        bind("open(fixtures.declarative.Accounts$Customer)", customer));
    assertEquals(List.of(), bind("open(fixtures.declarative.Accounts$Customer)", (Object) null));
  }

  @Test
  void pathsFollowTypeArguments() throws Exception {
    Object box =
        loader
            .loadClass("fixtures.declarative.Accounts$Box")
            .getConstructor(Object.class)
            .newInstance(customer("c-9", null, address("Oslo", "NO"), true));

    assertEquals(
        List.of(new Call("putString", "boxed.city", "Oslo")),
        bind("boxed(fixtures.declarative.Accounts$Box)", box));
  }

  @Test
  void returnValueIsTaggedByItsType() throws Exception {
    SpanCompanion accounts = companion("Accounts");

    assertEquals(
        List.of(new Call("putValue", "balance", BigDecimal.TEN)),
        bindResult(accounts.find("balance(java.lang.String)"), BigDecimal.TEN));
    assertEquals(
        List.of(new Call("putLong", "count", 3L)), bindResult(accounts.find("count()"), 3));
  }

  @Test
  void completedValueOfAStageIsTaggedThroughItsPaths() throws Exception {
    MethodSpan pay = companion("Accounts").find("pay(long)");
    Object receipt =
        loader
            .loadClass("fixtures.declarative.Accounts$Receipt")
            .getConstructor(String.class, long.class)
            .newInstance("r-1", 250L);

    assertTrue(pay.completesLater());
    assertEquals(
        List.of(
            new Call("putString", "receipt.id", "r-1"), new Call("putLong", "receipt.cents", 250L)),
        bindResult(pay, receipt));
    assertEquals(List.of(), bindResult(pay, null));
  }

  @Test
  void ignoredExceptionsAndTheirSubclassesAreExpectedOthersAreNot() throws Exception {
    MethodSpan find = companion("Accounts").find("find(java.lang.String)");

    assertTrue(find.ignores(new java.util.NoSuchElementException()));
    assertTrue(find.ignores(new NumberFormatException()), "a subclass of IllegalArgumentException");
    assertFalse(find.ignores(new IllegalStateException()));
    assertFalse(companion("Accounts").find("count()").ignores(new IllegalArgumentException()));
  }

  @Test
  void methodsWithoutResultTagsHaveNoResultBinder() throws Exception {
    assertNull(companion("Payments").find("create()").resultTags());
  }

  @Test
  void catalogListsEverySpanWithItsTagsAndTheirSources() throws Exception {
    String catalog = resource(SpanCatalogWriter.CATALOG);

    assertTrue(catalog.contains("\"name\": \"Payments.authorize\""), catalog);
    assertTrue(catalog.contains("\"method\": \"open(fixtures.declarative.Accounts$Customer)\""));
    assertTrue(
        catalog.contains(
            "{\"key\": \"customer.city\", \"source\": \"parameter customer, path address.city\"}"));
    assertTrue(
        catalog.contains("{\"key\": \"receipt.id\", \"source\": \"completed value, path id\"}"));
    assertTrue(catalog.contains("{\"key\": \"balance\", \"source\": \"return value\"}"));
    assertTrue(catalog.contains("{\"key\": \"team\", \"source\": \"static value payments\"}"));
    assertEquals(
        "fixtures.declarative.Payments\nfixtures.declarative.Parcel\nfixtures.declarative.Accounts\n",
        resource(TracedClasses.RESOURCE));
  }

  private static SpanCompanion companion(String simpleName) throws Exception {
    return (SpanCompanion)
        loader
            .loadClass("fixtures.declarative." + simpleName + "_WeftraceSpans")
            .getDeclaredConstructor()
            .newInstance();
  }

  private static List<Call> bind(String methodKey, Object... args) throws Exception {
    RecordingTagSink sink = new RecordingTagSink();
    companion("Accounts").find(methodKey).tags().bind(args, sink);
    return sink.calls;
  }

  private static List<Call> bindResult(MethodSpan span, Object result) {
    RecordingTagSink sink = new RecordingTagSink();
    span.resultTags().bind(result, sink);
    return sink.calls;
  }

  private static List<Call> staticTags(MethodSpan span) {
    RecordingTagSink sink = new RecordingTagSink();
    span.putStaticTags(sink);
    return sink.calls;
  }

  private static Object customer(String id, Object tier, Object address, boolean active)
      throws Exception {
    Class<?> type = loader.loadClass("fixtures.declarative.Accounts$Customer");
    return type.getConstructors()[0].newInstance(id, tier, address, active);
  }

  private static Object address(String city, String country) throws Exception {
    return loader
        .loadClass("fixtures.declarative.Accounts$Address")
        .getConstructor(String.class, String.class)
        .newInstance(city, country);
  }

  private static Object enumConstant(String nestedName, String constant) throws Exception {
    Class<?> type = loader.loadClass("fixtures.declarative." + nestedName);
    return type.getField(constant).get(null);
  }

  private static String resource(String name) throws IOException {
    JavaFileObject file =
        compilation.generatedFile(StandardLocation.CLASS_OUTPUT, name).orElseThrow();
    return file.getCharContent(true).toString();
  }
}
