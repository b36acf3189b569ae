package dev.weftrace.compat.lombok;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** A getter for every field, from the class-level {@code @Getter}. */
@Getter
@RequiredArgsConstructor
public class Account {
  private final String id;
  private final boolean active;
}
