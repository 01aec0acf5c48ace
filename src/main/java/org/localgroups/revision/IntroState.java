package org.localgroups.revision;

import java.util.List;
import org.localgroups.directory.IntroLine;

/** The directory's title and introduction in a revision. */
public record IntroState(String title, List<IntroLine> lines) implements EntityState {
  public IntroState {
    lines = List.copyOf(lines);
  }

  public static IntroState empty() {
    return new IntroState("", List.of());
  }

  @Override
  public EntityRef ref() {
    return EntityRef.INTRO;
  }

  @Override
  public String slug() {
    return "";
  }

  @Override
  public String label() {
    return "the introduction";
  }
}
