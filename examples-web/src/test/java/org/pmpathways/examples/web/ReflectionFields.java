package org.pmpathways.examples.web;

import java.lang.reflect.Field;

/** Reads a private field, for tests that check which bean a component holds. */
final class ReflectionFields {
  private ReflectionFields() {}

  static Object read(Object target, String name) {
    try {
      Field field = target.getClass().getDeclaredField(name);
      field.setAccessible(true);
      return field.get(target);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
