package org.localgroups.tiers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Writes down the JUnit tags of every test class that is about to run, so that {@code
 * tools/test-tiers} can put each test of the Surefire and Failsafe reports (which do not record
 * tags) into its tier. The tags are JUnit's own view (inherited from superclasses and enclosing
 * classes, composed annotations), so a new class tagged {@code browser} lands in the browser tier
 * without any list to edit.
 *
 * <p>One line per class and per test: {@code class name TAB sorted tags}. A test tagged differently
 * from its class gives its class a second line, which the summary reports. Registered through
 * {@code META-INF/services}; writes to the folder in the system property {@value #FOLDER_PROPERTY}
 * (set by the pom), {@code target/test-tiers} without it.
 */
public final class TierRecorder implements TestExecutionListener {
  static final String FOLDER_PROPERTY = "localgroups.tiers.records";

  @Override
  public void testPlanExecutionStarted(TestPlan plan) {
    Set<String> lines = new TreeSet<>();
    for (TestIdentifier root : plan.getRoots()) {
      for (TestIdentifier id : plan.getDescendants(root)) {
        if (id.getSource().filter(ClassSource.class::isInstance).isPresent() || id.isTest()) {
          classOf(plan, id).ifPresent(c -> lines.add(c + "\t" + tags(id)));
        }
      }
    }
    // Written before the tests run, so that a test JVM that dies on the way still leaves its
    // records.
    Path folder = Path.of(System.getProperty(FOLDER_PROPERTY, "target/test-tiers"));
    try {
      Files.createDirectories(folder);
      Files.write(
          folder.resolve("tags-" + ProcessHandle.current().pid() + ".tsv"),
          lines,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the test tier records to " + folder, e);
    }
  }

  /**
   * The class the reports name for this identifier: its own, or that of the nearest class around
   * it.
   */
  private static Optional<String> classOf(TestPlan plan, TestIdentifier id) {
    for (Optional<TestIdentifier> at = Optional.of(id);
        at.isPresent();
        at = at.flatMap(plan::getParent)) {
      Optional<TestSource> source = at.get().getSource();
      if (source.isPresent() && source.get() instanceof ClassSource c) {
        return Optional.of(c.getClassName());
      }
    }
    return Optional.empty();
  }

  private static String tags(TestIdentifier id) {
    Set<String> names = new TreeSet<>();
    for (TestTag tag : id.getTags()) {
      names.add(tag.getName());
    }
    return String.join(",", names);
  }
}
