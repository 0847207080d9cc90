package org.pmpathways.internal;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * An immutable list whose items are made when it is first read, not before: the advice carries its
 * texts this way, so that a caller who never reads a text never pays for it. The supplier runs at
 * most once, on whichever thread reads the list first; its items are then kept (copied with
 * {@link List#copyOf}, so a null item is refused as in any immutable list) and published safely to
 * every thread. It equals, hashes and prints as any list with the same items.
 *
 * <p>Not part of the library's API: the package is not exported. Thread-safe.
 *
 * @param <T> the type of the items
 */
public final class Later<T> extends AbstractList<T> implements RandomAccess {
  private Supplier<? extends List<? extends T>> make;
  private volatile List<T> made;

  private Later(Supplier<? extends List<? extends T>> make) {
    this.make = make;
  }

  /** A list made by the supplier when first read. */
  public static <T> List<T> of(Supplier<? extends List<? extends T>> make) {
    return new Later<>(Objects.requireNonNull(make, "make must not be null"));
  }

  /** Whether a list is made when first read. */
  public static boolean isLater(List<?> list) {
    return list instanceof Later;
  }

  /**
   * The list as a value may keep it: a list made when first read as it is (it is immutable already),
   * any other an immutable copy ({@link List#copyOf}).
   */
  public static <T> List<T> keep(List<T> list) {
    return list instanceof Later ? list : List.copyOf(list);
  }

  private List<T> made() {
    List<T> m = made;
    if (m == null) {
      synchronized (this) {
        m = made;
        if (m == null) {
          m = List.copyOf(make.get());
          made = m;
          make = null;
        }
      }
    }
    return m;
  }

  @Override
  public T get(int index) {
    return made().get(index);
  }

  @Override
  public int size() {
    return made().size();
  }

  @Override
  public boolean isEmpty() {
    return made().isEmpty();
  }

  @Override
  public boolean contains(Object o) {
    return made().contains(o);
  }

  @Override
  public int indexOf(Object o) {
    return made().indexOf(o);
  }

  @Override
  public Object[] toArray() {
    return made().toArray();
  }

  @Override
  public <A> A[] toArray(A[] a) {
    return made().toArray(a);
  }

  @Override
  public boolean equals(Object o) {
    return o == this || made().equals(o);
  }

  @Override
  public int hashCode() {
    return made().hashCode();
  }

  @Override
  public String toString() {
    return made().toString();
  }
}
