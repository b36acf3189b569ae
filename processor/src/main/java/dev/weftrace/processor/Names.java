package dev.weftrace.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits identifiers and keys into lower-case words, across camelCase, snake_case, kebab-case and
 * dotted forms, so that rules can match whole words ({@code className} is "class", "name", and
 * never matches "ssn").
 */
final class Names {

  private Names() {}

  /**
   * The words of {@code name}, lower-cased: {@code "apiKey"}, {@code "api_key"}, {@code "API-KEY"}
   * and {@code "api.key"} all give {@code [api, key]}; {@code "HTTPStatus2"} gives {@code [http,
   * status, 2]}. Characters other than letters and digits separate words.
   */
  static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int[] cps = name.codePoints().toArray();
    for (int i = 0; i < cps.length; i++) {
      int c = cps[i];
      if (!Character.isLetterOrDigit(c)) {
        flush(word, words);
        continue;
      }
      if (word.length() > 0 && startsWord(cps, i)) {
        flush(word, words);
      }
      word.appendCodePoint(c);
    }
    flush(word, words);
    return words;
  }

  /**
   * Whether {@code cps[i]} starts a new word inside a run of letters and digits: a capital after a
   * lower-case letter or digit ({@code apiKey}), the last capital of an acronym before a lower-case
   * letter ({@code HTTPStatus}), or a change between letters and digits.
   */
  private static boolean startsWord(int[] cps, int i) {
    int previous = cps[i - 1];
    int c = cps[i];
    if (Character.isDigit(c) != Character.isDigit(previous)) {
      return true;
    }
    if (!Character.isUpperCase(c)) {
      return false;
    }
    if (!Character.isUpperCase(previous)) {
      return true;
    }
    return i + 1 < cps.length && Character.isLowerCase(cps[i + 1]);
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString().toLowerCase(Locale.ROOT));
      word.setLength(0);
    }
  }

  /**
   * {@code name} in lower case with {@code _} where a camelCase word starts, keeping every other
   * character: {@code customerId} gives {@code customer_id}, {@code Order.Id} gives {@code
   * order.id}, {@code HTTPStatus} gives {@code http_status}.
   */
  static String snakeCase(String name) {
    StringBuilder snake = new StringBuilder();
    int[] cps = name.codePoints().toArray();
    for (int i = 0; i < cps.length; i++) {
      if (i > 0
          && Character.isUpperCase(cps[i])
          && Character.isLetterOrDigit(cps[i - 1])
          && startsWord(cps, i)) {
        snake.append('_');
      }
      snake.appendCodePoint(cps[i]);
    }
    return snake.toString().toLowerCase(Locale.ROOT);
  }
}
