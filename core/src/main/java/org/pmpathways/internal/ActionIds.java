package org.pmpathways.internal;

import java.util.regex.Pattern;

/**
 * What an action id may be, in one place: the advice gives ids of this form, a profile's
 * {@code completedActions} accept only these, and a host rule that proposes an id written in its DRL
 * is checked against it when the advisor is built, so that every action of a plan can be marked done.
 *
 * <p>Not part of the library's API: the package is not exported. Thread-safe: no state.
 */
public final class ActionIds {
  /** How an error says what an action id may be. */
  public static final String FORM = "upper case letters, digits and underscores, starting with a letter,"
      + " at most 64 characters";

  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  private ActionIds() {}

  /** Whether {@code id} is an action id. */
  public static boolean isActionId(String id) {
    return ID.matcher(id).matches();
  }
}
