package dev.weftrace.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weftrace.weaver.Weftrace;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** The one-line guard a user adds to their own tests, and the span catalog the build wrote. */
class WeavingSetupTest {

  private static final String CATALOG = "META-INF/weftrace/spans.json";

  @Test
  void everyTracedClassOfTheSampleIsWoven() {
    Weftrace.assertWoven();
  }

  @Test
  void buildWroteTheSpanCatalogWithTheTagsAndTheirSources() throws Exception {
    // One catalog per compilation: main classes, and test classes with traced methods of their own.
    StringBuilder catalogs = new StringBuilder();
    for (URL url : Collections.list(getClass().getClassLoader().getResources(CATALOG))) {
      try (InputStream in = url.openStream()) {
        catalogs.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }

    assertThat(catalogs.toString())
        .contains("\"name\": \"OrderService.placeOrder\"")
        .contains("{\"key\": \"order.id\", \"source\": \"parameter order, path id\"}")
        .contains("{\"key\": \"reservation.id\", \"source\": \"completed value, path id\"}")
        .contains("{\"key\": \"team\", \"source\": \"static value checkout\"}");
  }
}
