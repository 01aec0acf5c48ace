package org.localgroups.checks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.localgroups.directory.Group;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.Link;
import org.localgroups.fetch.Outcome;

/**
 * Whether a group is alive, and why we think so: the one place where a group's status is derived
 * from evidence (its listing, the checks of its links, what people said). No group is called alive
 * without a link that answered or a person who confirmed it.
 *
 * @param kind which evidence decides
 * @param date the date it refers to (verified on, listed since, failing since...); null when none
 * @param explanation one sentence for people, with the date ("A link answered on 2026-12-07.")
 */
public record Evidence(Kind kind, @Nullable Instant date, String explanation) {

  /**
   * A group is possibly inactive when every link failed its last this-many checks ... (with {@link
   * #FAILING_FOR}). Three: one failed check is often a server's bad day, three in a row at least
   * {@code FAILING_FOR} apart are not.
   */
  public static final int FAILED_CHECKS = 3;

  /** ... over at least this long, from the first of those checks to the last. */
  public static final Duration FAILING_FOR = Duration.ofDays(14);

  /** What the evidence says, best first. */
  public enum Kind {
    /** A link answered (OK or moved). */
    VERIFIED("Verified"),
    /** An organiser confirmed it meets. */
    CONFIRMED("Confirmed"),
    /** Listed, with no check of a link yet. */
    LISTED("Not yet checked"),
    /** Every checked link fails, not yet for long. */
    FAILING("Links failing"),
    /** Every link failed its last checks over weeks, or it only links to closed platforms. */
    POSSIBLY_INACTIVE("Possibly inactive"),
    /** Someone reported it gone, and nothing newer says otherwise. */
    REPORTED("Reported inactive"),
    /** Its listing says it is inactive. */
    INACTIVE("Inactive"),
    /** Its listing says it is defunct. */
    DEFUNCT("Defunct");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** The badge's words. */
    public String label() {
      return label;
    }

    /** The kind in lower case with hyphens ("possibly-inactive"), for CSS classes and JSON. */
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /** The date, as a day in UTC ("2026-12-07"), "" when there is none. */
  public String day() {
    return date == null ? "" : day(date);
  }

  static String day(Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
  }

  /**
   * Derives a group's evidence.
   *
   * @param g the group as listed now
   * @param firstListed when it first appeared in the directory, if known
   * @param links the history of each of its links' checks, by link identity (other links ignored)
   * @param said what people said of it, in any order
   */
  public static Evidence of(
      Group g,
      Optional<Instant> firstListed,
      Map<String, LinkHistory> links,
      List<Statement> said) {
    if (g.status() == GroupStatus.DEFUNCT) {
      return new Evidence(Kind.DEFUNCT, null, "Its listing says the group is defunct.");
    }
    if (g.status() == GroupStatus.INACTIVE) {
      return new Evidence(Kind.INACTIVE, null, "Its listing says the group is no longer active.");
    }
    List<Link> checkable = g.links().stream().filter(LinkChecker::checkable).toList();
    Set<String> identities = new LinkedHashSet<>();
    checkable.forEach(l -> identities.add(l.identity()));
    List<LinkHistory> checked = identities.stream().map(links::get).filter(h -> h != null).toList();

    List<Evidence> candidates = new ArrayList<>();
    verified(checked).ifPresent(candidates::add);
    newest(said, Statement.Kind.CONFIRMATION)
        .ifPresent(
            s ->
                candidates.add(
                    new Evidence(
                        Kind.CONFIRMED,
                        s.at(),
                        "Confirmed by " + s.by() + " on " + day(s.at()) + quoted(s.said()))));
    newest(said, Statement.Kind.REPORT)
        .ifPresent(
            s ->
                candidates.add(
                    new Evidence(
                        Kind.REPORTED,
                        s.at(),
                        "Reported inactive by "
                            + s.by()
                            + " on "
                            + day(s.at())
                            + quoted(s.said()))));
    failing(checked, identities.size()).ifPresent(candidates::add);
    // The newest evidence decides; on the same instant, life wins (it was seen).
    return candidates.stream()
        .max(
            Comparator.comparing((Evidence e) -> e.date() == null ? Instant.MIN : e.date())
                .thenComparing(e -> e.kind() == Kind.VERIFIED || e.kind() == Kind.CONFIRMED))
        .orElseGet(() -> listed(firstListed, checkable.isEmpty()));
  }

  /** A link whose newest check answered: the newest such answer. */
  private static Optional<Evidence> verified(List<LinkHistory> checked) {
    return checked.stream()
        .filter(LinkHistory::alive)
        .map(h -> h.latest())
        .max(Comparator.comparing(LinkCheck::checkedAt))
        .map(
            c ->
                new Evidence(
                    Kind.VERIFIED,
                    c.checkedAt(),
                    "A link answered on "
                        + day(c.checkedAt())
                        + " ("
                        + c.url()
                        + (c.outcome() == Outcome.OK ? "" : ", moved")
                        + ")."));
  }

  /** Every checkable link checked and failing: failing, or possibly inactive. */
  private static Optional<Evidence> failing(List<LinkHistory> checked, int checkable) {
    if (checked.isEmpty() || checked.stream().anyMatch(LinkHistory::alive)) {
      return Optional.empty();
    }
    Instant since =
        checked.stream()
            .map(h -> h.failingSince().orElse(h.latest().checkedAt()))
            .max(Comparator.naturalOrder())
            .orElseThrow();
    boolean allChecked = checked.size() == checkable;
    if (allChecked
        && checked.stream().allMatch(h -> h.latest().outcome() == Outcome.PLATFORM_CLOSED)) {
      List<String> platforms = checked.stream().map(h -> h.latest().detail()).distinct().toList();
      return Optional.of(
          new Evidence(
              Kind.POSSIBLY_INACTIVE,
              since,
              "Its only links are to services that closed: " + String.join(", ", platforms) + "."));
    }
    if (allChecked && checked.stream().allMatch(Evidence::failedLongEnough)) {
      return Optional.of(
          new Evidence(
              Kind.POSSIBLY_INACTIVE,
              since,
              "Every link failed its last "
                  + FAILED_CHECKS
                  + " checks over at least "
                  + FAILING_FOR.toDays()
                  + " days; failing since "
                  + day(since)
                  + "."));
    }
    return Optional.of(
        new Evidence(
            Kind.FAILING,
            since,
            (checked.size() == 1 ? "Its link has failed" : "Its links have failed")
                + " since "
                + day(since)
                + " ("
                + outcomes(checked)
                + ")."));
  }

  /** The link failed its last {@link #FAILED_CHECKS} checks, over at least {@link #FAILING_FOR}. */
  private static boolean failedLongEnough(LinkHistory h) {
    List<LinkCheck> r = h.recent();
    return r.size() >= FAILED_CHECKS
        && r.stream().noneMatch(LinkCheck::alive)
        && Duration.between(r.getFirst().checkedAt(), r.getLast().checkedAt())
                .compareTo(FAILING_FOR)
            >= 0;
  }

  private static String outcomes(List<LinkHistory> checked) {
    return String.join(
        ", ",
        checked.stream()
            .map(h -> Outcomes.label(h.latest().outcome()).toLowerCase(java.util.Locale.ROOT))
            .distinct()
            .toList());
  }

  private static Evidence listed(Optional<Instant> firstListed, boolean nothingToCheck) {
    String why = nothingToCheck ? "; it has no link that can be checked." : ", not yet checked.";
    return firstListed
        .map(at -> new Evidence(Kind.LISTED, at, "Listed since " + day(at) + why))
        .orElseGet(() -> new Evidence(Kind.LISTED, null, "Listed" + why));
  }

  /** ": what they said." or "." */
  private static String quoted(String said) {
    if (said.isEmpty()) {
      return ".";
    }
    return ": " + said + (said.matches(".*[.!?]$") ? "" : ".");
  }

  private static Optional<Statement> newest(List<Statement> said, Statement.Kind kind) {
    return said.stream()
        .filter(s -> s.kind() == kind)
        .max(Comparator.comparing(Statement::at).thenComparing(Statement::id));
  }
}
