package org.pmpathways.examples.web;

import java.io.IOException;

/**
 * A request body went past its limit while it was read. It is an {@link IOException} so that it
 * passes through the JSON parser and the message converters unchanged, and {@link Problems} answers
 * it with 413.
 */
final class BodyTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  private final long limit;

  BodyTooLargeException(String what, long limit) {
    super(what + " is larger than " + limit + " bytes");
    this.limit = limit;
  }

  long limit() {
    return limit;
  }
}
