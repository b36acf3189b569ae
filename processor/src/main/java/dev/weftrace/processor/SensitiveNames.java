package dev.weftrace.processor;

import java.util.List;
import java.util.Set;

/**
 * Recognises names that look like secrets, by whole words: {@code password}, {@code passwd}, {@code
 * secret}, {@code token}, {@code credential}, {@code ssn}, {@code cvv} (and their plurals), and the
 * pairs api+key, private+key, card+number (also written as one word, {@code apikey}), in camelCase,
 * snake_case, kebab-case or dotted form ({@link Names#words}). Whole words keep false alarms down:
 * {@code className} is not an {@code ssn}, {@code tokenizer} is not a {@code token}.
 */
final class SensitiveNames {

  private static final Set<String> WORDS =
      Set.of(
          "password",
          "passwd",
          "secret",
          "token",
          "credential",
          "ssn",
          "cvv",
          "apikey",
          "privatekey",
          "cardnumber");

  private static final List<List<String>> PAIRS =
      List.of(List.of("api", "key"), List.of("private", "key"), List.of("card", "number"));

  private SensitiveNames() {}

  /**
   * The word or pair in {@code name} that looks like a secret, such as {@code "token"} or {@code
   * "api key"}; {@code null} if there is none.
   */
  static String match(String name) {
    List<String> words = Names.words(name);
    for (int i = 0; i < words.size(); i++) {
      String word = singular(words.get(i));
      if (WORDS.contains(word)) {
        return word;
      }
      if (i + 1 < words.size()) {
        String next = singular(words.get(i + 1));
        for (List<String> pair : PAIRS) {
          if (pair.get(0).equals(word) && pair.get(1).equals(next)) {
            return word + " " + next;
          }
        }
      }
    }
    return null;
  }

  /** {@code tokens} → {@code token}; short words stay ({@code ssns} is rare, {@code s} is not). */
  private static String singular(String word) {
    return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")
        ? word.substring(0, word.length() - 1)
        : word;
  }
}
