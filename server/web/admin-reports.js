// The administrators' report page (/admin/reports): signs in through the API, keeps the access
// token in this script's memory only, asks GET /api/v1/admin/reports for a period and draws the
// figures and charts itself (SVG, no outside script or font). A token may also arrive in the
// address's fragment (#token=...&from=...&to=...), which never reaches the server; the page takes it
// and removes the fragment from the address at once.
(function () {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';
  // The drawing is as wide as its box (at least 300), so its text keeps its size on a phone.
  var MIN_WIDTH = 300;
  var HEIGHT = 220;
  var PAD = { left: 52, right: 12, top: 12, bottom: 28 };
  var token = null;
  var csvUrl = null;
  var shown = null; // the report on screen, drawn again when the window's width changes

  function $(id) { return document.getElementById(id); }
  function show(id, visible) { $(id).hidden = !visible; }
  function say(id, text) {
    var element = $(id);
    element.textContent = text || '';
    element.hidden = !text;
  }
  function isoDay(date) { return date.toISOString().slice(0, 10); }

  function money(cents, currency) {
    try {
      return new Intl.NumberFormat(undefined, { style: 'currency', currency: currency.toUpperCase() })
        .format(cents / 100);
    } catch (e) {
      return (cents / 100).toFixed(2) + ' ' + currency.toUpperCase();
    }
  }
  function count(value) { return new Intl.NumberFormat().format(value); }

  function api(path, options) {
    options = options || {};
    var headers = { 'Accept': 'application/json' };
    if (token) headers['Authorization'] = 'Bearer ' + token;
    if (options.body) headers['Content-Type'] = 'application/json';
    return fetch(path, { method: options.method || 'GET', headers: headers, body: options.body,
                         credentials: 'same-origin', cache: 'no-store' });
  }
  function errorText(response) {
    return response.json().then(function (answer) {
      return (answer.error && answer.error.message) || ('The service answered ' + response.status + '.');
    }, function () { return 'The service answered ' + response.status + '.'; });
  }

  function signedIn(accessToken) {
    token = accessToken;
    show('sign-in', false);
    show('report', true);
  }
  function signedOut(message) {
    token = null;
    shown = null;
    if (csvUrl) URL.revokeObjectURL(csvUrl);
    csvUrl = null;
    show('report', false);
    show('sign-in', true);
    say('sign-in-error', message);
    $('password').value = '';
  }

  // ---- charts ----
  function node(name, attributes, parent) {
    var element = document.createElementNS(SVG, name);
    Object.keys(attributes).forEach(function (key) { element.setAttribute(key, attributes[key]); });
    if (parent) parent.appendChild(element);
    return element;
  }
  function text(content, attributes, parent) {
    var element = node('text', attributes, parent);
    element.textContent = content;
    return element;
  }
  // A chart of daily values: bars for one series, lines for several. Every bar and point carries
  // its date and value (data-date, data-value), so what was drawn can be checked.
  function drawChart(containerId, daily, series, format) {
    var container = $(containerId);
    container.textContent = '';
    var width = Math.max(MIN_WIDTH, Math.round(container.clientWidth || 600));
    var plotWidth = width - PAD.left - PAD.right;
    var plotHeight = HEIGHT - PAD.top - PAD.bottom;
    var max = 0;
    series.forEach(function (s) {
      daily.forEach(function (day) { max = Math.max(max, day[s.key]); });
    });
    var top = max > 0 ? max : 1;
    var svg = node('svg', { viewBox: '0 0 ' + width + ' ' + HEIGHT, role: 'img',
                            'aria-label': series.map(function (s) { return s.label; }).join(', '),
                            'data-max': String(max) }, container);
    node('line', { x1: PAD.left, y1: PAD.top + plotHeight, x2: width - PAD.right, y2: PAD.top + plotHeight,
                   'class': 'axis' }, svg);
    node('line', { x1: PAD.left, y1: PAD.top, x2: width - PAD.right, y2: PAD.top, 'class': 'grid' }, svg);
    text(format(max), { x: PAD.left - 6, y: PAD.top + 4, 'text-anchor': 'end', 'class': 'tick' }, svg);
    text(format(0), { x: PAD.left - 6, y: PAD.top + plotHeight + 4, 'text-anchor': 'end', 'class': 'tick' }, svg);
    if (daily.length > 0) {
      text(daily[0].date, { x: PAD.left, y: HEIGHT - 8, 'class': 'tick' }, svg);
      if (daily.length > 1)
        text(daily[daily.length - 1].date, { x: width - PAD.right, y: HEIGHT - 8, 'text-anchor': 'end',
                                             'class': 'tick' }, svg);
    }
    var step = plotWidth / Math.max(daily.length, 1);
    function y(value) { return PAD.top + plotHeight - (value / top) * plotHeight; }
    series.forEach(function (s, index) {
      var group = node('g', { 'class': 'series s' + index, 'data-series': s.key }, svg);
      if (series.length === 1) {
        daily.forEach(function (day, i) {
          var value = day[s.key];
          node('rect', { x: (PAD.left + i * step + step * 0.15).toFixed(2), y: y(value).toFixed(2),
                         width: Math.max(step * 0.7, 0.5).toFixed(2),
                         height: (PAD.top + plotHeight - y(value)).toFixed(2),
                         'data-date': day.date, 'data-value': String(value) }, group);
        });
        return;
      }
      var points = daily.map(function (day, i) {
        return (PAD.left + i * step + step / 2).toFixed(2) + ',' + y(day[s.key]).toFixed(2);
      });
      node('polyline', { points: points.join(' '), 'class': 'line' }, group);
      daily.forEach(function (day, i) {
        node('circle', { cx: (PAD.left + i * step + step / 2).toFixed(2), cy: y(day[s.key]).toFixed(2),
                         r: daily.length > 62 ? 0 : 2.5, 'data-date': day.date,
                         'data-value': String(day[s.key]) }, group);
      });
    });
    if (series.length > 1) {
      var legend = document.createElement('ul');
      legend.className = 'legend';
      series.forEach(function (s, index) {
        var item = document.createElement('li');
        item.className = 's' + index;
        item.textContent = s.label;
        legend.appendChild(item);
      });
      container.appendChild(legend);
    }
  }

  // ---- the report ----
  function tile(list, label, value, id) {
    var term = document.createElement('dt');
    term.textContent = label;
    var detail = document.createElement('dd');
    detail.textContent = value;
    detail.id = id;
    var wrapper = document.createElement('div');
    wrapper.appendChild(term);
    wrapper.appendChild(detail);
    list.appendChild(wrapper);
  }
  function drawCharts(report) {
    var daily = report.daily;
    var currency = report.currency;
    drawChart('chart-mrr', daily, [{ key: 'mrrCents', label: 'MRR' }],
              function (cents) { return money(cents, currency); });
    drawChart('chart-active', daily, [{ key: 'activeUsers', label: 'Active users' }], count);
    drawChart('chart-accounts', daily, [{ key: 'signUps', label: 'Sign-ups' },
                                        { key: 'conversions', label: 'Conversions' },
                                        { key: 'cancellations', label: 'Cancellations' }], count);
    drawChart('chart-features', daily, [{ key: 'encountersRun', label: 'Encounters run' },
                                        { key: 'combatActions', label: 'Combat actions' },
                                        { key: 'liveViews', label: 'Live views' },
                                        { key: 'syncs', label: 'Syncs' }], count);
  }
  function render(report) {
    var totals = report.totals;
    var tiles = $('tiles');
    tiles.textContent = '';
    var currency = report.currency;
    var rate = report.churn.rate === null ? '–' : (report.churn.rate * 100).toFixed(1) + ' %';
    tile(tiles, 'Monthly recurring revenue', money(report.revenue.mrrAtEndCents, currency), 'tile-mrr');
    tile(tiles, 'Paying accounts', count(report.revenue.payingAtEnd), 'tile-paying');
    tile(tiles, 'Sign-ups', count(totals.signUps), 'tile-signups');
    tile(tiles, 'Verified', count(totals.verifications), 'tile-verifications');
    tile(tiles, 'Conversions', count(totals.conversions), 'tile-conversions');
    tile(tiles, 'Cancellations', count(totals.cancellations), 'tile-cancellations');
    tile(tiles, 'Churn rate', rate, 'tile-churn');
    tile(tiles, 'Active users', count(totals.activeUsers), 'tile-active');
    tile(tiles, 'Encounters run', count(totals.encountersRun), 'tile-encounters');
    tile(tiles, 'Combat actions', count(totals.combatActions), 'tile-actions');
    tile(tiles, 'Live views', count(totals.liveViews), 'tile-live');
    tile(tiles, 'Syncs', count(totals.syncs), 'tile-syncs');

    shown = report;
    drawCharts(report);
    var tiers = $('tiers');
    tiers.textContent = '';
    Object.keys(report.conversionsPerTier).forEach(function (tier) {
      var row = tiers.insertRow();
      row.insertCell().textContent = tier;
      row.insertCell().textContent = count(report.conversionsPerTier[tier]);
    });
    say('report-state', 'From ' + report.from + ' to ' + report.to + ' (' + report.days + ' days, UTC).');
    $('reports').setAttribute('data-state', 'shown');
  }

  function periodQuery() {
    return 'from=' + encodeURIComponent($('from').value) + '&to=' + encodeURIComponent($('to').value);
  }
  function load() {
    say('report-error', '');
    $('reports').setAttribute('data-state', 'loading');
    var query = periodQuery();
    api('/api/v1/admin/reports?' + query).then(function (response) {
      if (response.status === 401) return signedOut('Your session ended; sign in again.');
      if (response.status === 403) return signedOut('This account is not an administrator.');
      if (!response.ok) {
        return errorText(response).then(function (message) {
          say('report-error', message);
          $('reports').setAttribute('data-state', 'failed');
        });
      }
      return response.json().then(function (answer) {
        render(answer.data);
        return api('/api/v1/admin/reports?' + query + '&format=csv');
      }).then(function (csv) {
        if (!csv || !csv.ok) return;
        return csv.blob().then(function (blob) {
          if (csvUrl) URL.revokeObjectURL(csvUrl);
          csvUrl = URL.createObjectURL(blob);
          var link = $('csv');
          link.href = csvUrl;
          link.download = 'business-report-' + $('from').value + '-to-' + $('to').value + '.csv';
          link.hidden = false;
        });
      });
    }).catch(function () {
      say('report-error', 'The service cannot be reached; try again.');
      $('reports').setAttribute('data-state', 'failed');
    });
  }

  $('sign-in').addEventListener('submit', function (event) {
    event.preventDefault();
    say('sign-in-error', '');
    api('/api/v1/auth/login', { method: 'POST', body: JSON.stringify({ email: $('email').value,
                                                                        password: $('password').value }) })
      .then(function (response) {
        if (!response.ok) return errorText(response).then(function (message) { say('sign-in-error', message); });
        return response.json().then(function (answer) {
          $('password').value = '';
          if (answer.data.user.role !== 'admin') {
            api('/api/v1/auth/logout', { method: 'POST', body: '{}' });
            return say('sign-in-error', 'This account is not an administrator.');
          }
          signedIn(answer.data.accessToken);
          load();
        });
      })
      .catch(function () { say('sign-in-error', 'The service cannot be reached; try again.'); });
  });
  var resizing = null;
  window.addEventListener('resize', function () {
    clearTimeout(resizing);
    resizing = setTimeout(function () { if (shown && token) drawCharts(shown); }, 150);
  });
  $('period').addEventListener('submit', function (event) {
    event.preventDefault();
    load();
  });
  $('sign-out').addEventListener('click', function () {
    // Ends the session the sign-in started (its refresh token is an HttpOnly cookie of the service).
    api('/api/v1/auth/logout', { method: 'POST', body: '{}' });
    signedOut('');
  });

  var today = new Date();
  $('to').value = isoDay(today);
  $('from').value = isoDay(new Date(today.getTime() - 29 * 86400000));
  if (location.hash.length > 1) {
    var fragment = new URLSearchParams(location.hash.slice(1));
    history.replaceState(null, '', location.pathname);
    if (fragment.get('from')) $('from').value = fragment.get('from');
    if (fragment.get('to')) $('to').value = fragment.get('to');
    if (fragment.get('token')) {
      signedIn(fragment.get('token'));
      load();
    }
  }
})();
