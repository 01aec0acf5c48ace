// localgroups maps: the world map (/map) and a group's small map. Everything is served by us.
(function () {
  'use strict';
  if (typeof L === 'undefined') return;
  var body = document.body;
  var tileUrl = body.getAttribute('data-tile-url') || '';
  var tileAttribution = body.getAttribute('data-tile-attribution') || '';

  // Leaflet's marker by its content-hashed address, without the shadow: the shadow has no
  // high-density image, so phones scaled it up blurred (Lighthouse: image-size-responsive)
  if (body.getAttribute('data-marker')) {
    L.Marker.prototype.options.icon = L.icon({
      iconUrl: body.getAttribute('data-marker'),
      iconRetinaUrl: body.getAttribute('data-marker-2x'),
      iconSize: [25, 41],
      iconAnchor: [12, 41],
      popupAnchor: [1, -34],
      tooltipAnchor: [16, -28]
    });
  }

  // Natural Earth countries (public domain) from the vendored world-atlas TopoJSON: the light 110m
  // layer (108 KB) at world zoom, the 50m one (756 KB) only once a map is zoomed in this far.
  var DETAIL_ZOOM = 4;
  var countries = {};

  function countriesOf(size) {
    if (!countries[size]) {
      countries[size] = fetch(body.getAttribute('data-countries-' + size) ||
          '/static/vendor/world-atlas/countries-' + size + '.json')
        .then(function (r) { return r.json(); })
        .then(function (topo) {
          var fc = topojson.feature(topo, topo.objects.countries);
          // Antarctica has no groups and its ring spans the whole dateline; other rings that cross the
          // antimeridian (Russia, Fiji) are moved east so Leaflet does not draw them across the map.
          fc.features = fc.features.filter(function (f) { return f.id !== '010'; });
          fc.features.forEach(function (f) { unwrap(f.geometry); });
          return fc;
        });
    }
    return countries[size];
  }

  function baseLayer(map, detailWhenZoomed) {
    if (tileUrl) {
      L.tileLayer(tileUrl, { attribution: tileAttribution, maxZoom: 18 }).addTo(map);
      return;
    }
    map.attributionControl.addAttribution('Natural Earth');
    var shown = null, wanted = null;
    function show(size) {
      if (size === wanted) return;
      wanted = size;
      countriesOf(size).then(function (fc) {
        if (wanted !== size) return;
        // on a canvas: one element for ~180 countries instead of as many SVG paths, which kept a
        // phone's main thread busy for most of a second
        var layer = L.geoJSON(fc, {
          renderer: L.canvas({ padding: 0.2 }),
          interactive: false,
          style: { color: '#8a99ad', weight: 0.6, fillColor: '#f4f1e8', fillOpacity: 1 }
        }).addTo(map);
        if (shown) map.removeLayer(shown);
        shown = layer;
        // read by the browser tests: the base layer is drawn, and how many countries it holds
        window.localgroupsBase = { countries: fc.features.length, size: size };
      }).catch(function () { /* markers still work without the base layer */ });
    }
    function pick() { show(detailWhenZoomed && map.getZoom() >= DETAIL_ZOOM ? '50m' : '110m'); }
    pick();
    if (detailWhenZoomed) map.on('zoomend', pick);
  }

  function unwrapRing(ring) {
    var min = 180, max = -180;
    ring.forEach(function (p) { if (p[0] < min) min = p[0]; if (p[0] > max) max = p[0]; });
    if (max - min > 180) ring.forEach(function (p) { if (p[0] < 0) p[0] += 360; });
  }

  function unwrap(g) {
    if (!g) return;
    if (g.type === 'Polygon') g.coordinates.forEach(unwrapRing);
    if (g.type === 'MultiPolygon') g.coordinates.forEach(function (poly) { poly.forEach(unwrapRing); });
  }

  function popup(feature) {
    var props = feature.properties;
    var div = document.createElement('div');
    var a = document.createElement('a');
    a.href = '/groups/' + encodeURIComponent(feature.id);
    a.textContent = props.name;
    div.appendChild(a);
    if (props.place) {
      var p = document.createElement('div');
      p.textContent = props.place;
      div.appendChild(p);
    }
    return div;
  }

  var world = document.getElementById('world-map');
  if (world && L.markerClusterGroup) {
    world.hidden = false;
    var status = document.querySelector('.map-status');
    // the whole world across a phone's width at zoom 1 (512 px); zoom 2 elsewhere
    var map = L.map(world, { worldCopyJump: true, minZoom: 1, maxZoom: 18 })
      .setView([25, 10], world.clientWidth < 600 ? 1 : 2);
    // a group page links here as #map=zoom/lat/lon
    var view = /^#map=(\d{1,2})\/(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)$/.exec(location.hash);
    if (view) map.setView([parseFloat(view[2]), parseFloat(view[3])], parseInt(view[1], 10));
    baseLayer(map, true);
    fetch('/api/groups.geojson')
      .then(function (r) { return r.json(); })
      .then(function (fc) {
        function done() {
          // read by the browser tests: the markers actually in the layer, whatever the clustering shows
          window.localgroupsMap = {
            markerCount: cluster.getLayers().length,
            zoom: map.getZoom(),
            center: [map.getCenter().lat, map.getCenter().lng]
          };
          if (status) status.textContent = fc.features.length + ' groups on the map.';
        }
        // in chunks of at most 50 ms, so that a phone's main thread is never blocked for long
        var cluster = L.markerClusterGroup({
          showCoverageOnHover: false,
          chunkedLoading: true,
          chunkProgress: function (processed, total) { if (processed === total) done(); }
        });
        var markers = fc.features.map(function (f) {
          var c = f.geometry.coordinates;
          var m = L.marker([c[1], c[0]], { title: f.properties.name, alt: f.properties.name });
          m.bindPopup(function () { return popup(f); });
          return m;
        });
        map.addLayer(cluster);
        cluster.addLayers(markers);
        if (markers.length === 0) done();
      })
      .catch(function (e) { if (window.console) console.error(e); if (status) status.textContent = 'The groups could not be loaded; see the list below.'; });
  }

  var mini = document.getElementById('group-map');
  if (mini) {
    var lat = parseFloat(mini.getAttribute('data-lat')), lon = parseFloat(mini.getAttribute('data-lon'));
    if (isFinite(lat) && isFinite(lon)) {
      var small = L.map(mini, { scrollWheelZoom: false, maxZoom: 18 }).setView([lat, lon], tileUrl ? 10 : 5);
      // one marker: the light layer is enough to tell where it is
      baseLayer(small, false);
      L.marker([lat, lon], { title: mini.getAttribute('data-name') || '' }).addTo(small);
    }
  }
})();
