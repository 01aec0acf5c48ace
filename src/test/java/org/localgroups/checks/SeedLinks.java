package org.localgroups.checks;

import java.nio.file.Path;
import org.localgroups.directory.Directory;
import org.localgroups.geo.Gazetteer;
import org.localgroups.geo.NoPlaces;
import org.localgroups.importer.Importer;
import org.localgroups.pages.PageFormat;
import org.localgroups.pages.PageReader;

/** The bundled seed page imported without places (links are all these tests look at). */
final class SeedLinks {
  static final Path SEED = Path.of("src/main/resources/seed/LocalUserGroups.moin");

  private SeedLinks() {}

  static Directory directory() {
    PageReader.Page page = new PageReader().read(SEED, PageFormat.AUTO, "");
    return new Importer(NO_PLACES)
        .read(page.outline(), page.source(), page.format().id())
        .directory();
  }

  /** A gazetteer that knows no place. */
  static final Gazetteer NO_PLACES = NoPlaces.GAZETTEER;
}
