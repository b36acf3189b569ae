package dev.weftrace.processor;

import java.util.Locale;
import java.util.Map;

/**
 * Tag keys that weftrace or the backend sets itself, with what to do instead. A tag with one of
 * them would fight the value set there (Datadog maps {@code resource.name}, {@code operation.name},
 * {@code service.name} and {@code span.type} to span fields, and writes {@code error.*} from the
 * recorded exception). Matched after lower-casing, as Datadog lower-cases keys.
 */
final class ReservedKeys {

  private static final String CONFIGURED =
      " set by the tracer's configuration for all spans (%s), not per span: remove this tag.";

  private static final String ERROR =
      "weftrace sets the error tags from the exception the method throws: remove this tag, or"
          + " choose a key outside 'error' and 'error.*'.";

  private static final Map<String, String> EXACT =
      Map.of(
          "resource.name",
          "weftrace sets it from @Trace(resourceName = ...): use that attribute instead of a tag.",
          "operation.name",
          "weftrace sets it from @Trace(operationName = ...): use that attribute instead of a tag.",
          "span.kind",
          "weftrace sets it from @Trace(kind = ...): use that attribute instead of a tag.",
          "service.name",
          "the service is" + String.format(CONFIGURED, "DD_SERVICE, OTEL_SERVICE_NAME"),
          "span.type",
          "the span type is set by the tracer and its integrations, not per span: remove this tag.",
          "env",
          "the environment is" + String.format(CONFIGURED, "DD_ENV"),
          "version",
          "the version is" + String.format(CONFIGURED, "DD_VERSION"),
          "error",
          ERROR);

  private ReservedKeys() {}

  /** Why {@code key} is reserved and what to use instead, or {@code null} if it is not. */
  static String advice(String key) {
    String lower = key.toLowerCase(Locale.ROOT);
    String exact = EXACT.get(lower);
    if (exact != null) {
      return exact;
    }
    if (lower.startsWith("error.")) {
      return ERROR;
    }
    if (lower.startsWith("_dd.")) {
      return "Datadog keeps keys starting with '_dd.' for its own bookkeeping: choose another key.";
    }
    return null;
  }
}
