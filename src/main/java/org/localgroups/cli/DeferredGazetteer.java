package org.localgroups.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.localgroups.geo.Gazetteer;
import org.localgroups.geo.LookupContext;
import org.localgroups.geo.Place;
import org.localgroups.geo.PlaceMatch;

/**
 * A gazetteer that loads on another thread from the moment it is made; the first question waits for
 * it. Lets the server open its port while the GeoNames data (about half a second) is still loading.
 */
final class DeferredGazetteer implements Gazetteer {
  private final CompletableFuture<Gazetteer> loading;

  DeferredGazetteer(Supplier<Gazetteer> load) {
    this.loading =
        CompletableFuture.supplyAsync(
            load, runnable -> Thread.ofVirtual().name("gazetteer-load").start(runnable));
  }

  private Gazetteer loaded() {
    try {
      return loading.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  @Override
  public boolean ready() {
    return loading.isDone() && !loading.isCompletedExceptionally();
  }

  @Override
  public List<PlaceMatch> lookup(String text, LookupContext context) {
    return loaded().lookup(text, context);
  }

  @Override
  public List<PlaceMatch> mentions(String text, LookupContext context) {
    return loaded().mentions(text, context);
  }

  @Override
  public List<PlaceMatch> suggest(String prefix, int limit) {
    return loaded().suggest(prefix, limit);
  }

  @Override
  public Optional<Place> country(String codeOrName) {
    return loaded().country(codeOrName);
  }

  @Override
  public Optional<Place> admin1(String countryCode, String name) {
    return loaded().admin1(countryCode, name);
  }

  @Override
  public Optional<Place> byId(long geonameId) {
    return loaded().byId(geonameId);
  }

  @Override
  public List<String> zonesIn(Place place) {
    return loaded().zonesIn(place);
  }
}
