package dev.weftrace.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Word splitting and secret-name matching behind {@code [SensitiveTag]} and the key hints. */
class SensitiveNamesTest {

  @Test
  void namesSplitIntoLowerCaseWordsAcrossEveryNamingStyle() {
    assertEquals(List.of("api", "key"), Names.words("apiKey"));
    assertEquals(List.of("api", "key"), Names.words("api_key"));
    assertEquals(List.of("api", "key"), Names.words("API-KEY"));
    assertEquals(List.of("api", "key"), Names.words("api.key"));
    assertEquals(List.of("http", "status", "2"), Names.words("HTTPStatus2"));
    assertEquals(List.of("user", "ssn"), Names.words("userSSN"));
  }

  @Test
  void snakeCaseSplitsCamelCaseAndKeepsOtherSeparators() {
    assertEquals("customer_id", Names.snakeCase("customerId"));
    assertEquals("order_id", Names.snakeCase("orderID"));
    assertEquals("http_status", Names.snakeCase("HTTPStatus"));
    assertEquals("order.id", Names.snakeCase("Order.Id"));
  }

  @Test
  void secretWordsAndPairsMatchAsWholeWords() {
    assertEquals("password", SensitiveNames.match("userPassword"));
    assertEquals("password", SensitiveNames.match("passwords"));
    assertEquals("token", SensitiveNames.match("refresh-token"));
    assertEquals("credential", SensitiveNames.match("credentials"));
    assertEquals("ssn", SensitiveNames.match("userSSN"));
    assertEquals("api key", SensitiveNames.match("X_API_KEY"));
    assertEquals("apikey", SensitiveNames.match("apikey"));
    assertEquals("card number", SensitiveNames.match("card.number"));
  }

  @Test
  void lettersOfASecretInsideAnotherWordDoNotMatch() {
    assertNull(SensitiveNames.match("className"));
    assertNull(SensitiveNames.match("tokenizer"));
    assertNull(SensitiveNames.match("secretary"));
    assertNull(SensitiveNames.match("passage"));
    assertNull(SensitiveNames.match("keyApi"));
    assertNull(SensitiveNames.match("cardType"));
    assertNull(SensitiveNames.match("status"));
  }
}
