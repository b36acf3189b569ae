package dev.weftrace.contract;

/**
 * One entry of {@code @Trace(tags = ...)}: {@code "key:value"}, split at the first colon, so the
 * value may contain colons ({@code "url:http://x"}). An entry without a key before its colon
 * ({@code "gold"}, {@code ":gold"}) is malformed: the processor rejects it ({@code
 * [StaticTagMalformed]}) and the runtime leaves it out.
 *
 * @param key the text before the first colon, never empty
 * @param value the text after it, possibly empty
 */
public record StaticTag(String key, String value) {

  /** The tag {@code entry} is written as, or {@code null} if it is malformed (or {@code null}). */
  public static StaticTag parse(String entry) {
    int colon = entry == null ? -1 : entry.indexOf(':');
    return colon > 0 ? new StaticTag(entry.substring(0, colon), entry.substring(colon + 1)) : null;
  }
}
