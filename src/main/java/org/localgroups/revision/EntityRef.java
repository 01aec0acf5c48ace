package org.localgroups.revision;

/** One entity of the directory: a group or region by its id, or the intro. */
public record EntityRef(EntityKind kind, String id) {
  /** The directory's title and introduction: there is one. */
  public static final EntityRef INTRO = new EntityRef(EntityKind.INTRO, "intro");

  public static EntityRef group(String id) {
    return new EntityRef(EntityKind.GROUP, id);
  }

  public static EntityRef region(String id) {
    return new EntityRef(EntityKind.REGION, id);
  }

  @Override
  public String toString() {
    return kind.id() + ":" + id;
  }
}
