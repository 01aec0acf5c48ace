package org.localgroups.curate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.localgroups.directory.Group;
import org.localgroups.geo.Gazetteer;
import org.localgroups.geo.NoPlaces;
import org.localgroups.importer.ImportResult;
import org.localgroups.importer.Importer;
import org.localgroups.pages.PageFormat;
import org.localgroups.pages.PageReader;
import org.localgroups.revision.Ids;
import org.localgroups.store.DirectoryStore;
import org.localgroups.store.Stores;

/**
 * The process {@link DurabilityIT} kills: opens a store and changes it until it is killed, a
 * person's edit of a random group most of the time and now and then an import of the seed page,
 * alternately as it is and as {@link #variant} (so that every import is a merge that removes,
 * restores and edits groups). It prints one line for each change once the store has returned from
 * committing it, and flushes, so that a line read is a change acknowledged:
 *
 * <p>It waits for a line {@code go} on its standard input before it opens the store (so that the
 * test can start it while the process before it still runs), and ends when its input ends instead.
 *
 * <ul>
 *   <li>{@code ready} once the store is open;
 *   <li>{@code ack edit cs=N rev=N group=ID desc=TEXT} for an edit of a group's description;
 *   <li>{@code ack import cs=N run=N revisions=N} for an import.
 * </ul>
 *
 * <p>Arguments: {@code sqlite FOLDER TAG SEED [CHANGES]} or {@code postgres JDBC_URL USER TAG SEED
 * [CHANGES]}; TAG goes into every description written, SEED drives the choices, and the process
 * ends by itself after CHANGES changes (a run that trains the JVM's ahead-of-time cache). A failure
 * prints its stack trace and exits with 1. The gazetteer knows no place: placing groups is not what
 * is tested, and loading the real one would cost every start a second.
 */
final class ChangeStream {
  /** The seed page on the class path: the first import creates its groups. */
  private static final String SEED = "/seed/LocalUserGroups.moin";

  /** The name both pages are imported under: one source, so that each import merges the other. */
  private static final String SOURCE = "LocalUserGroups.moin";

  /** One change in this many is an import; the others are edits. */
  private static final int IMPORT_ONE_IN = 12;

  private ChangeStream() {}

  public static void main(String[] args) {
    try {
      run(args, System.out);
    } catch (Throwable t) {
      t.printStackTrace();
      System.exit(1);
    }
  }

  private static void run(String[] args, PrintStream out) throws IOException {
    int at = args[0].equals("postgres") ? 3 : 2;
    String tag = args[at];
    var random = new Random(Long.parseLong(args[at + 1]));
    long changes = args.length > at + 2 ? Long.parseLong(args[at + 2]) : Long.MAX_VALUE;
    var go = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    if (!"go".equals(go.readLine())) {
      return;
    }
    try (DirectoryStore store =
        args[0].equals("postgres")
            ? Stores.postgres(args[1], args[2], "")
            : Stores.sqlite(Path.of(args[1]))) {
      out.println("ready");
      out.flush();
      var editor = new Editor(store, NO_PLACES, Ids.random());
      var curator = new Curator(store, NO_PLACES, Ids.random());
      // The page imported next: the other one than the last import's (an import of the same page
      // again would change nothing).
      int page = store.importRuns().size() % 2;
      // Read when first imported: most processes are killed before their first import.
      ImportResult[] pages = new ImportResult[2];
      String seed = seedPage();
      List<String> slugs = slugs(store);
      for (long n = 0; n < changes; n++) {
        if (slugs.isEmpty() || random.nextInt(IMPORT_ONE_IN) == 0) {
          if (pages[page] == null) {
            pages[page] = read(page == 0 ? seed : variant(seed));
          }
          Imported imported = curator.importResult(pages[page], ImportOptions.MERGE);
          out.println(
              "ack import cs="
                  + imported.changeSet()
                  + " run="
                  + imported.run().orElseThrow().id()
                  + " revisions="
                  + imported.changes().size());
          page = 1 - page;
          slugs = slugs(store);
        } else {
          String slug = slugs.get(random.nextInt(slugs.size()));
          String description = "d-" + tag + "-" + n;
          Editor.Edited edited =
              editor.edit(
                  slug,
                  description(description),
                  0,
                  new Editor.Attribution("durability", "run " + tag));
          out.println(
              "ack edit cs="
                  + edited.changeSet()
                  + " rev="
                  + edited.revision()
                  + " group="
                  + edited.after().id()
                  + " desc="
                  + description);
        }
        out.flush();
      }
    }
  }

  private static ImportResult read(String page) {
    PageReader.Page read =
        new PageReader().read(page.getBytes(StandardCharsets.UTF_8), SOURCE, PageFormat.MOIN, "");
    return new Importer(NO_PLACES).read(read.outline(), read.source(), read.format().id());
  }

  /**
   * The seed page with every ninth group gone and every ninth (from the fourth) saying a little
   * more.
   */
  static String variant(String seed) {
    var out = new StringBuilder();
    int groups = 0;
    for (String line : seed.split("\n", -1)) {
      String kept = line;
      if (line.startsWith(" * [[")) {
        groups++;
        if (groups % 9 == 0) {
          continue;
        }
        if (groups % 9 == 4) {
          kept = line + " (variant)";
        }
      }
      out.append(kept).append('\n');
    }
    return out.toString();
  }

  static String seedPage() throws IOException {
    try (InputStream in = ChangeStream.class.getResourceAsStream(SEED)) {
      if (in == null) {
        throw new IOException(SEED + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> slugs(DirectoryStore store) {
    return store.directory().groups().stream().map(Group::slug).toList();
  }

  private static Editor.GroupFields description(String text) {
    Editor.GroupFields none = Editor.GroupFields.none();
    return new Editor.GroupFields(
        none.name(),
        Optional.of(text),
        none.status(),
        none.founded(),
        none.meeting(),
        List.of(),
        List.of(),
        Optional.empty(),
        Optional.empty());
  }

  /** A gazetteer that knows no place. */
  static final Gazetteer NO_PLACES = NoPlaces.GAZETTEER;
}
