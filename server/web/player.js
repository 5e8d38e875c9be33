// The players' live view: joins the service's WebSocket with the share code, draws the public
// view it sends (text only, never HTML from the wire) and reconnects with a growing delay, at once
// when the device comes back online or the player taps "Reconnect now". Registers the worker that
// lets the view install as an app and open without the network (player-sw.js).
(function () {
  "use strict";
  var root = document.getElementById("player");
  var code = root.getAttribute("data-code");
  var heading = document.querySelector("h1");
  var stateLine = document.getElementById("live-state");
  var roundLine = document.getElementById("round");
  var nowLine = document.getElementById("now");
  var nextLine = document.getElementById("next");
  var list = document.getElementById("combatants");
  var reconnectButton = document.getElementById("reconnect");
  var healthWords = { healthy: "Healthy", hurt: "Hurt", bloodied: "Bloodied", defeated: "Defeated" };
  var delay = 1000;
  var finished = false;
  var retryTimer = null;

  function setState(text, live) {
    stateLine.textContent = text;
    root.classList.toggle("offline", !live);
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function healthText(c) {
    if (c.dying) return "Dying";
    if (c.stable) return "Stable";
    if (typeof c.currentHp === "number" && typeof c.maxHp === "number")
      return c.currentHp + " / " + c.maxHp + (c.tempHp ? " (+" + c.tempHp + ")" : "");
    return healthWords[c.health] || "";
  }

  function conditionText(condition) {
    if (typeof condition.remainingRounds !== "number") return condition.name;
    var rounds = condition.remainingRounds;
    return condition.name + " (" + rounds + (rounds === 1 ? " round)" : " rounds)");
  }

  function nameOf(view, id) {
    for (var i = 0; i < view.combatants.length; i++)
      if (view.combatants[i].id === id) return view.combatants[i].name;
    return "\u2014";
  }

  function draw(view) {
    heading.textContent = view.title || "Encounter";
    document.title = (view.title || "Encounter") + " \u00b7 Player view";
    if (view.inCombat) {
      roundLine.textContent = "Round " + view.round;
      nowLine.textContent = view.paused ? "Paused" : "Now: " + nameOf(view, view.currentId);
      nextLine.textContent = view.paused ? "" : "Next: " + nameOf(view, view.nextId);
    } else {
      roundLine.textContent = "";
      nowLine.textContent = "Waiting for combat to begin";
      nextLine.textContent = "";
    }
    var rows = document.createDocumentFragment();
    view.combatants.forEach(function (c) {
      var row = element("li", "combatant");
      if (c.id === view.currentId) row.classList.add("current");
      if (c.id === view.nextId) row.classList.add("next");
      var name = element("span", "name", (c.id === view.currentId ? "\u25b6 " : "") + c.name);
      var chips = element("span", "chips");
      if (c.id === view.nextId) chips.appendChild(element("span", "chip chip-next", "next"));
      (c.conditions || []).forEach(function (condition) {
        chips.appendChild(element("span", "chip", conditionText(condition)));
      });
      var health = element("span", "health health-" + (c.dying || c.stable ? "defeated" : c.health), healthText(c));
      row.appendChild(name);
      row.appendChild(chips);
      row.appendChild(health);
      rows.appendChild(row);
    });
    list.replaceChildren(rows);
  }

  function end(text) {
    finished = true;
    setState(text, false);
    root.classList.add("ended");
  }

  function connect() {
    retryTimer = null;
    setState("Connecting\u2026", false);
    var scheme = location.protocol === "https:" ? "wss://" : "ws://";
    var socket = new WebSocket(scheme + location.host + "/api/v1/ws");
    socket.onopen = function () {
      socket.send(JSON.stringify({ type: "watch", shareCode: code }));
    };
    socket.onmessage = function (message) {
      var event;
      try { event = JSON.parse(message.data); } catch (e) { return; }
      if (event.type === "watch:ok") {
        delay = 1000;
        setState("Live", true);
      } else if (event.data && event.data.combatants) {
        draw(event.data);
      }
    };
    socket.onclose = function (closed) {
      if (finished) return;
      // 4401: the code is unknown or revoked; 4404: the encounter is gone; 1000: the share was revoked.
      if (closed.code === 4401 || closed.code === 1000) return end("This share link was revoked. Ask your DM for a new one.");
      if (closed.code === 4404) return end("The DM removed this encounter.");
      var seconds = Math.round(delay / 1000);
      setState(navigator.onLine === false ? "Not live \u2014 offline, waiting for the network"
                                          : "Not live \u2014 waiting for the connection, trying again in " + seconds + " s",
               false);
      retryTimer = setTimeout(connect, delay);
      delay = Math.min(delay * 2, 30000);
    };
  }

  // Waiting for the next try: try now instead (back from a sleeping phone, the network back, a tap).
  function reconnectNow() {
    if (retryTimer !== null && !finished) {
      clearTimeout(retryTimer);
      delay = 1000;
      connect();
    }
  }
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible") reconnectNow();
  });
  window.addEventListener("online", reconnectNow);
  reconnectButton.addEventListener("click", reconnectNow);

  // Installable where the browser allows workers (HTTPS, or this machine); the view works without.
  if ("serviceWorker" in navigator)
    navigator.serviceWorker.register("/play/sw.js", { scope: "/play/" }).catch(function () {});
  connect();
})();
