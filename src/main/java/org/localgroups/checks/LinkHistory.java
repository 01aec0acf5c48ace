package org.localgroups.checks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the checks of one link of a group add up to, folded from its checks oldest first: enough to
 * derive evidence without keeping every check in memory.
 *
 * @param groupId the group's id
 * @param linkIdentity the link's identity
 * @param latest the newest check
 * @param recent the newest checks, oldest first, at most {@link Evidence#FAILED_CHECKS}
 * @param lastAlive when the link last answered, if ever
 * @param failingSince when its current run of failures began (empty when its latest check was
 *     alive)
 * @param checks how many checks it has had
 */
public record LinkHistory(
    String groupId,
    String linkIdentity,
    LinkCheck latest,
    List<LinkCheck> recent,
    Optional<Instant> lastAlive,
    Optional<Instant> failingSince,
    int checks) {
  public LinkHistory {
    recent = List.copyOf(recent);
  }

  /** The history of one check. */
  static LinkHistory first(LinkCheck c) {
    return new LinkHistory(
        c.groupId(),
        c.linkIdentity(),
        c,
        List.of(c),
        c.alive() ? Optional.of(c.checkedAt()) : Optional.empty(),
        c.alive() ? Optional.empty() : Optional.of(c.checkedAt()),
        1);
  }

  /** This history with a newer check. */
  LinkHistory then(LinkCheck c) {
    List<LinkCheck> r = new ArrayList<>(recent);
    r.add(c);
    while (r.size() > Evidence.FAILED_CHECKS) {
      r.removeFirst();
    }
    return new LinkHistory(
        groupId,
        linkIdentity,
        c,
        r,
        c.alive() ? Optional.of(c.checkedAt()) : lastAlive,
        c.alive() ? Optional.empty() : failingSince.or(() -> Optional.of(c.checkedAt())),
        checks + 1);
  }

  /** Whether the newest check found the link alive. */
  public boolean alive() {
    return latest.alive();
  }
}
