package dev.weftrace.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.weftrace.processor.Fixtures.compile;
import static dev.weftrace.processor.Fixtures.fixture;

import com.google.testing.compile.Compilation;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** The span catalog lists {@code @TagSpan} methods and marks the tags that go to the local root. */
class TagSpanCatalogTest {

  @Test
  void catalogMarksTagSpanMethodsAndLocalRootTags() {
    Compilation compilation = compile(fixture("good/Catalog.java"));

    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, SpanCatalogWriter.CATALOG)
        .contentsAsUtf8String()
        .contains(
            "\"method\": \"remember(boolean)\",\n"
                + "      \"name\": \"Catalog.remember\",\n"
                + "      \"resource\": \"\",\n"
                + "      \"kind\": \"INTERNAL\",\n"
                + "      \"async\": false,\n"
                + "      \"tagsCurrentSpan\": true,\n"
                + "      \"tags\": [\n"
                + "        {\"key\": \"cache.hit\", \"source\": \"parameter hit\"}\n"
                + "      ]");
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, SpanCatalogWriter.CATALOG)
        .contentsAsUtf8String()
        .contains(
            "{\"key\": \"customer.id\", \"source\": \"parameter customer\", \"span\": \"local"
                + " root\"},\n"
                + "        {\"key\": \"order.total\", \"source\": \"return value\", \"span\":"
                + " \"local root\"}");
  }
}
