package shop;

import lombok.Value;

/** Lombok writes the getters that the @SpanTag path reads. */
@Value
public class Order {
  String id;
  int lines;
}
