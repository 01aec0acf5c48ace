package org.localgroups.wikihistory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.jgit.errors.LargeObjectException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.NotSupportedException;
import org.eclipse.jgit.errors.TransportException;
import org.eclipse.jgit.internal.storage.dfs.DfsRepositoryDescription;
import org.eclipse.jgit.internal.storage.dfs.InMemoryRepository;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.TransportBundleStream;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.util.FS;
import org.jspecify.annotations.Nullable;
import org.localgroups.LocalGroupsException;

/**
 * The revisions of one file in a git repository or bundle: the commits on the first-parent chain of
 * a branch in which the file differs from the commit before, oldest first. Owns the repository (a
 * bundle's lives in memory until {@link #close}). Not thread-safe.
 */
public final class PageHistory implements AutoCloseable {
  private final Repository repository;
  private final String source;
  private final String branch;
  private final String path;
  private final List<PageRevision> revisions;

  private PageHistory(
      Repository repository, String source, String branch, String path, ObjectId tip)
      throws IOException {
    this.repository = repository;
    this.source = source;
    this.branch = branch;
    this.path = path;
    this.revisions = List.copyOf(walk(tip));
  }

  /**
   * Opens the history of a file.
   *
   * @param source a git repository (its work tree or its git folder) or a bundle file
   * @param branch the branch to follow, "" for the repository's HEAD (a bundle's, or its only
   *     branch)
   * @param path the file's path in the repository, "" for the only file the branch holds
   * @throws LocalGroupsException NOT_FOUND when the source, the branch or the file does not exist;
   *     BAD_INPUT when the source is not a git repository or bundle, or the file is not named and
   *     the branch holds several
   */
  public static PageHistory open(Path source, String branch, String path) {
    if (!Files.exists(source)) {
      throw LocalGroupsException.notFound("no such file or folder: " + source);
    }
    Repository repository = Files.isDirectory(source) ? openFolder(source) : fetchBundle(source);
    try {
      ObjectId tip = tip(repository, source, branch);
      String file = path.isEmpty() ? onlyFile(repository, tip, source) : normalised(path);
      PageHistory history =
          new PageHistory(
              repository, source.toString(), branch.isEmpty() ? Constants.HEAD : branch, file, tip);
      if (history.revisions.isEmpty()) {
        throw LocalGroupsException.notFound(
            source
                + " has no file "
                + file
                + " on "
                + history.branch
                + "; its files there: "
                + String.join(", ", files(repository, tip)));
      }
      return history;
    } catch (IOException e) {
      repository.close();
      throw LocalGroupsException.badInput("cannot read " + source + ": " + e.getMessage());
    } catch (RuntimeException e) {
      repository.close();
      throw e;
    }
  }

  /** The file's revisions, oldest first (never empty). */
  public List<PageRevision> revisions() {
    return revisions;
  }

  /** The file's path in the repository. */
  public String path() {
    return path;
  }

  /** The branch followed ("HEAD" when none was named). */
  public String branch() {
    return branch;
  }

  /** The repository or bundle, as it was named. */
  public String source() {
    return source;
  }

  /**
   * The file's bytes in a revision.
   *
   * @throws LocalGroupsException BAD_INPUT when the file is larger than {@code maxBytes}
   */
  public byte[] text(PageRevision revision, long maxBytes) {
    try {
      var loader = repository.open(ObjectId.fromString(revision.blob()), Constants.OBJ_BLOB);
      if (loader.getSize() > maxBytes) {
        throw LocalGroupsException.badInput(
            path
                + " in commit "
                + revision.commit()
                + " is "
                + loader.getSize()
                + " bytes, more than the "
                + maxBytes
                + " a page may have");
      }
      return loader.getCachedBytes(Math.toIntExact(maxBytes));
    } catch (LargeObjectException | MissingObjectException e) {
      throw LocalGroupsException.badInput(
          "cannot read " + path + " in commit " + revision.commit() + ": " + e.getMessage());
    } catch (IOException e) {
      throw LocalGroupsException.badInput("cannot read " + source + ": " + e.getMessage());
    }
  }

  @Override
  public void close() {
    repository.close();
  }

  // ---- opening

  private static Repository openFolder(Path folder) {
    java.io.File gitDir = RepositoryCache.FileKey.resolve(folder.toFile(), FS.DETECTED);
    if (gitDir == null) {
      throw LocalGroupsException.badInput(
          folder + " is a folder but not a git repository (no .git in it, and not a bare one)");
    }
    try {
      return new FileRepositoryBuilder().setGitDir(gitDir).setMustExist(true).build();
    } catch (IOException e) {
      throw LocalGroupsException.badInput(
          folder + " is not a git repository I can read: " + e.getMessage());
    }
  }

  /** A bundle's refs and objects, fetched into a repository in memory. */
  private static Repository fetchBundle(Path bundle) {
    InMemoryRepository repository =
        new InMemoryRepository(new DfsRepositoryDescription(bundle.getFileName().toString()));
    // The bundle is read as a stream: a repository in memory has no file system to resolve a path.
    try (var in = Files.newInputStream(bundle);
        Transport transport =
            new TransportBundleStream(
                repository, new URIish(bundle.toAbsolutePath().toUri().toURL()), in)) {
      FetchResult fetched =
          transport.fetch(
              org.eclipse.jgit.lib.NullProgressMonitor.INSTANCE,
              List.of(new RefSpec("+refs/*:refs/*")));
      Ref head = fetched.getAdvertisedRef(Constants.HEAD);
      if (head != null && head.getObjectId() != null) {
        // A bundle's HEAD is only a commit id: kept as a ref so that "no --branch" follows it.
        var update = repository.updateRef(Constants.HEAD, true);
        update.setNewObjectId(head.getObjectId());
        update.forceUpdate();
      }
      return repository;
    } catch (NotSupportedException | TransportException e) {
      repository.close();
      throw LocalGroupsException.badInput(
          bundle + " is not a git bundle or repository (" + e.getMessage() + ")");
    } catch (IOException e) {
      repository.close();
      throw LocalGroupsException.badInput("cannot read " + bundle + ": " + e.getMessage());
    }
  }

  /** The commit the history starts from: the branch's, or HEAD's. */
  private static ObjectId tip(Repository repository, Path source, String branch)
      throws IOException {
    if (branch.isEmpty()) {
      ObjectId head = repository.resolve(Constants.HEAD + "^{commit}");
      if (head != null) {
        return head;
      }
      List<String> branches = branches(repository);
      if (branches.size() == 1) {
        return tip(repository, source, branches.getFirst());
      }
      throw LocalGroupsException.badInput(
          source
              + (branches.isEmpty()
                  ? " has no branches"
                  : " has no HEAD; name a branch with --branch: " + String.join(", ", branches)));
    }
    Ref ref =
        Optional.ofNullable(repository.exactRef(Constants.R_HEADS + branch))
            .or(() -> Optional.ofNullable(exactRef(repository, branch)))
            .orElse(null);
    ObjectId commit =
        ref == null || ref.getObjectId() == null ? null : peeledCommit(repository, ref);
    if (commit == null) {
      List<String> branches = branches(repository);
      throw LocalGroupsException.notFound(
          source
              + " has no branch "
              + branch
              + (branches.isEmpty() ? "" : "; its branches: " + String.join(", ", branches)));
    }
    return commit;
  }

  private static @Nullable Ref exactRef(Repository repository, String name) {
    if (!name.startsWith(Constants.R_REFS)) {
      return null;
    }
    try {
      return repository.exactRef(name);
    } catch (IOException e) {
      return null;
    }
  }

  private static @Nullable ObjectId peeledCommit(Repository repository, Ref ref)
      throws IOException {
    return repository.resolve(ref.getName() + "^{commit}");
  }

  private static List<String> branches(Repository repository) throws IOException {
    return repository.getRefDatabase().getRefsByPrefix(Constants.R_HEADS).stream()
        .map(r -> r.getName().substring(Constants.R_HEADS.length()))
        .sorted()
        .toList();
  }

  /** The only file the tip's tree holds; refused when it holds several or none. */
  private static String onlyFile(Repository repository, ObjectId tip, Path source)
      throws IOException {
    List<String> files = files(repository, tip);
    if (files.size() != 1) {
      throw LocalGroupsException.badInput(
          source
              + " holds "
              + files.size()
              + " files; name the page with --path"
              + (files.isEmpty() ? "" : " (one of: " + String.join(", ", first(files, 10)) + ")"));
    }
    return files.getFirst();
  }

  private static List<String> files(Repository repository, ObjectId tip) throws IOException {
    TreeSet<String> files = new TreeSet<>();
    try (RevWalk walk = new RevWalk(repository);
        TreeWalk tree = new TreeWalk(repository)) {
      tree.addTree(walk.parseCommit(tip).getTree());
      tree.setRecursive(true);
      while (tree.next()) {
        if ((tree.getRawMode(0) & FileMode.TYPE_MASK) == FileMode.TYPE_FILE) {
          files.add(tree.getPathString());
        }
      }
    }
    return new ArrayList<>(files);
  }

  private static List<String> first(List<String> list, int n) {
    return list.size() <= n
        ? list
        : java.util.stream.Stream.concat(list.stream().limit(n), java.util.stream.Stream.of("..."))
            .toList();
  }

  /** A path as git names it: forward slashes, no leading "./" or "/". */
  private static String normalised(String path) {
    String p = path.replace('\\', '/');
    while (p.startsWith("./") || p.startsWith("/")) {
      p = p.substring(p.startsWith("./") ? 2 : 1);
    }
    return p;
  }

  // ---- reading

  /** The commits that changed the file, following first parents from the tip; oldest first. */
  private List<PageRevision> walk(ObjectId tip) throws IOException {
    List<PageRevision> newestFirst = new ArrayList<>();
    try (RevWalk walk = new RevWalk(repository)) {
      RevCommit commit = walk.parseCommit(tip);
      ObjectId blob = blob(commit);
      while (commit != null) {
        RevCommit parent =
            commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0));
        ObjectId parentBlob = parent == null ? null : blob(parent);
        if (blob != null && !blob.equals(parentBlob)) {
          newestFirst.add(revision(commit, blob));
        }
        commit = parent;
        blob = parentBlob;
      }
    }
    Collections.reverse(newestFirst);
    return newestFirst;
  }

  /** The file's blob in a commit, null when the commit does not hold it as a file. */
  private @Nullable ObjectId blob(RevCommit commit) throws IOException {
    try (TreeWalk tree = TreeWalk.forPath(repository, path, commit.getTree())) {
      if (tree == null || (tree.getRawMode(0) & FileMode.TYPE_MASK) != FileMode.TYPE_FILE) {
        return null;
      }
      return tree.getObjectId(0);
    }
  }

  private static PageRevision revision(RevCommit commit, ObjectId blob) {
    var author = commit.getAuthorIdent();
    return new PageRevision(
        commit.getName(),
        author.getName(),
        author.getWhenAsInstant(),
        withoutTrailers(commit.getFullMessage(), !commit.getFooterLines().isEmpty()),
        blob.getName());
  }

  /**
   * The message without its last paragraph when that paragraph is git trailers ("Mirror-Commit:
   * ..."): they are about the commit, not the edit.
   */
  static String withoutTrailers(String message, boolean hasTrailers) {
    String m = message.strip();
    if (!hasTrailers) {
      return m;
    }
    int lastParagraph = m.lastIndexOf("\n\n");
    return lastParagraph < 0 ? m : m.substring(0, lastParagraph).strip();
  }
}
