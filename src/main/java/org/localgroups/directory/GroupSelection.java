package org.localgroups.directory;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The groups of a directory that pass a {@link GroupFilter}, in the directory's order, ready to be
 * read a page at a time: a page costs what it holds, however many groups the directory has. Made by
 * {@link Directory#select(GroupFilter)}; immutable.
 */
public final class GroupSelection {
  private final List<Group> groups;
  private final Positions ordinals;

  /** The positions (in the directory's list of groups) of the groups selected. */
  private interface Positions {
    int size();

    int get(int i);

    /** The index of the first position greater than {@code ordinal}. */
    int after(int ordinal);
  }

  private GroupSelection(List<Group> groups, Positions ordinals) {
    this.groups = groups;
    this.ordinals = ordinals;
  }

  /** Every group of the list. */
  static GroupSelection all(List<Group> groups) {
    return new GroupSelection(
        groups,
        new Positions() {
          @Override
          public int size() {
            return groups.size();
          }

          @Override
          public int get(int i) {
            return i;
          }

          @Override
          public int after(int ordinal) {
            return Math.max(0, Math.min(groups.size(), ordinal + 1));
          }
        });
  }

  /** The groups at these positions, ascending and distinct (not copied: never changed). */
  static GroupSelection of(List<Group> groups, int[] sorted) {
    return new GroupSelection(
        groups,
        new Positions() {
          @Override
          public int size() {
            return sorted.length;
          }

          @Override
          public int get(int i) {
            return sorted[i];
          }

          @Override
          public int after(int ordinal) {
            int at = Arrays.binarySearch(sorted, ordinal);
            return at >= 0 ? at + 1 : -at - 1;
          }
        });
  }

  /** How many groups are selected. */
  public int total() {
    return ordinals.size();
  }

  /** The groups from the {@code offset}-th (0-based), at most {@code limit} of them. */
  public List<Group> page(long offset, int limit) {
    int from = (int) Math.min(Math.max(0, offset), total());
    int to = (int) Math.min((long) from + Math.max(0, limit), total());
    return slice(from, to);
  }

  /**
   * The index in this selection (0-based) of the first selected group that comes after the group at
   * {@code ordinal} (its position in {@link Directory#groups()}): where the page after a cursor
   * starts; {@link #total()} when none does.
   */
  public int indexAfter(int ordinal) {
    return ordinals.after(ordinal);
  }

  /** The selected group at an index (0-based), when there is one. */
  public Optional<Group> at(int index) {
    return index >= 0 && index < total()
        ? Optional.of(groups.get(ordinals.get(index)))
        : Optional.empty();
  }

  private List<Group> slice(int from, int to) {
    int size = to - from;
    // a view over the directory's list: nothing is copied but the page asked for
    return List.copyOf(
        new AbstractList<Group>() {
          @Override
          public Group get(int i) {
            return groups.get(ordinals.get(from + i));
          }

          @Override
          public int size() {
            return size;
          }
        });
  }
}
