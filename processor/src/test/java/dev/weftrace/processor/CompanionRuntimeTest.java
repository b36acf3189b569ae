package dev.weftrace.processor;

import static dev.weftrace.processor.Fixtures.allGood;
import static dev.weftrace.processor.Fixtures.compile;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.testing.compile.Compilation;
import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.TagSpan;
import dev.weftrace.annotation.Trace;
import dev.weftrace.processor.RecordingTagSink.Call;
import dev.weftrace.weaver.internal.MethodSpan;
import dev.weftrace.weaver.internal.MethodSpans;
import dev.weftrace.weaver.internal.SpanCompanion;
import dev.weftrace.weaver.internal.TagBinder;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Loads the compiled fixtures and their companions and checks the companions against the classes as
 * the JVM sees them: each {@code @Trace} method is found under the key the runtime computes from
 * its reflected parameter types, with the settings its annotation asks for, and its tags are bound
 * with the right sink calls.
 */
class CompanionRuntimeTest {

  private static CompiledClassLoader loader;

  @BeforeAll
  static void compileAndLoadFixtures() {
    Compilation compilation = compile(allGood());
    Fixtures.assertSucceededWithOnlyIntendedWarnings(compilation);
    loader = new CompiledClassLoader(compilation);
  }

  @Test
  void everyTracedMethodIsFoundUnderItsRuntimeMethodKeyWithItsAnnotationsSettings()
      throws Exception {
    List<Method> traced = new ArrayList<>();
    for (Class<?> type : userClasses()) {
      Arrays.stream(type.getDeclaredMethods())
          .filter(method -> method.isAnnotationPresent(Trace.class))
          .forEach(traced::add);
    }

    assertEquals(
        Set.of(
            "UnnamedPackageService",
            "fixtures.good.AsyncClient",
            "fixtures.good.Catalog",
            "fixtures.good.Greeter",
            "fixtures.good.Inventory",
            "fixtures.good.Journal",
            "fixtures.good.Ledger",
            "fixtures.good.OrderService",
            "fixtures.good.Outer$Inner",
            "fixtures.good.Outer$Nested",
            "fixtures.good.Outer$Nested$Deeper",
            "fixtures.good.Point",
            "fixtures.good.Repository",
            "fixtures.good.TagTypes"),
        traced.stream().map(m -> m.getDeclaringClass().getName()).collect(Collectors.toSet()));
    assertEquals(28, traced.size());
    assertAll(traced.stream().map(method -> () -> assertDescribes(method)));
  }

  @Test
  void untracedMethodsOfTracedClassesAreNotFound() throws Exception {
    Map<String, Executable> checks = new TreeMap<>();
    for (Class<?> type : userClasses()) {
      SpanCompanion companion = companionOf(type);
      if (companion == null) {
        continue;
      }
      for (Method method : type.getDeclaredMethods()) {
        if (!method.isAnnotationPresent(Trace.class)
            && !method.isAnnotationPresent(TagSpan.class)
            && !method.isSynthetic()) {
          String key = runtimeKey(method);
          checks.put(type.getSimpleName() + "." + key, () -> assertNull(companion.find(key), key));
        }
      }
    }

    assertEquals(
        Set.of(
            "Greeter.name()",
            "OrderService.untraced(java.lang.String)",
            "Point.equals(java.lang.Object)",
            "Point.hashCode()",
            "Point.toString()",
            "Point.y()"),
        checks.keySet());
    assertAll(checks.values());
  }

  @Test
  void tagsAreBoundWithTheSinkMethodOfTheirStaticType() throws Exception {
    Object high = enumConstant("fixtures.good.TagTypes$Priority", "HIGH");
    Duration timeout = Duration.ofSeconds(5);
    int[] counts = {1, 2};
    String[] rest = {"a", "b"};
    Object[] args = {
      "text",
      true,
      Boolean.FALSE,
      "not a tag",
      (byte) 1,
      (short) 2,
      3,
      4L,
      5,
      1.5f,
      2.25,
      'A',
      high,
      timeout,
      counts,
      rest
    };

    assertEquals(
        List.of(
            new Call("putString", "text", "text"),
            new Call("putBoolean", "flag", true),
            new Call("putValue", "boxedFlag", false),
            new Call("putLong", "tiny", 1L),
            new Call("putLong", "small", 2L),
            new Call("putLong", "count", 3L),
            new Call("putLong", "big.number", 4L),
            new Call("putValue", "boxedCount", 5),
            new Call("putDouble", "ratio", 1.5),
            new Call("putDouble", "amount", 2.25),
            new Call("putString", "grade", "A"),
            new Call("putValue", "priority", high),
            new Call("putValue", "timeout", timeout),
            new Call("putValue", "counts", counts),
            new Call("putValue", "names", rest)),
        bind(tagTypesRecord(), args));
  }

  @Test
  void nullTagValuesArePassedOnForTheSinkToLeaveOut() throws Exception {
    Object[] args = {
      null, false, null, null, (byte) 0, (short) 0, 0, 0L, null, 0f, 0d, 'x', null, null, null, null
    };

    List<Call> calls = bind(tagTypesRecord(), args);

    assertEquals(new Call("putString", "text", null), calls.get(0));
    assertEquals(
        List.of(
            new Call("putValue", "boxedFlag", null),
            new Call("putValue", "boxedCount", null),
            new Call("putValue", "priority", null),
            new Call("putValue", "timeout", null),
            new Call("putValue", "counts", null),
            new Call("putValue", "names", null)),
        calls.stream()
            .filter(call -> call.method().equals("putValue"))
            .collect(Collectors.toList()));
  }

  @Test
  void overloadsBindTheirOwnTags() throws Exception {
    Class<?> orders = loader.loadClass("fixtures.good.OrderService");
    Method twoArgs = orders.getDeclaredMethod("place", String.class, int.class);
    Method threeArgs = orders.getDeclaredMethod("place", String.class, int.class, boolean.class);

    assertEquals(List.of(new Call("putString", "order.id", "A-1")), bind(twoArgs, "A-1", 7));
    assertEquals(
        List.of(new Call("putString", "order.id", "A-1"), new Call("putLong", "quantity", 7L)),
        bind(threeArgs, "A-1", 7, true));
  }

  @Test
  void methodsWhoseTagsMethodNamesWouldCollideBindTheirOwnTags() throws Exception {
    Class<?> inventory = loader.loadClass("fixtures.good.Inventory");

    assertEquals(
        List.of(new Call("putString", "sku", "S-1"), new Call("putLong", "count", 2L)),
        bind(inventory.getDeclaredMethod("reserve", String.class, int.class), "S-1", 2));
    assertEquals(
        List.of(new Call("putLong", "batch", 9L)),
        bind(inventory.getDeclaredMethod("reserve2", long.class), 9L));
  }

  private static void assertDescribes(Method method) throws Exception {
    String key = runtimeKey(method);
    MethodSpan span = companionOf(method.getDeclaringClass()).find(key);
    assertNotNull(span, () -> "no span for " + key);

    Trace trace = method.getAnnotation(Trace.class);
    String defaultName = method.getDeclaringClass().getSimpleName() + "." + method.getName();
    assertEquals(
        trace.operationName().isEmpty() ? defaultName : trace.operationName(),
        span.spanName(),
        key);
    assertEquals(
        trace.resourceName().isEmpty() ? null : trace.resourceName(), span.resourceName(), key);
    assertEquals(trace.kind(), span.kind(), key);
    assertEquals(trace.measured(), span.measured(), key);
    assertEquals(trace.noParent(), span.noParent(), key);
    assertEquals(
        CompletionStage.class.isAssignableFrom(method.getReturnType()), span.completesLater(), key);
    boolean tagged =
        Arrays.stream(method.getParameterAnnotations())
            .flatMap(Arrays::stream)
            .anyMatch(SpanTag.class::isInstance);
    assertEquals(!tagged, span.tags() == TagBinder.NONE, key);
    // The weaver finds the same companion by itself, by the class's name.
    assertSame(
        span,
        MethodSpans.resolve(
            method.getDeclaringClass(), method.getName(), method.getParameterTypes(), null),
        key);
  }

  /** The key the weaver looks a woven method up by. */
  private static String runtimeKey(Method method) {
    return MethodSpans.methodKey(method.getName(), method.getParameterTypes());
  }

  /** The companion that the processor generated for {@code type}, or {@code null} if none. */
  private static SpanCompanion companionOf(Class<?> type) throws ReflectiveOperationException {
    StringBuilder name = new StringBuilder(type.getSimpleName());
    for (Class<?> c = type.getEnclosingClass(); c != null; c = c.getEnclosingClass()) {
      name.insert(0, c.getSimpleName() + "_");
    }
    name.append(SpanCompanion.SUFFIX);
    if (!type.getPackageName().isEmpty()) {
      name.insert(0, type.getPackageName() + ".");
    }
    if (!loader.classNames().contains(name.toString())) {
      return null;
    }
    return (SpanCompanion) loader.loadClass(name.toString()).getDeclaredConstructor().newInstance();
  }

  /** The compiled fixture classes, without the companions. */
  private static List<Class<?>> userClasses() throws ClassNotFoundException {
    List<Class<?>> classes = new ArrayList<>();
    for (String name : new TreeSet<>(loader.classNames())) {
      if (!name.endsWith(SpanCompanion.SUFFIX)) {
        classes.add(loader.loadClass(name));
      }
    }
    return classes;
  }

  private static Method tagTypesRecord() throws ReflectiveOperationException {
    Class<?> tagTypes = loader.loadClass("fixtures.good.TagTypes");
    return Arrays.stream(tagTypes.getDeclaredMethods())
        .filter(method -> method.getName().equals("record"))
        .findFirst()
        .orElseThrow();
  }

  private static Object enumConstant(String enumType, String name) throws ClassNotFoundException {
    return Arrays.stream(loader.loadClass(enumType).getEnumConstants())
        .filter(constant -> constant.toString().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void tagSpanMethodsAreFoundAsTaggingTheCurrentSpanAndLocalRootTagsBindApart() throws Exception {
    Class<?> catalog = loader.loadClass("fixtures.good.Catalog");
    SpanCompanion companion = companionOf(catalog);
    MethodSpan lookUp = companion.find("lookUp(java.lang.String,java.lang.String)");
    MethodSpan place = companion.find("place(java.lang.String,int)");

    assertEquals(true, lookUp.tagsCurrentSpan());
    assertEquals(false, place.tagsCurrentSpan());
    RecordingTagSink own = new RecordingTagSink();
    RecordingTagSink root = new RecordingTagSink();
    lookUp.tags().bind(new Object[] {"SKU-1", "cust-7"}, own);
    lookUp.localRootTags().bind(new Object[] {"SKU-1", "cust-7"}, root);
    place.localRootResultTags().bind(42L, root);
    assertEquals(List.of(new Call("putString", "item.sku", "SKU-1")), own.calls);
    assertEquals(
        List.of(
            new Call("putString", "customer.id", "cust-7"),
            new Call("putLong", "order.total", 42L)),
        root.calls);
    assertNull(place.resultTags());
  }

  private static List<Call> bind(Method method, Object... args) throws Exception {
    RecordingTagSink sink = new RecordingTagSink();
    companionOf(method.getDeclaringClass()).find(runtimeKey(method)).tags().bind(args, sink);
    return sink.calls;
  }
}
