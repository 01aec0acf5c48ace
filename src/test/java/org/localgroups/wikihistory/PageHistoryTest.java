package org.localgroups.wikihistory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localgroups.LocalGroupsException;
import org.localgroups.LocalGroupsException.Kind;

/**
 * The revisions of a file read from the real history bundle of the python.org page and from git
 * repositories made here with JGit; every refusal with its kind and sentence.
 */
class PageHistoryTest {
  /** The python.org LocalUserGroups page's 439 revisions (a copy of ../shared/data's). */
  static final Path BUNDLE =
      Path.of("src/test/resources/wikihistory/LocalUserGroups-history.bundle");

  private static final Path SEED = Path.of("src/main/resources/seed/LocalUserGroups.moin");

  @TempDir Path tmp;

  @Test
  void readsTheBundlesRevisionsOldestFirstWithAuthorTimeAndMessage() throws Exception {
    try (PageHistory history = PageHistory.open(BUNDLE, "", "")) {
      List<PageRevision> revisions = history.revisions();
      assertThat(history.path()).isEqualTo("LocalUserGroups.moin");
      assertThat(history.branch()).isEqualTo("HEAD");
      assertThat(revisions).hasSize(439);
      PageRevision first = revisions.getFirst();
      assertThat(first.commit()).startsWith("1b4f7c4");
      assertThat(first.author()).isEqualTo("anonymous");
      assertThat(first.at()).isEqualTo(Instant.parse("2002-11-04T18:37:34Z"));
      // the bundle's trailer ("Mirror-Commit: ...") is about the mirror, not the edit
      assertThat(first.message()).isEqualTo("Added an OPAG link.");
      assertThat(revisions.get(147).message()).isEqualTo("Restore WinniPUG, dropped yesterday");
      assertThat(revisions)
          .allSatisfy(r -> assertThat(r.message()).doesNotContain("Mirror-Commit"));
      assertThat(revisions)
          .extracting(PageRevision::at)
          .isSortedAccordingTo(java.util.Comparator.naturalOrder());
      PageRevision last = revisions.getLast();
      assertThat(last.author()).isEqualTo("ppaez");
      assertThat(last.at().atOffset(ZoneOffset.UTC).toLocalDate()).hasToString("2013-03-18");
      // the README says the last revision is the bundled seed page, byte for byte
      assertThat(history.text(last, 5_000_000)).isEqualTo(Files.readAllBytes(SEED));
      assertThat(new String(history.text(first, 5_000_000), StandardCharsets.UTF_8))
          .contains("[http://opag.ca Ottawa Python Author's Group]");
    }
  }

  @Test
  void followsANamedBranchAndPathInARepositoryFolderSkippingCommitsThatLeaveTheFileAlone()
      throws Exception {
    Path repo = tmp.resolve("repo");
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      commit(git, "pages/Groups.moin", "= A =\n * [[http://a.example|A]]\n", "first", 1);
      commit(git, "other.txt", "unrelated\n", "another file", 2);
      commit(git, "pages/Groups.moin", "= A =\n * [[http://b.example|B]]\n", "second", 3);
      git.branchCreate().setName("drafts").call();
      git.checkout().setName("drafts").call();
      commit(git, "pages/Groups.moin", "= A =\n", "a draft", 4);
      git.checkout().setName("main").call();
    }
    try (PageHistory main = PageHistory.open(repo, "", "pages/Groups.moin")) {
      assertThat(main.revisions())
          .extracting(PageRevision::message)
          .containsExactly("first", "second");
      assertThat(main.revisions()).extracting(PageRevision::author).containsOnly("Ana");
      assertThat(main.revisions().get(1).at()).isEqualTo(Instant.ofEpochSecond(3_000_000));
    }
    try (PageHistory drafts =
        PageHistory.open(repo.resolve(".git"), "drafts", "./pages/Groups.moin")) {
      assertThat(drafts.revisions())
          .extracting(PageRevision::message)
          .containsExactly("first", "second", "a draft");
      assertThat(new String(drafts.text(drafts.revisions().getLast(), 100), StandardCharsets.UTF_8))
          .isEqualTo("= A =\n");
    }
  }

  @Test
  void refusesARevisionLargerThanTheLimit() throws Exception {
    try (PageHistory history = PageHistory.open(BUNDLE, "", "")) {
      PageRevision last = history.revisions().getLast();
      assertThatThrownBy(() -> history.text(last, 1000))
          .isInstanceOf(LocalGroupsException.class)
          .hasMessageContaining(
              "LocalUserGroups.moin in commit " + last.commit() + " is 25183 bytes");
    }
  }

  @Test
  void refusesAFileThatIsNotABundle() throws Exception {
    Path notABundle = Files.writeString(tmp.resolve("LocalUserGroups.moin"), "= Europe =\n");
    assertRefused(notABundle, "", "", Kind.BAD_INPUT, "is not a git bundle or repository");
  }

  @Test
  void refusesAFolderThatIsNotARepository() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("plain"));
    assertRefused(folder, "", "", Kind.BAD_INPUT, "is a folder but not a git repository");
  }

  @Test
  void refusesASourceThatDoesNotExist() {
    assertRefused(tmp.resolve("nothing.bundle"), "", "", Kind.NOT_FOUND, "no such file or folder");
  }

  @Test
  void refusesAPathNotInTheBundleNamingItsFiles() {
    assertRefused(
        BUNDLE,
        "",
        "Nope.moin",
        Kind.NOT_FOUND,
        "has no file Nope.moin on HEAD; its files there: LocalUserGroups.moin");
  }

  @Test
  void refusesAnUnknownBranchNamingTheBranches() {
    assertRefused(BUNDLE, "trunk", "", Kind.NOT_FOUND, "has no branch trunk; its branches: main");
  }

  @Test
  void asksForThePathWhenTheBranchHoldsSeveralFiles() throws Exception {
    Path repo = tmp.resolve("repo");
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      commit(git, "a.moin", "= A =\n", "a", 1);
      commit(git, "b.moin", "= B =\n", "b", 2);
    }
    assertRefused(
        repo,
        "",
        "",
        Kind.BAD_INPUT,
        "holds 2 files; name the page with --path (one of: a.moin, b.moin)");
  }

  private static void assertRefused(
      Path source, String branch, String path, Kind kind, String message) {
    assertThatThrownBy(() -> PageHistory.open(source, branch, path).close())
        .isInstanceOfSatisfying(
            LocalGroupsException.class, e -> assertThat(e.kind()).isEqualTo(kind))
        .hasMessageContaining(message);
  }

  private static void commit(Git git, String path, String text, String message, int time)
      throws Exception {
    Path file = git.getRepository().getWorkTree().toPath().resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    git.add().addFilepattern(path).call();
    PersonIdent ana =
        new PersonIdent(
            "Ana", "ana@example.org", Instant.ofEpochSecond(time * 1_000_000L), ZoneOffset.UTC);
    git.commit().setMessage(message).setAuthor(ana).setCommitter(ana).setSign(false).call();
  }
}
