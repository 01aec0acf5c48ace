package org.localgroups.export;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.IntroLine;
import org.localgroups.directory.Link;
import org.localgroups.directory.LinkKind;
import org.localgroups.directory.Placement;
import org.localgroups.directory.Region;

class DirectoryJsonPropertiesTest {
  @Property(tries = 300)
  void jsonRoundTripsToAnEqualDirectory(@ForAll("directories") Directory d) {
    String json = Exports.render(d, ExportFormat.JSON);
    assertThat(DirectoryJson.read(json)).isEqualTo(d);
  }

  @Property(tries = 100)
  void jsonIsStableAcrossARoundTrip(@ForAll("directories") Directory d) {
    String json = Exports.render(d, ExportFormat.JSON);
    assertThat(Exports.render(DirectoryJson.read(json), ExportFormat.JSON)).isEqualTo(json);
  }

  @Provide
  Arbitrary<Directory> directories() {
    return Combinators.combine(
            text(),
            text().map(IntroLine::plain).list().ofMaxSize(3),
            region().list().ofMaxSize(4),
            group().list().ofMaxSize(4))
        .as(Directory::new);
  }

  /** Any Unicode text, empty included: controls, quotes, backslashes, astral characters. */
  static Arbitrary<String> text() {
    Arbitrary<String> codePoint =
        Arbitraries.oneOf(
                Arbitraries.integers().between(0, 0x7f),
                Arbitraries.integers().between(0x80, 0xffff),
                Arbitraries.integers().between(0x10000, 0x10ffff))
            .filter(c -> c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE)
            .map(Character::toString);
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just("")),
        Tuple.of(
            1,
            Arbitraries.of(
                "\"",
                "\\",
                "\u0000",
                "\u2028",
                "https://a/#!b?c=d&e=%20",
                "mailto:x@y?Subject=subscribe",
                "Kraków",
                "北京",
                "🐍")),
        Tuple.of(4, codePoint.list().ofMaxSize(12).map(l -> String.join("", l))));
  }

  static Arbitrary<Double> degrees() {
    return Arbitraries.frequencyOf(
        Tuple.of(
            2,
            Arbitraries.of(
                -0.0,
                0.0,
                1e-7,
                -1e-7,
                179.99999,
                -180.0,
                90.0,
                Double.MIN_VALUE,
                Double.MAX_VALUE,
                Double.NaN,
                Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY)),
        Tuple.of(3, Arbitraries.doubles().between(-180, 180)),
        Tuple.of(1, Arbitraries.doubles()));
  }

  static Arbitrary<Placement> placement() {
    return Combinators.combine(
            Arbitraries.of(Placement.Precision.class),
            text(),
            text(),
            text(),
            degrees(),
            degrees(),
            Arbitraries.longs(),
            degrees())
        .flatAs(
            (precision, name, country, admin1, lat, lon, id, confidence) ->
                text()
                    .map(
                        reason ->
                            new Placement(
                                precision,
                                name,
                                country,
                                admin1,
                                lat,
                                lon,
                                id,
                                confidence,
                                reason)));
  }

  static Arbitrary<Link> link() {
    return Combinators.combine(Arbitraries.of(LinkKind.class), text(), text(), text())
        .as(Link::new);
  }

  static Arbitrary<Region> region() {
    return Combinators.combine(
            text(),
            text(),
            Arbitraries.integers(),
            text(),
            Arbitraries.of(Region.RegionKind.class),
            placement(),
            link().list().ofMaxSize(3),
            text().list().ofMaxSize(3))
        .flatAs(
            (slug, name, level, parent, kind, place, resources, groups) ->
                Arbitraries.integers()
                    .map(
                        line ->
                            new Region(
                                slug, name, level, parent, kind, place, resources, groups, line)));
  }

  static Arbitrary<Group> group() {
    return Combinators.combine(
            text(),
            text(),
            text(),
            link().list().ofMaxSize(4),
            Arbitraries.of(GroupStatus.class),
            text(),
            text(),
            text().list().ofMaxSize(3))
        .flatAs(
            (slug, name, description, links, status, founded, meeting, notes) ->
                Combinators.combine(placement(), Arbitraries.integers().list().ofMaxSize(3))
                    .as(
                        (placement, lines) ->
                            new Group(
                                slug,
                                name,
                                description,
                                links,
                                status,
                                founded,
                                meeting,
                                notes,
                                placement,
                                lines)));
  }
}
