package org.localgroups.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.localgroups.LocalGroupsException;
import org.localgroups.curate.Editor;
import org.localgroups.directory.Directory;
import org.localgroups.directory.GroupStatus;
import org.localgroups.fetch.Outcome;

/**
 * What a run of checks suggests changing: a link that moved permanently is replaced by its new
 * home, a group that is possibly inactive gets the status "inactive". Nothing is ever removed. With
 * no moderation queue yet, each suggestion is made, when asked, as a revision by {@link #AUTHOR}
 * whose comment gives the evidence.
 */
public final class Suggestions {
  /** The author of the checker's revisions. */
  public static final String AUTHOR = "link-checker";

  /** A suggested change. */
  public sealed interface Suggestion {
    String groupSlug();

    /** For people: "http://a.org/ moved to https://a.org/". */
    String described();
  }

  /** A link with a new home. */
  public record MovedLink(String groupSlug, String from, String to) implements Suggestion {
    @Override
    public String described() {
      return from + " moved permanently to " + to;
    }
  }

  /** A group the evidence says is possibly inactive. */
  public record Inactive(String groupSlug, Evidence evidence) implements Suggestion {
    @Override
    public String described() {
      return "possibly inactive: " + evidence.explanation();
    }
  }

  /** A suggestion made (with its revision) or not (with why). */
  public record Made(Suggestion suggestion, long revision, String refused) {}

  private Suggestions() {}

  /** What a run suggests, from its checks and the groups' evidence after it. */
  public static List<Suggestion> of(
      List<LinkChecker.Checked> run, Directory d, Map<String, Evidence> evidence) {
    List<Suggestion> out = new ArrayList<>();
    for (LinkChecker.Checked c : run) {
      String to = c.check().suggestedUrl();
      if (c.check().outcome() == Outcome.MOVED_PERMANENTLY
          && to != null
          && !to.equals(c.link().url())) {
        out.add(new MovedLink(c.group().slug(), c.link().url(), to));
      }
    }
    run.stream()
        .map(LinkChecker.Checked::group)
        .distinct()
        .forEach(
            g -> {
              Evidence e = evidence.get(g.id());
              if (e != null
                  && e.kind() == Evidence.Kind.POSSIBLY_INACTIVE
                  && g.status() != GroupStatus.INACTIVE
                  && g.status() != GroupStatus.DEFUNCT
                  && d.group(g.slug()).isPresent()) {
                out.add(new Inactive(g.slug(), e));
              }
            });
    return out;
  }

  /** Makes each suggestion a revision by {@link #AUTHOR}; a refused one is reported, not thrown. */
  public static List<Made> apply(List<Suggestion> suggestions, Editor editor) {
    List<Made> out = new ArrayList<>();
    for (Suggestion s : suggestions) {
      try {
        Editor.Edited made =
            switch (s) {
              case MovedLink m ->
                  editor.replaceLink(
                      m.groupSlug(),
                      m.from(),
                      m.to(),
                      0,
                      new Editor.Attribution(
                          AUTHOR,
                          "The link "
                              + m.from()
                              + " answered with a permanent redirect to "
                              + m.to()
                              + "."));
              case Inactive i ->
                  editor.edit(
                      i.groupSlug(),
                      inactive(),
                      0,
                      new Editor.Attribution(
                          AUTHOR, "Possibly inactive: " + i.evidence().explanation()));
            };
        out.add(new Made(s, made.revision(), ""));
      } catch (LocalGroupsException refused) {
        out.add(new Made(s, 0, refused.getMessage()));
      }
    }
    return out;
  }

  private static Editor.GroupFields inactive() {
    Editor.GroupFields none = Editor.GroupFields.none();
    return new Editor.GroupFields(
        none.name(),
        none.description(),
        Optional.of("inactive"),
        none.founded(),
        none.meeting(),
        List.of(),
        List.of(),
        Optional.empty(),
        Optional.empty());
  }
}
