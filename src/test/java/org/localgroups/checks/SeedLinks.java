package org.localgroups.checks;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.localgroups.directory.Directory;
import org.localgroups.geo.Gazetteer;
import org.localgroups.geo.LookupContext;
import org.localgroups.geo.Place;
import org.localgroups.geo.PlaceMatch;
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
  static final Gazetteer NO_PLACES =
      new Gazetteer() {
        @Override
        public List<PlaceMatch> lookup(String text, LookupContext context) {
          return List.of();
        }

        @Override
        public List<PlaceMatch> mentions(String text, LookupContext context) {
          return List.of();
        }

        @Override
        public List<PlaceMatch> suggest(String prefix, int limit) {
          return List.of();
        }

        @Override
        public Optional<Place> country(String codeOrName) {
          return Optional.empty();
        }

        @Override
        public Optional<Place> admin1(String countryCode, String name) {
          return Optional.empty();
        }

        @Override
        public Optional<Place> byId(long geonameId) {
          return Optional.empty();
        }

        @Override
        public List<String> zonesIn(Place place) {
          return List.of();
        }
      };
}
