package org.localgroups.web;

import org.localgroups.geo.Gazetteer;
import org.localgroups.search.LiveDirectory;

/**
 * Test fixture: the web layer's services over the fixture directory, with a real (in-memory) search
 * index.
 */
public final class Fixtures {
  private Fixtures() {}

  public static WebServices services() {
    return services(new FixedSource(FixtureDirectory.directory()), new FixtureGazetteer());
  }

  public static WebServices services(FixedSource source, Gazetteer gazetteer) {
    return new WebServices(new LiveDirectory(source, gazetteer), gazetteer);
  }
}
