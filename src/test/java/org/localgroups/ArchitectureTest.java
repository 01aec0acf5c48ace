package org.localgroups;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package arrows of docs/architecture.md, held by the build. */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.localgroups");

  private static void packageUsesOnly(String pkg, String... allowed) {
    String[] all = {"text", "outline", "moin", "markdown", "pages", "directory", "geo", "importer", "store", "search",
        "export", "web", "cli"};
    java.util.Set<String> ok = new java.util.HashSet<>(java.util.List.of(allowed));
    ok.add(pkg);
    ok.add("text"); // the shared text rules (the one fold, hidden addresses) may be used by every package
    String[] forbidden = java.util.Arrays.stream(all).filter(p -> !ok.contains(p))
        .map(p -> "org.localgroups." + p + "..").toArray(String[]::new);
    noClasses().that().resideInAPackage("org.localgroups." + pkg + "..")
        .should().dependOnClassesThat().resideInAnyPackage(forbidden)
        .because("docs/architecture.md: " + pkg + " may use only " + String.join(", ", allowed))
        .check(CLASSES);
  }

  @Test
  void frontEndsKnowOnlyTheOutline() {
    packageUsesOnly("text");
    packageUsesOnly("outline");
    packageUsesOnly("moin", "outline");
    packageUsesOnly("markdown", "outline");
    packageUsesOnly("pages", "outline", "moin", "markdown");
  }

  @Test
  void theModelAndTheGazetteerStandAlone() {
    packageUsesOnly("directory");
    packageUsesOnly("geo");
  }

  @Test
  void coreFeaturesPointDownOnly() {
    packageUsesOnly("importer", "outline", "directory", "geo");
    packageUsesOnly("store", "directory");
    packageUsesOnly("search", "directory", "geo");
    packageUsesOnly("export", "directory");
    packageUsesOnly("web", "directory", "geo", "search", "export");
  }

  @Test
  void nothingBelowTheWebKnowsHttp() {
    noClasses().that().resideOutsideOfPackages("org.localgroups.web..", "org.localgroups.cli..")
        .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..", "gg.jte..")
        .check(CLASSES);
  }
}
