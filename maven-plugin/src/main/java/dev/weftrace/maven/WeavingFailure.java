package dev.weftrace.maven;

/** The build must fail: the message says why and names the fix. */
final class WeavingFailure extends Exception {

  private static final long serialVersionUID = 1L;

  WeavingFailure(String message) {
    super(message);
  }
}
