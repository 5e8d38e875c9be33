// The waiting page the player view's worker shows when the service cannot be reached and this
// share's page was never opened here: it asks the service again, more slowly each time, and as
// soon as it answers loads the player view in its place.
(function () {
  "use strict";
  var stateLine = document.getElementById("live-state");
  var button = document.getElementById("reconnect");
  var delay = 1000;
  var timer = null;

  function probe() {
    timer = null;
    stateLine.textContent = "Trying to reach the tracker\u2026";
    fetch("/healthz", { cache: "no-store" }).then(function (response) {
      if (!response.ok) throw new Error("status " + response.status);
      location.reload();
    }).catch(function () {
      var seconds = Math.round(delay / 1000);
      stateLine.textContent = navigator.onLine === false
        ? "Offline \u2014 waiting for the network"
        : "Not live \u2014 waiting for the connection, trying again in " + seconds + " s";
      timer = setTimeout(probe, delay);
      delay = Math.min(delay * 2, 30000);
    });
  }

  function now() {
    if (timer !== null) clearTimeout(timer);
    delay = 1000;
    probe();
  }

  button.addEventListener("click", now);
  window.addEventListener("online", now);
  probe();
})();
