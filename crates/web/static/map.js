// The map beside the results: an enhancement, drawn only on pages whose region
// names a tile server (the server then adds <figure class="map"> and loads this
// script just before it). Without JavaScript the figure stays hidden and the
// list says it all.
// Tiles come only from the template in data-tiles (the Content-Security-Policy
// allows no other image host); 256-pixel Web-Mercator tiles, XYZ numbering.
(function () {
  // Run as soon as the page reaches the script (not deferred): from now on
  // app.css keeps the map's place, so the list does not move when it is drawn.
  var root = document.documentElement;
  root.classList.add('map-js');
  var TILE = 256;
  var PAD = 24; // pixels kept free around the outermost pins

  function project(lat, lon, zoom) {
    var size = TILE * Math.pow(2, zoom);
    var sin = Math.min(Math.max(Math.sin(lat * Math.PI / 180), -0.9999), 0.9999);
    return {
      x: (lon + 180) / 360 * size,
      y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size
    };
  }

  function tileUrl(template, z, x, y) {
    return template.replace('{z}', z).replace('{x}', x).replace('{y}', y);
  }

  function draw(figure) {
    var view = figure.querySelector('.map-view');
    var template = figure.getAttribute('data-tiles');
    function giveUp() { figure.parentNode.removeChild(figure); }
    if (!view || !template) return giveUp();
    var maxZoom = parseInt(figure.getAttribute('data-max-zoom'), 10);
    if (!(maxZoom >= 0)) maxZoom = 18;
    var minZoom = Math.min(8, maxZoom);
    var pins = [];
    var els = view.querySelectorAll('.map-pin');
    for (var i = 0; i < els.length; i++) {
      var lat = parseFloat(els[i].getAttribute('data-lat'));
      var lon = parseFloat(els[i].getAttribute('data-lon'));
      if (isFinite(lat) && isFinite(lon)) pins.push({ el: els[i], lat: lat, lon: lon });
      else els[i].hidden = true;
    }
    if (!pins.length) return giveUp();
    figure.hidden = false;

    var tiles = document.createElement('div');
    tiles.className = 'map-tiles';
    view.insertBefore(tiles, view.firstChild);

    // The centre, as a fraction of the world (the same at every zoom level).
    function bounds(zoom) {
      var b = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
      pins.forEach(function (p) {
        var q = project(p.lat, p.lon, zoom);
        b.x0 = Math.min(b.x0, q.x); b.x1 = Math.max(b.x1, q.x);
        b.y0 = Math.min(b.y0, q.y); b.y1 = Math.max(b.y1, q.y);
      });
      return b;
    }
    var b0 = bounds(0);
    var centre = { x: (b0.x0 + b0.x1) / 2 / TILE, y: (b0.y0 + b0.y1) / 2 / TILE };

    // The closest zoom at which every pin fits (a lone place: a street's view).
    function fit() {
      var w = view.clientWidth - 2 * PAD;
      var h = view.clientHeight - 2 * PAD;
      for (var z = Math.min(maxZoom, 16); z > minZoom; z--) {
        var b = bounds(z);
        if (b.x1 - b.x0 <= w && b.y1 - b.y0 <= h) return z;
      }
      return minZoom;
    }
    var zoom = fit();

    var zoomIn, zoomOut;
    function render() {
      var w = view.clientWidth;
      var h = view.clientHeight;
      var n = Math.pow(2, zoom);
      var left = centre.x * TILE * n - w / 2;
      var top = centre.y * TILE * n - h / 2;
      while (tiles.firstChild) tiles.removeChild(tiles.firstChild);
      for (var ty = Math.floor(top / TILE); ty * TILE < top + h; ty++) {
        if (ty < 0 || ty >= n) continue;
        for (var tx = Math.floor(left / TILE); tx * TILE < left + w; tx++) {
          var img = document.createElement('img');
          img.alt = '';
          img.width = TILE;
          img.height = TILE;
          img.draggable = false;
          img.style.left = Math.round(tx * TILE - left) + 'px';
          img.style.top = Math.round(ty * TILE - top) + 'px';
          img.onerror = function () { this.style.visibility = 'hidden'; };
          img.src = tileUrl(template, zoom, ((tx % n) + n) % n, ty);
          tiles.appendChild(img);
        }
      }
      pins.forEach(function (p) {
        var q = project(p.lat, p.lon, zoom);
        var x = q.x - left;
        var y = q.y - top;
        p.el.hidden = x < 0 || y < 0 || x > w || y > h;
        p.el.style.left = Math.round(x) + 'px';
        p.el.style.top = Math.round(y) + 'px';
      });
      if (zoomIn) zoomIn.disabled = zoom >= maxZoom;
      if (zoomOut) zoomOut.disabled = zoom <= minZoom;
    }

    // Zoom buttons (in the page, outside the drawing that assistive technology
    // skips): real buttons, usable with the keyboard. No dragging: on a phone
    // the page scrolls as usual over the map.
    var buttons = figure.querySelectorAll('.map-zoom button[data-zoom]');
    for (var k = 0; k < buttons.length; k++) {
      (function (b) {
        var step = parseInt(b.getAttribute('data-zoom'), 10);
        if (step > 0) zoomIn = b; else zoomOut = b;
        b.addEventListener('click', function () {
          zoom = Math.max(minZoom, Math.min(maxZoom, zoom + step));
          render();
        });
      })(buttons[k]);
    }

    render();
    var width = view.clientWidth;
    var pending;
    window.addEventListener('resize', function () {
      clearTimeout(pending);
      pending = setTimeout(function () {
        if (view.clientWidth !== width) { width = view.clientWidth; zoom = fit(); render(); }
      }, 200);
    });
  }

  function start() {
    var figures = document.querySelectorAll('figure.map[data-tiles]');
    for (var i = 0; i < figures.length; i++) draw(figures[i]);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
