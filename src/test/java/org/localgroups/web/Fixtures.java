package org.localgroups.web;

import org.localgroups.directory.Directory;

/** Test fixture: the web layer's services over the fixture directory. */
final class Fixtures {
  private Fixtures() {}

  static WebServices services() {
    Directory d = FixtureDirectory.directory();
    FixtureGazetteer gazetteer = new FixtureGazetteer();
    return new WebServices(() -> d, gazetteer, new FixtureGroupIndex(d), new FixtureNearSearch(d, gazetteer),
        new FixtureExportSource());
  }
}
