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

  // one popup for the groups standing at one point (groups placed in one city share its point)
  function popup(features) {
    var div = document.createElement('div');
    if (features.length > 1) {
      var head = document.createElement('div');
      head.textContent = features.length + ' groups here';
      div.appendChild(head);
    }
    var list = document.createElement(features.length > 1 ? 'ul' : 'div');
    features.forEach(function (f) {
      var item = document.createElement(features.length > 1 ? 'li' : 'div');
      var a = document.createElement('a');
      a.href = '/groups/' + encodeURIComponent(f.id);
      a.textContent = f.properties.name;
      item.appendChild(a);
      list.appendChild(item);
    });
    div.appendChild(list);
    if (features[0].properties.place) {
      var p = document.createElement('div');
      p.textContent = features[0].properties.place;
      div.appendChild(p);
    }
    return div;
  }

  // a cluster that cannot be split further: the page of the groups near its point
  function nearPopup(f) {
    var c = f.geometry.coordinates;
    var a = document.createElement('a');
    a.href = '/near?lat=' + c[1] + '&lon=' + c[0];
    a.textContent = f.properties.count + ' groups here: list them';
    return a;
  }

  // a view as the API takes it: longitudes in [-180, 180] (west > east across the antimeridian)
  function bboxOf(map) {
    var b = map.getBounds();
    var west = b.getWest(), east = b.getEast();
    if (east - west >= 360) {
      west = -180; east = 180;
    } else {
      west = ((west + 180) % 360 + 360) % 360 - 180;
      east = ((east + 180) % 360 + 360) % 360 - 180;
      if (east === -180) east = 180;
    }
    var south = Math.max(-90, b.getSouth()), north = Math.min(90, b.getNorth());
    return [west, south, east, north].map(function (v) { return v.toFixed(5); }).join(',');
  }

  var world = document.getElementById('world-map');
  if (world) {
    world.hidden = false;
    var status = document.querySelector('.map-status');
    // the whole world across a phone's width at zoom 1 (512 px); zoom 2 elsewhere
    var map = L.map(world, { worldCopyJump: true, minZoom: 1, maxZoom: 18 })
      .setView([25, 10], world.clientWidth < 600 ? 1 : 2);
    // a group page links here as #map=zoom/lat/lon
    var view = /^#map=(\d{1,2})\/(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)$/.exec(location.hash);
    if (view) map.setView([parseFloat(view[2]), parseFloat(view[3])], parseInt(view[1], 10));
    baseLayer(map, true);
    // the groups as dots on one canvas above the countries: no element per group to lay out
    map.createPane('groups').style.zIndex = 450;
    var dots = L.canvas({ pane: 'groups', padding: 0.2 });
    var shown = L.layerGroup().addTo(map);
    var pending = null, timer = null;

    function bubble(f) {
      var c = f.geometry.coordinates, n = f.properties.count;
      var size = n < 10 ? 30 : n < 100 ? 36 : n < 1000 ? 42 : 48;
      var m = L.marker([c[1], c[0]], {
        icon: L.divIcon({ className: 'map-cluster', html: '<span>' + n + '</span>', iconSize: [size, size] }),
        title: n + ' groups', alt: n + ' groups', keyboard: true
      });
      m.on('click', function () {
        var b = f.bbox, zoom = map.getZoom();
        var target = map.getBoundsZoom(L.latLngBounds([b[1], b[0]], [b[3], b[2]]));
        if (zoom >= map.getMaxZoom()) {
          L.popup().setLatLng(m.getLatLng()).setContent(nearPopup(f)).openOn(map);
        } else {
          // at least one level in: a bubble always opens up when clicked
          map.setView([(b[1] + b[3]) / 2, (b[0] + b[2]) / 2], Math.min(map.getMaxZoom(), Math.max(zoom + 1, target)));
        }
      });
      return m;
    }

    function draw(fc) {
      shown.clearLayers();
      var at = {}, clusters = 0, groups = 0;
      fc.features.forEach(function (f) {
        if (f.properties.cluster) {
          shown.addLayer(bubble(f));
          clusters++;
          return;
        }
        groups++;
        var key = f.geometry.coordinates.join(',');
        (at[key] = at[key] || []).push(f);
      });
      // the dot nearest the middle, for the browser tests to click
      var middle = map.getSize().divideBy(2), first = null;
      Object.keys(at).forEach(function (key) {
        var fs = at[key], c = fs[0].geometry.coordinates;
        L.circleMarker([c[1], c[0]], {
          renderer: dots, radius: fs.length > 1 ? 8 : 6, weight: 2,
          color: '#fff', fillColor: '#2a6fb0', fillOpacity: 1
        }).bindPopup(function () { return popup(fs); }).addTo(shown);
        var p = map.latLngToContainerPoint([c[1], c[0]]);
        if (!first || p.distanceTo(middle) < first.distanceTo(middle)) first = p;
      });
      // read by the browser tests: what the view holds, as drawn
      window.localgroupsMap = {
        markerCount: groups,
        clusterCount: clusters,
        total: fc.total,
        dot: first ? [first.x, first.y] : null,
        zoom: map.getZoom(),
        center: [map.getCenter().lat, map.getCenter().lng]
      };
      if (status) {
        status.textContent = fc.total + (fc.total === 1 ? ' group' : ' groups') + ' in this view' +
          (clusters ? '; a number stands for that many groups: zoom in to see them.' : '.');
      }
    }

    function load() {
      if (pending) pending.abort();
      var mine = pending = new AbortController();
      fetch('/api/groups.geojson?bbox=' + bboxOf(map) + '&zoom=' + map.getZoom(), { signal: mine.signal })
        .then(function (r) {
          if (!r.ok) throw new Error('HTTP ' + r.status);
          return r.json();
        })
        .then(function (fc) { if (pending === mine) draw(fc); })
        .catch(function (e) {
          if (e.name === 'AbortError') return;
          if (window.console) console.error(e);
          if (status) status.textContent = 'The groups could not be loaded; see the list below.';
        });
    }
    // a view once the map stops moving; a newer view cancels the request of an older one
    map.on('moveend', function () {
      clearTimeout(timer);
      timer = setTimeout(load, 150);
    });
    load();
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
