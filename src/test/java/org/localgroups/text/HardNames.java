package org.localgroups.text;

import java.util.List;

/**
 * Names that fold wrongly when each part of the code folds in its own way: letters that
 * decomposition does not strip (ß, ø, ł, Đ, æ, þ), the Turkish dotted and dotless i, Vietnamese
 * tone marks stacked on accents, Greek and Cyrillic (folded, not transliterated) and scripts
 * without case (passed through).
 */
public final class HardNames {
  /** A name as written and the key every user of the fold must give it. */
  public record Name(String written, String key) {}

  public static final List<Name> ALL =
      List.of(
          new Name("Straße", "strasse"),
          new Name("Tromsø", "tromso"),
          new Name("Łódź", "lodz"),
          new Name("İstanbul", "istanbul"),
          new Name("Diyarbakır", "diyarbakir"),
          new Name("Đà Nẵng", "da nang"),
          new Name("Hồ Chí Minh", "ho chi minh"),
          new Name("Ærø", "aero"),
          new Name("Þórshöfn", "thorshofn"),
          new Name("München", "munchen"),
          new Name("São Paulo", "sao paulo"),
          new Name("Αθήνα", "αθηνα"),
          new Name("Москва", "москва"),
          new Name("Київ", "киів"),
          new Name("東京", "東京"),
          new Name("서울", "서울"),
          new Name("กรุงเทพมหานคร", "กรุงเทพมหานคร"));

  private HardNames() {}
}
