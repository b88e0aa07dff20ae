// The sign-in window (served by src/server/routes/auth-window.ts). Plain script, no build step:
// it runs on Parley's own origin as a top-level page, so its storage is first-party even in
// browsers that partition or block storage in the widget's third-party iframe.
(function () {
  'use strict';
  var HANDOFF_KEY = 'parley:handoff';
  var HANDOFF_MS = 5 * 60 * 1000;
  var $ = function (id) { return document.getElementById(id); };
  var statusEl = $('status');
  var errorEl = $('error');

  function say(msg) { errorEl.textContent = ''; statusEl.textContent = msg; }
  function fail(msg) { statusEl.textContent = ''; errorEl.textContent = msg; }

  function api(path, body, token) {
    var headers = { 'content-type': 'application/json' };
    if (token) headers.authorization = 'Bearer ' + token;
    return fetch(path, { method: 'POST', headers: headers, body: JSON.stringify(body) }).then(function (res) {
      if (res.status === 204) return null;
      return res.json().catch(function () { return null; }).then(function (data) {
        if (!res.ok || !data) throw new Error((data && data.error && data.error.message) || 'Parley could not be reached. Try again.');
        return data;
      });
    }, function () { throw new Error('Parley could not be reached. Check your connection and try again.'); });
  }

  // Only a window on our own origin may receive a session. Reading opener.location throws for any
  // other origin, so a mail client or web page that opened this tab is never handed a token.
  function widgetOpener() {
    try {
      return window.opener && window.opener !== window && window.opener.location.origin === location.origin ? window.opener : null;
    } catch (e) {
      return null;
    }
  }

  // The fragment carries the widget's nonce (#nonce=) or a mailed link (#verify=, #magic=, #reset=);
  // fragments never reach a server log. A nonce counts only at load and only when our own widget
  // opened this window: any page can open /auth/window#nonce=…, and a nonce it chose would let it
  // collect the session of the reader who completes a mailed link. Links are read again on
  // hashchange (a link pasted into this window); nonces never are.
  var frag = new URLSearchParams();
  var nonce = null;
  function readFragment(initial) {
    frag = new URLSearchParams(location.hash.slice(1));
    if (initial && widgetOpener()) nonce = frag.get('nonce');
    if (location.hash) history.replaceState(null, '', location.pathname);
  }
  readFragment(true);

  function tellOpener(msg) {
    var w = widgetOpener();
    if (w) w.postMessage(msg, location.origin);
    return !!w;
  }

  // A mail was requested from here: remember the widget's nonce in first-party storage, where the
  // tab the reader opens from that mail can find it, and let the widget start waiting.
  function awaitMail() {
    if (!nonce) return;
    try { localStorage.setItem(HANDOFF_KEY, JSON.stringify({ nonce: nonce, at: Date.now() })); } catch (e) { /* storage denied: the link must be opened here */ }
    tellOpener({ type: 'parley:pending' });
  }

  function pendingNonce() {
    try {
      var p = JSON.parse(localStorage.getItem(HANDOFF_KEY) || 'null');
      localStorage.removeItem(HANDOFF_KEY);
      return p && typeof p.nonce === 'string' && Date.now() - p.at < HANDOFF_MS ? p.nonce : null;
    } catch (e) {
      return null;
    }
  }

  function signedIn(s) {
    $('choose').hidden = true;
    $('reset').hidden = true;
    if (tellOpener({ type: 'parley:session', token: s.token, user: s.user })) {
      pendingNonce(); // handed over directly: nothing is left for a mailed-link tab to deliver
      say('You are signed in as ' + s.user.displayName + '.');
      window.close();
      return;
    }
    var waiting = pendingNonce();
    if (!waiting) {
      say('You are signed in as ' + s.user.displayName + ', but the comments that asked for this link are no longer waiting. Go back to the article and sign in there.');
      return;
    }
    api('/auth/window/handoff', { nonce: waiting }, s.token).then(function () {
      say('You are signed in as ' + s.user.displayName + '. Return to the article: the comments there sign you in within a few seconds. You can close this tab.');
    }, function (err) { fail(err.message); });
  }

  // Tabs.
  var tabs = Array.prototype.slice.call(document.querySelectorAll('[role=tab]'));
  function select(tab) {
    tabs.forEach(function (t) {
      var on = t === tab;
      t.setAttribute('aria-selected', String(on));
      t.tabIndex = on ? 0 : -1;
      $(t.getAttribute('aria-controls')).hidden = !on;
    });
    errorEl.textContent = '';
    statusEl.textContent = '';
  }
  tabs.forEach(function (t, i) {
    t.addEventListener('click', function () { select(t); });
    t.addEventListener('keydown', function (e) {
      var d = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (!d) return;
      var next = tabs[(i + d + tabs.length) % tabs.length];
      select(next);
      next.focus();
    });
  });

  function onSubmit(id, run) {
    var form = $(id);
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var button = form.querySelector('button[type=submit]');
      var data = {};
      Array.prototype.forEach.call(form.elements, function (el) { if (el.name) data[el.name] = el.type === 'password' ? el.value : el.value.trim(); });
      button.disabled = true;
      errorEl.textContent = '';
      run(data).then(function () { button.disabled = false; }, function (err) { button.disabled = false; fail(err.message); });
    });
  }

  onSubmit('sign-in', function (d) {
    return api('/api/v1/auth/sign-in', { email: d.email, password: d.password }).then(signedIn);
  });
  onSubmit('sign-up', function (d) {
    return api('/api/v1/auth/sign-up', { email: d.email, password: d.password, name: d.name }).then(function () {
      awaitMail();
      say('Check your email: we sent a link to ' + d.email + ' to confirm your account.');
    });
  });
  onSubmit('magic', function (d) {
    return api('/api/v1/auth/magic-link', { email: d.email }).then(function () {
      awaitMail();
      say('Check your email: if ' + d.email + ' can sign in, a link is on its way. It works for 15 minutes.');
    });
  });
  onSubmit('forgot', function (d) {
    return api('/api/v1/auth/password-reset', { email: d.email }).then(function () {
      awaitMail();
      say('Check your email: if ' + d.email + ' has an account, a reset link is on its way.');
    });
  });

  // A mailed link: #verify= and #magic= complete at once; #reset= asks for the new password first.
  var resetToken = null;
  onSubmit('reset', function (d) {
    return api('/api/v1/auth/links/complete', { purpose: 'reset', token: resetToken, password: d.password }).then(signedIn);
  });
  function completeLink() {
    var purpose = frag.has('verify') ? 'verify' : frag.has('magic') ? 'magic' : null;
    if (purpose) {
      $('choose').hidden = true;
      say(purpose === 'verify' ? 'Confirming your email…' : 'Signing you in…');
      api('/api/v1/auth/links/complete', { purpose: purpose, token: frag.get(purpose) }).then(signedIn, function (err) {
        $('choose').hidden = false;
        fail(err.message);
      });
    } else if (frag.has('reset')) {
      resetToken = frag.get('reset');
      $('choose').hidden = true;
      $('reset').hidden = false;
    }
  }
  completeLink();
  addEventListener('hashchange', function () {
    if (!location.hash) return;
    readFragment();
    completeLink();
  });
})();
