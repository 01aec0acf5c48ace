// localgroups: progressive enhancements for every page (the pages work without this file).
(function () {
  'use strict';

  // Place suggestions as you type, from our own /api/places.
  document.querySelectorAll('form.search input[list]').forEach(function (input) {
    var list = document.getElementById(input.getAttribute('list'));
    if (!list) return;
    var timer = 0, last = '';
    input.addEventListener('input', function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (q.length < 2 || q === last) return;
      timer = setTimeout(function () {
        last = q;
        fetch('/api/places?q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (places) {
            list.replaceChildren();
            places.forEach(function (p) {
              var o = document.createElement('option');
              o.value = p.label;
              list.appendChild(o);
            });
          })
          .catch(function () { /* suggestions are a nicety; the form still works */ });
      }, 150);
    });
  });

  // "Use my location": only when the browser can tell it.
  document.querySelectorAll('form.search').forEach(function (form) {
    var button = form.querySelector('button.locate');
    var status = form.querySelector('.locate-status');
    if (!button || !('geolocation' in navigator)) return;
    button.hidden = false;
    button.addEventListener('click', function () {
      status.textContent = 'Finding your location…';
      navigator.geolocation.getCurrentPosition(function (pos) {
        var lat = pos.coords.latitude.toFixed(4), lon = pos.coords.longitude.toFixed(4);
        window.location.href = '/near?lat=' + lat + '&lon=' + lon;
      }, function (err) {
        status.textContent = 'Your location is not available (' + err.message + '). Please type your city.';
      }, { maximumAge: 600000, timeout: 15000 });
    });
  });
})();
