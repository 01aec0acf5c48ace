import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The last word of {@code bin/test}: one line per test tier (unit, integration, browser, PostgreSQL, full disk,
 * durability) with what
 * ran, failed and was skipped, and a non-zero exit when Maven failed or a tier that was not opted out ran no test.
 *
 * <p>Reads the Surefire and Failsafe XML reports under the target folder (Surefire = unit, Failsafe =
 * integration) and the tags that {@code org.localgroups.tiers.TierRecorder} wrote for every test class while the
 * tests ran (the reports do not record tags): a class tagged {@code browser}, {@code postgres}, {@code disk} or {@code durability} is in that tier,
 * whichever plugin ran it. A reported class without such a record is an error, so no test falls out of the
 * count unseen.
 *
 * <p>A single source file without dependencies, run as {@code java tools/test-tiers/TestTiers.java}, so that it
 * still speaks when the project did not compile:
 * {@code TestTiers [--target DIR] [--maven-exit N] [--skip browser,postgres,disk,durability]}.
 */
public final class TestTiers {

  enum Tier {
    UNIT("unit", ""),
    INTEGRATION("integration", ""),
    BROWSER("browser", "browser"),
    POSTGRES("PostgreSQL", "postgres"),
    DISK("full disk", "disk"),
    DURABILITY("durability", "durability");

    final String label;
    /** The JUnit tag of the tier, and its name in {@code -Dlocalgroups.skip}; empty for the plugin tiers. */
    final String tag;

    Tier(String label, String tag) {
      this.label = label;
      this.tag = tag;
    }

    static Set<String> tags() {
      Set<String> tags = new TreeSet<>();
      for (Tier t : values()) {
        if (!t.tag.isEmpty()) {
          tags.add(t.tag);
        }
      }
      return tags;
    }
  }

  private static final String[] TIER_COUNT_WORDS = {"no", "one", "two", "three", "four", "five", "six", "seven"};

  /** What one tier counted. */
  static final class Count {
    int run;
    int failed;
    int skipped;
    int passed;
    /** Failures of a class before any of its tests ran ({@code @BeforeAll}); also in {@link #failed}. */
    int setup;
  }

  private final Path target;
  private final Set<String> optedOut;
  private final Map<Tier, Count> counts = new EnumMap<>(Tier.class);
  /** Each test class to the tier tags it was seen with: one set, unless a test was tagged apart from its class. */
  private final Map<String, Set<String>> tierTags = new TreeMap<>();
  private final Set<String> unrecorded = new TreeSet<>();
  private final List<String> problems = new ArrayList<>();

  private TestTiers(Path target, Set<String> optedOut) {
    this.target = target;
    this.optedOut = optedOut;
    for (Tier t : Tier.values()) {
      counts.put(t, new Count());
    }
  }

  public static void main(String[] args) {
    System.exit(run(args, System.out));
  }

  static int run(String[] args, PrintStream out) {
    Path target = Path.of("target");
    int mavenExit = 0;
    Set<String> skip = new LinkedHashSet<>();
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : "";
      switch (args[i]) {
        case "--target" -> target = Path.of(value);
        case "--maven-exit" -> mavenExit = Integer.parseInt(value);
        case "--skip" -> {
          for (String s : value.split(",")) {
            if (!s.isBlank()) {
              skip.add(s.strip());
            }
          }
        }
        default -> {
          out.println("TestTiers: unknown argument " + args[i]);
          return 2;
        }
      }
      i++;
    }
    if (!Tier.tags().containsAll(skip)) {
      out.println("TestTiers: -Dlocalgroups.skip takes " + String.join(", ", Tier.tags()) + "; not " + skip);
      return 2;
    }
    TestTiers tiers = new TestTiers(target, skip);
    try {
      tiers.readTags();
      tiers.readReports("surefire-reports", Tier.UNIT);
      tiers.readReports("failsafe-reports", Tier.INTEGRATION);
    } catch (Exception e) {
      tiers.problems.add("the test reports under " + target + " cannot be read: " + e);
    }
    return tiers.summarise(mavenExit, out);
  }

  private void readTags() throws IOException {
    Path folder = target.resolve("test-tiers");
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          String[] fields = line.split("\t", -1);
          Set<String> tags = new TreeSet<>(List.of(fields.length > 1 ? fields[1].split(",") : new String[0]));
          tags.retainAll(Tier.tags());
          tierTags.computeIfAbsent(fields[0], c -> new TreeSet<>()).add(String.join(",", tags));
        }
      }
    }
  }

  private void readReports(String folderName, Tier pluginTier) throws Exception {
    Path folder = target.resolve(folderName);
    if (!Files.isDirectory(folder)) {
      return;
    }
    var parser = DocumentBuilderFactory.newInstance().newDocumentBuilder();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml")).sorted().toList()) {
        NodeList cases = parser.parse(file.toFile()).getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
          count((Element) cases.item(i), pluginTier);
        }
      }
    }
  }

  private void count(Element testcase, Tier pluginTier) {
    String className = testcase.getAttribute("classname");
    Count count = counts.get(tierOf(className, pluginTier));
    if (has(testcase, "skipped")) {
      count.skipped++;
      return;
    }
    boolean failed = has(testcase, "failure") || has(testcase, "error");
    if (testcase.getAttribute("name").isEmpty()) {
      // What the reports write for a class that failed before its tests (a @BeforeAll): not a test that ran.
      count.setup++;
    } else {
      count.run++;
      count.passed += failed ? 0 : 1;
    }
    if (failed) {
      count.failed++;
    }
  }

  private static boolean has(Element testcase, String child) {
    for (Node n = testcase.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.ELEMENT_NODE && n.getNodeName().equals(child)) {
        return true;
      }
    }
    return false;
  }

  private Tier tierOf(String className, Tier pluginTier) {
    Set<String> seen = tierTags.get(className);
    if (seen == null) {
      unrecorded.add(className);
      return pluginTier;
    }
    if (seen.size() > 1) {
      problems.add(className + " has tests in more than one tier (" + String.join(" / ", seen)
          + "): tag the whole class with @BrowserTier, @PostgresTier, @DiskTier or @DurabilityTier, not single tests");
    }
    String tags = seen.iterator().next();
    for (Tier t : Tier.values()) {
      if (!t.tag.isEmpty() && tags.equals(t.tag)) {
        return t;
      }
    }
    if (!tags.isEmpty()) {
      problems.add(className + " is tagged " + tags + ": a class belongs to one tier");
    }
    return pluginTier;
  }

  private int summarise(int mavenExit, PrintStream out) {
    if (!unrecorded.isEmpty()) {
      problems.add("no tier record for " + unrecorded.size() + " reported class(es), e.g. "
          + unrecorded.iterator().next() + ": org.localgroups.tiers.TierRecorder writes them to "
          + target.resolve("test-tiers") + " (registered in src/test/resources/META-INF/services)");
    }
    out.println();
    out.println("Tests by tier:");
    for (Tier tier : Tier.values()) {
      Count c = counts.get(tier);
      String counted = String.format("%5d run, %d failed%s, %d skipped", c.run, c.failed,
          c.setup > 0 ? " (" + c.setup + " in class setup)" : "", c.skipped);
      if (optedOut.contains(tier.tag)) {
        out.printf("  %-12s opted out (-Dlocalgroups.skip=%s)%n", tier.label, tier.tag);
        if (c.run + c.skipped + c.setup > 0) {
          problems.add(tier.label + " was opted out, yet " + (c.run + c.skipped + c.setup)
              + " of its tests were reported: check excludedGroups in pom.xml");
        }
        continue;
      }
      String verdict = c.passed > 0 ? "" : "   <- no test of this tier passed";
      out.printf("  %-12s %s%s%n", tier.label, counted, verdict);
      if (c.passed == 0) {
        problems.add(tier.label + " tier: no test passed (" + c.run + " run, " + c.failed + " failed)");
      }
    }
    if (mavenExit != 0) {
      problems.add(0, "Maven failed (exit " + mavenExit + "; see above)");
    }
    if (problems.isEmpty()) {
      out.println(optedOut.isEmpty()
          ? "All " + TIER_COUNT_WORDS[Tier.values().length] + " tiers ran and passed."
          : "The tiers that ran passed; opted out: " + String.join(", ", optedOut) + ".");
      return 0;
    }
    out.println("FAILED:");
    for (String p : problems) {
      out.println("  " + p);
    }
    return 1;
  }
}
