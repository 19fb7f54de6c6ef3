// "Near me": an enhancement. Without JavaScript the button never shows and
// the search by postcode works as before. Nothing leaves the site: the
// position goes only into the search URL of this site.
(function () {
  var button = document.getElementById('near-me');
  if (!button || !('geolocation' in navigator)) return;
  var status = document.getElementById('near-me-status');
  button.hidden = false;
  button.addEventListener('click', function () {
    status.textContent = button.getAttribute('data-wait');
    navigator.geolocation.getCurrentPosition(function (pos) {
      var near = pos.coords.latitude.toFixed(4) + ',' + pos.coords.longitude.toFixed(4);
      window.location.href = button.getAttribute('data-action') + '?near=' + encodeURIComponent(near);
    }, function () {
      status.textContent = button.getAttribute('data-error');
    }, { timeout: 15000, maximumAge: 600000 });
  });
})();
