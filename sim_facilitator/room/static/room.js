/* The participant page of the room (see docs/room-protocol.md for every request).
 *
 * Plain ES2017 for old phones: no modules, no optional chaining, no build step.
 * The page keeps little state of its own:
 *   - the room state the server sends (workshop, agenda item, question, open
 *     round, revealed results), replaced whole on every update;
 *   - what this browser sent: its ideas and its ballot per round, in
 *     localStorage, so a reload or a dropped connection loses nothing;
 *   - an outbox of submissions not yet acknowledged. Each carries an id made
 *     here, so sending it again after a timeout is harmless (the server answers
 *     a repeated id like the first time).
 * Every text comes from the "RoomPage" context of the app's translations
 * (GET /i18n/{lang}.json); the English source is the key and the fallback.
 */
(function () {
  "use strict";

  // -- protocol ---------------------------------------------------------------------
  // Every /api/ request carries the room code (and the language the server's
  // refusals should be written in) in the query string.
  var API = {
    i18n: function (lang) { return "/i18n/" + lang + ".json"; },
    state: "/api/state",
    events: "/api/events",
    ideas: "/api/ideas",
    ideaStatus: "/api/ideas/status",
    tableJoin: "/api/tables/join",
    photos: "/api/photos",
    ballots: "/api/ballots"
  };
  function apiUrl(path) {
    return path + "?room=" + encodeURIComponent(roomCode) + "&lang=" + encodeURIComponent(lang);
  }
  var LANGS = ["ar", "fr", "en"];
  var POLL_MS = 4000;            // polling interval while the live stream is down
  var CHECK_MS = 30000;          // a quiet check even while the stream is up (see connect)
  var REQUEST_MS = 10000;        // one request's time limit
  var DEFAULT_IDEA_LIMIT = 500;

  // -- small helpers ----------------------------------------------------------------
  function $(id) { return document.getElementById(id); }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      var value = attrs[key];
      if (value === null || value === undefined || value === false) return;
      if (key === "text") node.textContent = value;
      else if (key === "width") node.style.width = value;  // CSSOM: the CSP forbids style=""
      else if (key === "className") node.className = value;
      else if (key.slice(0, 2) === "on") node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : value);
    });
    (children || []).forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  }

  // A random id for idempotent submissions. crypto.getRandomValues works on plain
  // HTTP (only crypto.subtle is withheld there); Math.random is the last resort.
  function randomId() {
    var bytes = new Uint8Array(16);
    if (window.crypto && window.crypto.getRandomValues) window.crypto.getRandomValues(bytes);
    else for (var i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
    return Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join("");
  }

  // localStorage can be missing or full (private mode on old Safari): never fail on it.
  var saved = {
    get: function (key, fallback) {
      try {
        var raw = window.localStorage.getItem("simroom." + key);
        return raw === null ? fallback : JSON.parse(raw);
      } catch (e) { return fallback; }
    },
    set: function (key, value) {
      try { window.localStorage.setItem("simroom." + key, JSON.stringify(value)); } catch (e) { /* kept in memory only */ }
    }
  };

  // -- translations -----------------------------------------------------------------
  var catalogue = {};
  var lang = "en";

  function t(key, params) {
    var text = Object.prototype.hasOwnProperty.call(catalogue, key) && catalogue[key] ? catalogue[key] : key;
    return text.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, function (whole, name) {
      return params && Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole;
    });
  }

  // Marks a text for translation where it is chosen, translated later by t();
  // the page's test collects every N and t call on a literal to check the catalogue.
  function N(key) { return key; }

  function pickLanguage() {
    var chosen = saved.get("lang", null);
    if (LANGS.indexOf(chosen) >= 0) return chosen;
    var wanted = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ""]);
    for (var i = 0; i < wanted.length; i++) {
      var prefix = String(wanted[i] || "").slice(0, 2).toLowerCase();
      if (LANGS.indexOf(prefix) >= 0) return prefix;
    }
    return "fr";  // the working language of most workshops when the phone's is none of ours
  }

  function applyStaticTexts() {
    var nodes = document.querySelectorAll("[data-i18n]");
    for (var i = 0; i < nodes.length; i++) nodes[i].textContent = t(nodes[i].getAttribute("data-i18n"));
    var buttons = document.querySelectorAll(".lang");
    for (var j = 0; j < buttons.length; j++) {
      buttons[j].setAttribute("aria-pressed", buttons[j].getAttribute("data-lang") === lang ? "true" : "false");
    }
  }

  function setLanguage(next, remember) {
    if (LANGS.indexOf(next) < 0) next = "en";
    if (remember) saved.set("lang", next);
    return getJSON(API.i18n(next)).then(function (data) {
      catalogue = (data && data.messages) || {};
    }, function () {
      catalogue = {};  // the English sources are shown; better than nothing
    }).then(function () {
      lang = next;
      document.documentElement.lang = next;
      document.documentElement.dir = next === "ar" ? "rtl" : "ltr";
      applyStaticTexts();
      setStatus($("status").getAttribute("data-state"));
      renderAll();
      document.body.className = document.body.className.replace("loading", "").trim();
    });
  }

  // The server writes its refusals in the language asked for (?lang=), ready to
  // show; only "no answer at all" is worded by the page.
  var PAGE_ERRORS = {
    network: N("The room cannot be reached. Check that you are on the room's Wi-Fi.")
  };
  function errorText(problem) {
    if (problem && PAGE_ERRORS[problem.code]) return t(PAGE_ERRORS[problem.code]);
    return (problem && problem.message) || t("Something went wrong. Please try again.");
  }

  // -- HTTP -------------------------------------------------------------------------
  function request(method, url, body) {
    var controller = window.AbortController ? new AbortController() : null;
    var timer = setTimeout(function () { if (controller) controller.abort(); }, REQUEST_MS);
    var options = { method: method, headers: { "Accept": "application/json" }, cache: "no-store", credentials: "same-origin" };
    if (controller) options.signal = controller.signal;
    if (body !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    return fetch(url, options).then(function (response) {
      clearTimeout(timer);
      return response.text().then(function (text) {
        var data = parsed(text);
        if (response.ok) return data;
        throw refusal(response.status, data, response.headers.get("Retry-After"));
      });
    }, function () {
      clearTimeout(timer);
      throw noAnswer();
    });
  }
  function parsed(text) {
    try { return text ? JSON.parse(text) : null; } catch (e) { return null; }
  }
  // What an answer other than 2xx means to the page: a definitive refusal (4xx but
  // 408/429) is not retried; the rest is, after the server's Retry-After if any.
  function refusal(status, data, retryAfter) {
    var problem = (data && typeof data === "object") ? data : {};
    problem.status = status;
    problem.retry = status >= 500 || status === 408 || status === 429;
    problem.wait = Number(problem.retry_after || retryAfter) || 0;
    return problem;
  }
  function noAnswer() { return { status: 0, retry: true, wait: 0, code: "network" }; }
  function getJSON(url) { return request("GET", url); }
  function postJSON(url, body) { return request("POST", url, body); }

  // -- the room ---------------------------------------------------------------------
  var roomCode = "";
  var client = saved.get("client", null);   // this browser's token (the voter of informal polls)
  if (!client) { client = randomId(); saved.set("client", client); }
  var room = null;          // the latest state the server sent
  var myIdeas = [];         // [{id, text, state: sending|shown|pending|hidden|refused, message}]
  var ballots = {};         // round id -> {choices, check, at, replaced}
  var drafts = {};          // round id -> {choices, order} while the voter is choosing
  var editing = {};         // round id -> true while changing a cast ballot
  var myTable = null;       // {code, id, name, question} while this phone writes for a table

  // The QR code's address is /?room=CODE; /r/CODE serves the same page.
  function codeFromAddress() {
    var query = /[?&]room=([^&#]+)/.exec(window.location.search);
    if (query) return decodeURIComponent(query[1]);
    var path = /\/r\/([A-Za-z0-9]+)\/?$/.exec(window.location.pathname);
    return path ? path[1] : "";
  }
  function cleanCode(code) { return String(code || "").replace(/\s+/g, "").toUpperCase(); }

  function loadLocal() {
    myIdeas = saved.get("ideas." + roomCode, []);
    myTable = saved.get("table." + roomCode, null);
    ballots = saved.get("ballots." + roomCode, {});
    loadPhotos();
    // Submissions not yet answered when the page was closed: sent again, with
    // their first id (the server acknowledges a repeat without storing twice).
    var waiting = saved.get("outbox." + roomCode, []);
    outbox = [];
    (Array.isArray(waiting) ? waiting : []).forEach(function (item) {
      if (item && answers[item.kind] && item.body && item.body.id) outbox.push(item);
    });
  }
  function saveLocal() {
    saved.set("ideas." + roomCode, myIdeas.slice(-50));
    saved.set("ballots." + roomCode, ballots);
  }

  // Joining is reading the room's state with the code: a wrong code is 403 bad_room.
  function joinRoom(code, quiet) {
    code = cleanCode(code);
    var error = $("join-error");
    if (!code) {
      showError(error, t("Type the room code first."), $("code"));
      return Promise.resolve(false);
    }
    var button = $("join-form").querySelector("button");
    button.disabled = true;
    roomCode = code;
    return getJSON(apiUrl(API.state)).then(function (state) {
      button.disabled = false;
      saved.set("code", code);
      loadLocal();
      hideError(error, $("code"));
      $("join-view").hidden = true;
      $("room-view").hidden = false;
      receiveState(state, true);
      connect();
      resendPending();
      checkIdeas();
      if (!quiet) $("main").focus();
      return true;
    }, function (problem) {
      button.disabled = false;
      roomCode = "";
      showError(error, errorText(problem), quiet ? null : $("code"));
      return false;
    });
  }

  var ideasChecked = 0;
  function receiveState(state, force) {
    if (!state || typeof state !== "object") return;
    // Equal versions are equal states: nothing to redraw (the poll of a live page).
    if (!force && room && state.version === room.version) return;
    var reviewed = room && room.ideas ? room.ideas.reviewed : undefined;
    room = state;
    renderAll();
    // An idea set aside or approved changes ``ideas.reviewed``: look at ours at once.
    // Other changes look too, at most every 5 seconds.
    var decided = state.ideas && state.ideas.reviewed !== reviewed;
    if (decided || Date.now() - ideasChecked > 5000) { ideasChecked = Date.now(); checkIdeas(); }
  }

  // -- live updates: Server-Sent Events, polling when they fail -------------------------
  var source = null;
  var pollTimer = null;
  var checkTimer = null;
  var reconnectTimer = null;

  function setStatus(state) {
    var words = {
      live: N("Connected"),
      polling: N("Connected"),
      reconnecting: N("Reconnecting…"),
      offline: N("Not connected")
    };
    var box = $("status");
    box.hidden = !roomCode;  // nothing to be connected to before joining
    if (box.getAttribute("data-state") === state && $("status-text").textContent === t(words[state])) return;
    box.setAttribute("data-state", state);
    $("status-text").textContent = t(words[state]);
  }

  function connect() {
    if (source) source.close();
    source = null;
    clearTimeout(reconnectTimer);
    if (!window.EventSource) { startPolling(); return; }
    source = new EventSource(apiUrl(API.events));
    // The stream is back (the room restarted, the Wi-Fi returned): what waits goes now.
    source.onopen = function () { stopPolling(); setStatus("live"); resendPending(); };
    source.addEventListener("state", function (event) {
      setStatus("live");
      try { receiveState(JSON.parse(event.data)); } catch (e) { /* a malformed event is skipped */ }
    });
    source.onerror = function () {
      setStatus("reconnecting");
      // EventSource reconnects by itself after a dropped stream (readyState 0);
      // after a refusal (503 too_many_streams, 403) it gives up (readyState 2):
      // poll meanwhile, and try the stream again later.
      startPolling();
      if (source && source.readyState === 2) {
        source = null;
        reconnectTimer = setTimeout(connect, 20000);
      }
    };
    // A stream can die silently when a phone changes network (no error ever
    // fires, and keep-alive comments are invisible to scripts): a quiet check
    // every 30 s catches up; equal versions cost no redraw.
    clearInterval(checkTimer);
    checkTimer = setInterval(poll, CHECK_MS);
  }

  function poll() {
    if (!roomCode) return;
    getJSON(apiUrl(API.state)).then(function (state) {
      receiveState(state);
      if (!source || source.readyState !== 1) setStatus("polling");
      resendPending();
    }, function (problem) {
      setStatus(problem.status === 0 ? "offline" : "reconnecting");
    });
  }
  function startPolling() {
    if (pollTimer) return;
    pollTimer = setInterval(poll, POLL_MS);
  }
  function stopPolling() {
    if (pollTimer) clearInterval(pollTimer);
    pollTimer = null;
  }

  // -- outbox: submissions sent again until the server answers ----------------------
  // Items are plain data ({kind, path, body}) kept in localStorage until answered,
  // so a reload (or a phone closing the tab) loses nothing: they are sent again on
  // load. What to do with the answer is looked up by kind in `answers`.
  var outbox = [];           // [{kind: "idea"|"ballot", path, body}], one at a time
  var answers = {};          // kind -> {done(item, result), fail(item, problem)}
  var sending = false;
  var retryTimer = null;
  var retryDelay = 2000;

  function saveOutbox() { if (roomCode) saved.set("outbox." + roomCode, outbox.slice(0, 50)); }

  function enqueue(kind, path, body) {
    outbox.push({ kind: kind, path: path, body: body });
    saveOutbox();
    flushOutbox();
  }

  function flushOutbox() {
    if (!outbox.length) { flushPhotos(); return; }  // photos go once ideas and ballots have
    if (sending || !roomCode) return;
    sending = true;
    var item = outbox[0];
    postJSON(apiUrl(item.path), item.body).then(function (result) {
      outbox.shift();
      saveOutbox();
      sending = false;
      retryDelay = 2000;
      answers[item.kind].done(item, result || {});
      flushOutbox();
    }, function (problem) {
      sending = false;
      if (problem.retry) {
        // The same body with the same id: the server answers a repeat like the
        // first success, so sending again can never make a second idea or ballot.
        setStatus("reconnecting");
        clearTimeout(retryTimer);
        retryTimer = setTimeout(flushOutbox, Math.max(retryDelay, problem.wait * 1000));
        retryDelay = Math.min(retryDelay * 2, 30000);
        return;
      }
      outbox.shift();
      saveOutbox();
      answers[item.kind].fail(item, problem);
      flushOutbox();
    });
  }
  function resendPending() { clearTimeout(retryTimer); retryDelay = 2000; resendPhotos(); flushOutbox(); }

  // -- ideas ------------------------------------------------------------------------
  function ideaLimit() { return (room && room.ideas && room.ideas.max_length) || DEFAULT_IDEA_LIMIT; }
  function characters(text) { return Array.from ? Array.from(text).length : text.length; }  // not UTF-16 units

  function updateCounter() {
    var length = characters($("idea-text").value.trim());
    var limit = ideaLimit();
    var counter = $("idea-count");
    counter.textContent = t("{count} of {limit} characters", { count: length, limit: limit });
    counter.className = length > limit ? "counter over" : "counter";
    $("idea-text").setAttribute("aria-invalid", length > limit ? "true" : "false");
    return length;
  }

  function sendIdea(event) {
    event.preventDefault();
    var field = $("idea-text");
    var text = field.value.trim();
    var error = $("idea-error");
    var length = updateCounter();
    if (!text) { showError(error, t("Write your idea first."), field); return; }
    if (length > ideaLimit()) {
      showError(error, t("Your idea is too long: {length} characters; at most {limit}.", { length: length, limit: ideaLimit() }), field);
      return;
    }
    hideError(error, field);
    var body = { client: client, id: randomId(), text: text };
    var question = $("idea-question").value;
    if (question) body.question_id = question;
    if (myTable) body.table_code = myTable.code;
    var name = $("idea-name").value.trim();
    if (name) body.name = name;
    saved.set("name", name);
    var idea = { id: body.id, text: text, state: "sending" };
    myIdeas.push(idea);
    saveLocal();
    field.value = "";
    updateCounter();
    renderIdeas();
    enqueue("idea", API.ideas, body);
  }

  function ideaOf(item) {
    for (var i = 0; i < myIdeas.length; i++) if (myIdeas[i].id === item.body.id) return myIdeas[i];
    return null;
  }

  answers.idea = {
    done: function (item, result) {
      var idea = ideaOf(item);
      if (!idea) return;
      idea.state = (result.receipt && result.receipt.status) || "shown";
      saveLocal();
      renderIdeas();
      showReceipt($("idea-receipt"), t(idea.state === "pending"
        ? N("Idea received. The facilitator will show it after a check.")
        : N("Idea received. Thank you!")));
    },
    fail: function (item, problem) {
      // The table is gone (or its code changed): this phone no longer writes for it.
      if (problem && problem.code === "bad_table_code") leaveTable();
      var idea = ideaOf(item);
      if (!idea) return;
      idea.state = "refused";
      idea.message = errorText(problem);
      saveLocal();
      renderIdeas();
      showError($("idea-error"), idea.message, null);
    }
  };

  // What became of this browser's ideas (approved, set aside) since they were sent.
  function checkIdeas() {
    var ids = myIdeas.filter(function (i) { return i.state === "pending" || i.state === "shown"; })
      .map(function (i) { return i.id; }).slice(-50);
    if (!ids.length) return;
    postJSON(apiUrl(API.ideaStatus), { client: client, ids: ids }).then(function (result) {
      var states = (result && result.ideas) || {};
      var changed = false;
      myIdeas.forEach(function (idea) {
        var now = states[idea.id];
        if (now && now !== "unknown" && now !== idea.state) { idea.state = now; changed = true; }
      });
      if (changed) { saveLocal(); renderIdeas(); }
    }, function () { /* checked again with the next state */ });
  }

  var IDEA_STATES = {
    sending: N("Sending…"),
    shown: N("Received"),
    pending: N("Waiting for the facilitator's check"),
    hidden: N("Set aside by the facilitator"),
    refused: N("Not accepted")
  };

  function renderIdeas() {
    var list = $("my-ideas");
    list.textContent = "";
    myIdeas.slice().reverse().forEach(function (idea) {
      var state = t(IDEA_STATES[idea.state] || IDEA_STATES.sending);
      if (idea.state === "refused" && idea.message) state += " — " + idea.message;
      list.appendChild(el("li", {}, [
        el("span", { dir: "auto", text: idea.text }),
        el("span", { className: "state", text: state })
      ]));
    });
    $("my-ideas-box").hidden = !myIdeas.length;
  }

  // -- a breakout table's scribe ---------------------------------------------------------
  // Joining is checking the table's code; the code then goes with each idea, so
  // the server tags it with the table. The table's name and question follow the
  // room's state (the facilitator may edit them).
  function joinTable(event) {
    event.preventDefault();
    var field = $("table-code");
    var code = cleanCode(field.value);
    var error = $("table-error");
    if (!code) { showError(error, t("Type the table code first."), field); return; }
    var button = $("table-form").querySelector("button");
    button.disabled = true;
    postJSON(apiUrl(API.tableJoin), { code: code }).then(function (result) {
      button.disabled = false;
      var table = (result && result.table) || {};
      myTable = { code: code, id: table.id, name: table.name || "", question: table.question || "" };
      saved.set("table." + roomCode, myTable);
      hideError(error, field);
      field.value = "";
      renderTable();
      $("idea-text").focus();
    }, function (problem) {
      button.disabled = false;
      showError(error, errorText(problem), field);
    });
  }

  // -- a table's photos: kept and sent again until the room answers ------------------
  // A camera's picture (3 to 30 MB) is too big for localStorage: its bytes wait in
  // IndexedDB (database "simroom", store "photos", by the photo's id) and its
  // description ({id, table, name, type, size, state}) in localStorage, so a reload
  // or a dropped Wi-Fi loses nothing. Without IndexedDB (some private modes, storage
  // full) the bytes stay in memory: sent the same way, but lost if the page closes
  // first, and the scribe is told so. One photo goes at a time, in order, and only
  // while no idea or ballot waits (an idea takes milliseconds, a photo seconds); an
  // idea written meanwhile goes at once on its own request. The room stores the same
  // picture once (by its hash), so sending again after a lost answer makes no second
  // photo. A refusal (4xx: not a picture, a wrong table code) is final: the photo
  // leaves the queue with the room's reason.
  var PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp"];  // what the room takes
  var PHOTO_MAX_BYTES = 30 * 1024 * 1024;        // the room's limit (room-protocol 11.1)
  var PHOTOS_WAITING_MAX = 10;                   // photos waiting at once …
  var PHOTOS_WAITING_BYTES = 100 * 1024 * 1024;  // … and their bytes together
  var PHOTO_REQUEST_MS = 120000;                 // the room waits 90 s for a body
  var PHOTOS_DONE_SHOWN = 5;                     // sent or refused photos still listed
  var MB = 1024 * 1024;
  var PHOTO_STATES = {
    waiting: N("Waiting to be sent"),
    sent: N("Received"),
    refused: N("Not accepted"),
    lost: N("Lost when the page was closed: take the photo again.")
  };
  var photos = [];          // [{id, table, name, type, size, state, kept: ""|"db"|"memory", message}]
  var photosRoom = "";      // the room whose queue `photos` is
  var photoBytes = {};      // id -> the picture chosen (a File), while this page lives
  var photoSending = false;
  var photoTimer = null;
  var photoDelay = 2000;
  var photoNotBefore = 0;   // no try before this time (back-off, or the room's Retry-After)
  var photoProblem = null;  // why the first photo waits: the last failure, if any
  var photoProgress = 0;    // percent of the photo being sent
  var photoNote = "";       // the last thing said in #photo-status

  // IndexedDB as promises. Every failure (no IndexedDB, private mode, storage full)
  // rejects, and the caller keeps the picture in memory instead.
  var photoStore = (function () {
    var opened = null;
    function open() {
      if (!opened) {
        opened = new Promise(function (resolve, reject) {
          var request = window.indexedDB.open("simroom", 1);
          request.onupgradeneeded = function () { request.result.createObjectStore("photos"); };
          request.onsuccess = function () { resolve(request.result); };
          request.onerror = function () { reject(request.error); };
          request.onblocked = function () { reject(new Error("blocked")); };
        });
      }
      return opened;
    }
    function run(mode, work) {
      return open().then(function (db) {
        return new Promise(function (resolve, reject) {
          var tx = db.transaction("photos", mode);
          var request = work(tx.objectStore("photos"));
          tx.oncomplete = function () { resolve(request ? request.result : undefined); };
          tx.onabort = tx.onerror = function () { reject(tx.error); };
        });
      });
    }
    return {
      open: open,
      put: function (id, bytes) { return run("readwrite", function (s) { return s.put(bytes, id); }); },
      get: function (id) { return run("readonly", function (s) { return s.get(id); }); },
      remove: function (id) { return run("readwrite", function (s) { return s["delete"](id); }).catch(function () {}); },
      // Forgets the pictures no waiting photo names (sent while a write was ending,
      // or left by a room this phone no longer joins): storage is the phone's.
      keepOnly: function (ids) {
        return run("readwrite", function (s) {
          if (!s.getAllKeys) return null;
          var keys = s.getAllKeys();
          keys.onsuccess = function () {
            keys.result.forEach(function (key) { if (ids.indexOf(key) < 0) s["delete"](key); });
          };
          return null;
        }).catch(function () {});
      }
    };
  })();

  function readBytes(file) {
    if (file.arrayBuffer) return file.arrayBuffer();
    return new Promise(function (resolve, reject) {
      var reader = new FileReader();
      reader.onload = function () { resolve(reader.result); };
      reader.onerror = function () { reject(reader.error); };
      reader.readAsArrayBuffer(file);
    });
  }

  function isWaiting(photo) { return photo.state === "waiting" || photo.state === "sending"; }
  function waitingPhotos() { return photos.filter(isWaiting); }

  function savePhotos() {
    // Finished photos stay listed a while (the newest few); waiting ones always.
    var done = 0;
    photos = photos.slice().reverse().filter(function (photo) {
      if (isWaiting(photo)) return true;
      done += 1;
      return done <= PHOTOS_DONE_SHOWN;
    }).reverse();
    if (roomCode) saved.set("photos." + roomCode, photos);
  }

  function loadPhotos() {
    if (photosRoom === roomCode) return;  // joining again from this page keeps its queue
    photosRoom = roomCode;
    var kept = saved.get("photos." + roomCode, []);
    photos = (Array.isArray(kept) ? kept : []).filter(function (p) { return p && p.id && p.table && p.state; });
    photos.forEach(function (photo) {
      if (photo.state === "sending") photo.state = "waiting";  // the page closed while sending
      // Kept in memory (or still being written) when the page closed: gone.
      if (isWaiting(photo) && photo.kept !== "db" && !photoBytes[photo.id]) photo.state = "lost";
    });
    savePhotos();
    photoStore.keepOnly(waitingPhotos().map(function (p) { return p.id; }));
    renderPhotos();
  }

  function choosePhotos() {
    var input = $("photo-input");
    var files = Array.prototype.slice.call(input.files || []);
    input.value = "";  // the same picture can be chosen again
    if (!files.length || !myTable) return;
    var table = myTable.code;
    hideError($("photo-error"));
    // One after the other, so the queue keeps the order they were chosen in.
    files.reduce(function (chain, file) {
      return chain.then(function () { return addPhoto(file, table); });
    }, Promise.resolve());
  }

  // Checked here first (its size, room in the queue), so nothing waits that cannot go.
  function addPhoto(file, table) {
    var error = $("photo-error");
    // The room refuses these before reading the picture; said here, the phone
    // does not send megabytes for a refusal (nor mistake a cut-short one for a
    // network failure and send them again).
    if (file.type && PHOTO_TYPES.indexOf(file.type) < 0) {
      showError(error, t("Send a photo (JPEG, PNG or WebP)."));
      return Promise.resolve();
    }
    if (file.size > PHOTO_MAX_BYTES) {
      showError(error, t("This picture is too large: at most {megabytes} MB.", { megabytes: PHOTO_MAX_BYTES / MB }));
      return Promise.resolve();
    }
    var waiting = waitingPhotos();
    var bytes = waiting.reduce(function (sum, p) { return sum + (p.size || 0); }, 0);
    if (waiting.length >= PHOTOS_WAITING_MAX || bytes + file.size > PHOTOS_WAITING_BYTES) {
      showError(error, t("Too many photos are waiting to be sent (at most {count}, {megabytes} MB together). Take this one again once they have gone.", { count: PHOTOS_WAITING_MAX, megabytes: PHOTOS_WAITING_BYTES / MB }));
      return Promise.resolve();
    }
    var photo = {
      id: randomId(), table: table, name: String(file.name || "").slice(0, 120),
      type: file.type || "image/jpeg", size: file.size, state: "waiting", kept: ""
    };
    photoBytes[photo.id] = file;
    photos.push(photo);
    savePhotos();
    renderPhotos();
    // Read and stored without blocking the page (the picture is copied into
    // IndexedDB: a camera's file may not be readable later); sent once kept.
    return photoStore.open().then(function () {
      return readBytes(file).then(function (buffer) {
        return photoStore.put(photo.id, buffer).then(function () { photo.kept = "db"; }, function () { photo.kept = "memory"; });
      }, function () {
        photo.state = "refused";
        photo.message = t("This file could not be read. Choose the photo again.");
        delete photoBytes[photo.id];
        showError(error, photo.message);
      });
    }, function () { photo.kept = "memory"; }).then(function () {
      savePhotos();
      renderPhotos();
      flushPhotos();
    });
  }

  function photoBytesOf(photo) {
    if (photoBytes[photo.id]) return Promise.resolve(photoBytes[photo.id]);
    if (photo.kept !== "db") return Promise.resolve(null);
    return photoStore.get(photo.id).then(function (bytes) { return bytes || null; }, function () { return null; });
  }

  // The picture itself is the body; XMLHttpRequest (not fetch) for the upload's
  // progress, shown while several megabytes travel.
  function uploadPhoto(photo, bytes) {
    return new Promise(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      xhr.open("POST", apiUrl(API.photos) + "&table_code=" + encodeURIComponent(photo.table) +
        "&client=" + encodeURIComponent(client) + "&name=" + encodeURIComponent(photo.name));
      xhr.timeout = PHOTO_REQUEST_MS;
      xhr.setRequestHeader("Accept", "application/json");
      xhr.setRequestHeader("Content-Type", photo.type);
      xhr.upload.onprogress = function (event) {
        if (!event.lengthComputable) return;
        var percent = Math.floor(100 * event.loaded / event.total);
        if (percent !== photoProgress) { photoProgress = percent; renderProgress(); }
      };
      xhr.onload = function () {
        var data = parsed(xhr.responseText);
        if (xhr.status >= 200 && xhr.status < 300) resolve(data || {});
        else reject(refusal(xhr.status, data, xhr.getResponseHeader("Retry-After")));
      };
      xhr.onerror = xhr.ontimeout = xhr.onabort = function () { reject(noAnswer()); };
      xhr.send(bytes);
    });
  }

  function firstWaitingPhoto() {
    for (var i = 0; i < photos.length; i++) if (photos[i].state === "waiting") return photos[i];
    return null;
  }

  function flushPhotos() {
    if (photoSending || !roomCode || outbox.length) return;
    var photo = firstWaitingPhoto();
    if (!photo || !photo.kept) return;  // still being kept: addPhoto flushes after
    var wait = photoNotBefore - Date.now();
    if (wait > 0) { clearTimeout(photoTimer); photoTimer = setTimeout(flushPhotos, wait); return; }
    photoSending = true;
    photo.state = "sending";
    photoProgress = 0;
    renderPhotos();
    photoBytesOf(photo).then(function (bytes) {
      if (!bytes) throw { code: "lost" };
      return uploadPhoto(photo, bytes);
    }).then(function () {
      photoSending = false;
      photoDelay = 2000;
      photoProblem = null;
      finishPhoto(photo, "sent", "");
    }, function (problem) {
      photoSending = false;
      if (problem.code === "lost") { finishPhoto(photo, "lost", ""); return; }
      if (problem.retry) {
        // The same picture again later: the room keeps one photo per picture.
        photo.state = "waiting";
        photoProblem = problem;
        var delay = Math.max(photoDelay, problem.wait * 1000);
        photoDelay = Math.min(photoDelay * 2, 30000);
        photoNotBefore = Date.now() + delay;
        clearTimeout(photoTimer);
        photoTimer = setTimeout(flushPhotos, delay);
        savePhotos();
        renderPhotos();
        return;
      }
      if (problem.code === "bad_table_code" && myTable && myTable.code === photo.table) leaveTable();
      var reason = errorText(problem);
      showError($("photo-error"), t("Photo not accepted: {reason}", { reason: reason }));
      finishPhoto(photo, "refused", reason);
    });
  }

  function finishPhoto(photo, state, message) {
    photo.state = state;
    photo.message = message;
    delete photoBytes[photo.id];
    if (photo.kept === "db") photoStore.remove(photo.id);
    if (!waitingPhotos().length) photoProblem = null;
    savePhotos();
    renderPhotos();
    flushPhotos();
  }

  // The scribe's way out for a photo that should not go (the wrong picture, or
  // one that keeps failing): only while it waits, not while it travels.
  function dropPhoto(photo) {
    if (photo.state !== "waiting") return;
    photos.splice(photos.indexOf(photo), 1);
    delete photoBytes[photo.id];
    if (photo.kept === "db") photoStore.remove(photo.id);
    if (!waitingPhotos().length) photoProblem = null;
    savePhotos();
    renderPhotos();
    $("photo-input").focus();
    flushPhotos();
  }

  // The room answers again (a poll went through, the phone is back on the Wi-Fi):
  // a photo that waited for the network goes now; one the room asked to wait
  // (busy: 5xx, 429, Retry-After) keeps its wait.
  function resendPhotos() {
    if (photoProblem && photoProblem.status === 0) {
      photoNotBefore = 0;
      photoDelay = 2000;
    }
    flushPhotos();
  }

  function photoStateText(photo) {
    var state = photo.state === "sending"
      ? t("Sending: {percent}%", { percent: photoProgress })
      : t(PHOTO_STATES[photo.state] || PHOTO_STATES.waiting);
    return photo.state === "refused" && photo.message ? state + " — " + photo.message : state;
  }

  // Only the number moves while a photo travels: the list (and a focused button
  // in it) stays as it is.
  function renderProgress() {
    var node = document.querySelector('#photo-list li[data-state="sending"] .state');
    var photo = firstSending();
    if (node && photo) node.textContent = photoStateText(photo);
  }
  function firstSending() {
    for (var i = 0; i < photos.length; i++) if (photos[i].state === "sending") return photos[i];
    return null;
  }

  function renderPhotos() {
    var list = $("photo-list");
    var focused = document.activeElement && list.contains(document.activeElement)
      ? document.activeElement.getAttribute("data-key") : null;
    list.textContent = "";
    var memory = false;
    photos.forEach(function (photo) {
      if (isWaiting(photo) && photo.kept === "memory") memory = true;
      var nameId = "photo-name-" + photo.id;
      var item = el("li", { "data-state": photo.state, "data-id": photo.id }, [
        el("span", { id: nameId, dir: "auto", text: photo.name || t("Photo of the flipchart") }),
        el("span", { className: "state", text: photoStateText(photo) })
      ]);
      if (photo.state === "waiting") {
        item.appendChild(el("button", {
          type: "button", className: "secondary drop", "data-key": photo.id, "aria-describedby": nameId,
          text: t("Do not send this photo"), onclick: function () { dropPhoto(photo); }
        }));
      }
      list.appendChild(item);
    });
    if (focused) {
      var again = list.querySelector('[data-key="' + focused + '"]');
      if (again) again.focus();
    }
    list.hidden = !photos.length;
    $("photo-memory").hidden = !memory;
    // The live region speaks only when its sentence changes (not at each percent).
    var count = waitingPhotos().length;
    var lines = [];
    if (count) {
      lines.push(t("Photos waiting to be sent: {count}", { count: count }));
      if (photoProblem) {
        lines.push(t(photoProblem.status === 0
          ? N("The room cannot be reached: they are sent again by themselves.")
          : N("The room is busy: they are sent again by themselves.")));
      }
    } else if (photos.length && photos[photos.length - 1].state === "sent") {
      lines.push(t("Photo received. Thank you!"));
    }
    var status = $("photo-status");
    var note = lines.join("\n");
    if (note !== photoNote) {
      status.textContent = "";
      lines.forEach(function (line) { status.appendChild(el("span", { className: "line", text: line })); });
      photoNote = note;
    }
    status.hidden = !note;
    status.className = count ? "receipt waiting" : "receipt";
  }

  function leaveTable() {
    myTable = null;
    if (roomCode) saved.set("table." + roomCode, null);
    renderTable();
  }

  function renderTable() {
    if (myTable && room && room.tables) {
      room.tables.forEach(function (table) {
        if (table.id === myTable.id) { myTable.name = table.name; myTable.question = table.question; }
      });
    }
    $("table-joined").hidden = !myTable;
    $("table-join").hidden = !!myTable || !(room && room.tables && room.tables.length);
    if (myTable) {
      $("table-name").textContent = myTable.name;
      $("table-question").textContent = myTable.question || "—";
    }
    // The photos' box sits under the table's photo input; once the phone no longer
    // writes for a table, it stays in view above the idea form while photos wait.
    var box = $("photo-box");
    var parent = myTable ? $("table-joined") : $("ideas");
    if (box.parentNode !== parent) parent.insertBefore(box, myTable ? $("table-leave") : $("table-join"));
  }

  function renderQuestions() {
    var questions = (room && room.questions) || [];
    var select = $("idea-question");
    // Rebuilt only when the questions change, so an open list is not closed under a thumb.
    var nameField = $("idea-name");
    if (room && room.ideas && room.ideas.name_max_length) nameField.maxLength = room.ideas.name_max_length;
    var key = lang + JSON.stringify(questions);
    if (select.getAttribute("data-key") === key) return;
    select.setAttribute("data-key", key);
    var before = select.value;
    select.textContent = "";
    questions.forEach(function (q) {
      select.appendChild(el("option", { value: q.id, text: q.text, dir: "auto" }));
    });
    // Keep the participant's own pick; else the question being answered now.
    select.value = before;
    if (!select.value && room && room.current_question_id) select.value = room.current_question_id;
    if (!select.value && questions.length) select.value = questions[0].id;
    $("question-field").hidden = questions.length < 2;
  }

  // -- voting -----------------------------------------------------------------------
  // The round a phone can vote in now: open, and taking ballots from phones.
  function openRound() {
    var round = room && room.round;
    return round && round.status === "open" && (round.voting === "browser" || round.voting === "numbers") ? round : null;
  }
  function isSecret(round) { return round.voting === "numbers"; }

  function draftOf(round) {
    if (!drafts[round.id]) {
      var cast = ballots[round.id];
      drafts[round.id] = { choices: cast ? copy(cast.choices) : {} };
    }
    return drafts[round.id];
  }
  function copy(object) { return JSON.parse(JSON.stringify(object || {})); }

  function rulesOf(round) {
    var rules = round.rules || {};
    var budget = rules.budget || 3;
    var cap = rules.stacking === false ? 1 : (rules.max_per_option || budget);
    return { budget: budget, cap: Math.min(cap, budget) };
  }
  function spent(choices) {
    return Object.keys(choices).reduce(function (sum, key) { return sum + (choices[key] || 0); }, 0);
  }

  // The round section is rebuilt only when the round (or the language) changes, so
  // a tap never loses focus; the controls then update their own numbers in place.
  var shownRoundKey = "";

  function renderVote() {
    var round = openRound();
    var section = $("vote");
    if (!round) {
      // A closed round (or one voted on paper) is named with a word on why no
      // ballot can be cast; its results show in their own section once shown.
      var other = room && room.round;
      section.hidden = !other;
      var otherKey = other ? [other.id, lang, other.status, other.voting].join("|") : "";
      if (other && otherKey !== shownRoundKey) {
        $("vote-title").textContent = other.title || "";
        $("vote-rules").textContent = "";
        $("vote-body").textContent = "";
        var why = other.status === "open" ? N("This vote is held in the room, not on phones.") : N("The vote is closed.");
        $("vote-body").appendChild(el("p", { className: "notice", text: t(why) }));
        var done = ballots[other.id];
        if (done && done.check) $("vote-body").appendChild(receiptNode(other, done));
      }
      shownRoundKey = otherKey;
      return;
    }
    section.hidden = false;
    var cast = ballots[round.id];
    var key = [round.id, lang, cast && !editing[round.id] ? "cast" : "choose", (round.options || []).length].join("|");
    if (key === shownRoundKey) { refreshControls(round); return; }
    shownRoundKey = key;
    $("vote-title").textContent = round.title || "";
    $("vote-rules").textContent = rulesText(round);
    var body = $("vote-body");
    body.textContent = "";
    if (cast && !editing[round.id]) {
      body.appendChild(receiptNode(round, cast));
      if (canChange(round)) {
        body.appendChild(el("button", {
          type: "button", className: "secondary", id: "change-ballot", text: t("Change my ballot"),
          onclick: function () {
            editing[round.id] = true;
            drafts[round.id] = { choices: copy(cast.choices) };
            renderVote();
            var first = $("vote-body").querySelector("button, input");
            if (first) first.focus();
          }
        }));
      } else {
        body.appendChild(el("p", { className: "hint", text: t("A secret ballot cannot be changed once cast.") }));
      }
      return;
    }
    var builders = { dots: buildDots, approval: buildApproval, ranking: buildRanking, score: buildScores };
    var builder = builders[round.method];
    if (!builder) { body.appendChild(el("p", { text: t("This kind of vote cannot be used from a phone.") })); return; }
    var form = el("form", { id: "ballot-form", novalidate: true, onsubmit: function (event) { event.preventDefault(); castBallot(round); } });
    builder(round, form);
    if (isSecret(round)) {
      form.appendChild(el("div", { className: "field" }, [
        el("label", { "for": "voter-code", text: t("One-time voter code") }),
        el("p", { id: "voter-code-hint", className: "hint", text: t("A secret ballot needs the one-time voter code from your slip.") }),
        el("input", { id: "voter-code", inputmode: "numeric", autocomplete: "off", dir: "ltr", className: "code", maxlength: "12", "aria-describedby": "voter-code-hint" })
      ]));
    }
    // dir="auto": a refusal from the server may be in another script than the page.
    form.appendChild(el("p", { id: "ballot-error", className: "error", role: "alert", dir: "auto", hidden: true }));
    form.appendChild(el("button", { type: "submit", className: "primary", id: "cast", text: t("Cast my ballot") }));
    if (cast) {
      form.appendChild(el("button", {
        type: "button", className: "secondary", text: t("Keep my earlier ballot"),
        onclick: function () { editing[round.id] = false; delete drafts[round.id]; renderVote(); $("vote").focus && $("vote-h").focus(); }
      }));
    }
    body.appendChild(form);
    refreshControls(round);
  }

  // Informal polls: one browser is one voter and may change its ballot while the
  // round is open. Secret ballots: a one-time code casts one ballot, once.
  function canChange(round) { return round.voting === "browser"; }

  function rulesText(round) {
    if (round.method === "dots") {
      var r = rulesOf(round);
      return t("You have {budget} dots to give; at most {limit} per option.", { budget: r.budget, limit: r.cap });
    }
    if (round.method === "approval") return t("Tick every option you support.");
    if (round.method === "ranking") return t("Put the options in your order of preference, the best first.");
    if (round.method === "score") return t("Give each option a score from 1 (low) to 5 (high). An option without a score is an abstention.");
    return "";
  }

  function buildDots(round, form) {
    var draft = draftOf(round);
    form.appendChild(el("p", { id: "dots-left", className: "budget", role: "status", "aria-live": "polite" }));
    var list = el("ul", { className: "options" });
    (round.options || []).forEach(function (option, index) {
      var labelId = "opt-" + index;
      var change = function (delta) {
        return function () {
          var r = rulesOf(round);
          var now = draft.choices[option.id] || 0;
          var next = now + delta;
          if (next < 0 || next > r.cap || (delta > 0 && spent(draft.choices) >= r.budget)) return;
          if (next) draft.choices[option.id] = next; else delete draft.choices[option.id];
          clearBallotError();
          refreshControls(round);
        };
      };
      list.appendChild(el("li", { className: "option", "data-option": option.id }, [
        el("span", { id: labelId, className: "option-label", dir: "auto", text: option.label }),
        el("div", { className: "row" }, [
          el("button", { type: "button", className: "step minus", "data-option": option.id, "aria-label": t("Remove a dot from “{option}”", { option: option.label }), text: "−", onclick: change(-1) }),
          el("span", { className: "count", "data-option": option.id, "aria-live": "polite", "aria-describedby": labelId }),
          el("button", { type: "button", className: "step plus", "data-option": option.id, "aria-label": t("Add a dot to “{option}”", { option: option.label }), text: "+", onclick: change(1) }),
          el("span", { className: "dots-visual", "data-option": option.id, "aria-hidden": "true" })
        ])
      ]));
    });
    form.appendChild(list);
  }

  function buildApproval(round, form) {
    var draft = draftOf(round);
    var list = el("ul", { className: "options" });
    (round.options || []).forEach(function (option, index) {
      var box = el("input", {
        type: "checkbox", id: "approve-" + index, "data-option": option.id,
        onchange: function (event) {
          if (event.target.checked) draft.choices[option.id] = 1; else delete draft.choices[option.id];
          clearBallotError();
        }
      });
      box.checked = !!draft.choices[option.id];
      list.appendChild(el("li", { className: "option" }, [
        el("label", { className: "check", "for": "approve-" + index }, [box, el("span", { dir: "auto", text: option.label })])
      ]));
    });
    form.appendChild(list);
  }

  // Ranking: the whole list in the voter's order, moved with buttons (no dragging:
  // it must work with a screen reader and a shaky thumb). The first is rank 1.
  function rankOrder(round, draft) {
    var ids = (round.options || []).map(function (o) { return o.id; });
    if (!draft.order) {
      var given = ids.filter(function (id) { return draft.choices[id]; });
      given.sort(function (a, b) { return draft.choices[a] - draft.choices[b]; });
      draft.order = given.concat(ids.filter(function (id) { return given.indexOf(id) < 0; }));
    }
    return draft.order;
  }

  function buildRanking(round, form) {
    var draft = draftOf(round);
    var list = el("ol", { className: "options ranked", id: "rank-list" });
    form.appendChild(list);
    drawRanking(round, draft, list, null);
  }

  function drawRanking(round, draft, list, focusKey) {
    var order = rankOrder(round, draft);
    var labels = {};
    (round.options || []).forEach(function (o) { labels[o.id] = o.label; });
    list.textContent = "";
    order.forEach(function (id, position) {
      var move = function (delta) {
        return function () {
          var target = position + delta;
          if (target < 0 || target >= order.length) return;
          order.splice(position, 1);
          order.splice(target, 0, id);
          clearBallotError();
          drawRanking(round, draft, list, id + (delta < 0 ? "up" : "down"));
          var moved = t("“{option}” is now number {rank}.", { option: labels[id], rank: target + 1 });
          $("rank-status").textContent = moved;
        };
      };
      var up = el("button", { type: "button", className: "move", "data-key": id + "up", "aria-label": t("Move “{option}” up", { option: labels[id] }), text: "▲", disabled: position === 0, onclick: move(-1) });
      var down = el("button", { type: "button", className: "move", "data-key": id + "down", "aria-label": t("Move “{option}” down", { option: labels[id] }), text: "▼", disabled: position === order.length - 1, onclick: move(1) });
      list.appendChild(el("li", { className: "option", "data-option": id }, [
        el("div", { className: "row" }, [
          el("span", { className: "rank-no", text: String(position + 1) }),
          el("span", { className: "option-label", dir: "auto", text: labels[id] }),
          up, down
        ])
      ]));
    });
    if (!$("rank-status")) list.parentNode && list.parentNode.insertBefore(el("p", { id: "rank-status", className: "sr-only", role: "status", "aria-live": "polite" }), list.nextSibling);
    if (focusKey) {
      var again = list.querySelector('[data-key="' + focusKey + '"]');
      // At the top or the bottom the pressed button is disabled: focus its twin.
      if (again && again.disabled) again = again.parentNode.querySelector(".move:not([disabled])");
      if (again) again.focus();
    }
  }

  function buildScores(round, form) {
    var draft = draftOf(round);
    var list = el("ul", { className: "options" });
    (round.options || []).forEach(function (option, index) {
      var labelId = "score-label-" + index;
      var group = el("div", { className: "scores", role: "group", "aria-labelledby": labelId });
      var choose = function (value) {
        return function () {
          if (value) draft.choices[option.id] = value; else delete draft.choices[option.id];
          clearBallotError();
          refreshControls(round);
        };
      };
      [1, 2, 3, 4, 5].forEach(function (value) {
        group.appendChild(el("button", { type: "button", className: "score", "data-option": option.id, "data-value": String(value), "aria-label": t("Score {score} for “{option}”", { score: value, option: option.label }), text: String(value), onclick: choose(value) }));
      });
      group.appendChild(el("button", { type: "button", className: "score none", "data-option": option.id, "data-value": "0", text: t("No score"), onclick: choose(0) }));
      list.appendChild(el("li", { className: "option" }, [
        el("span", { id: labelId, className: "option-label", dir: "auto", text: option.label }),
        group
      ]));
    });
    form.appendChild(list);
  }

  // Numbers, disabled states and pressed states, updated in place after each tap.
  function refreshControls(round) {
    var draft = drafts[round.id];
    if (!draft) return;
    var body = $("vote-body");
    if (round.method === "dots") {
      var r = rulesOf(round);
      var left = r.budget - spent(draft.choices);
      var leftBox = $("dots-left");
      if (leftBox) leftBox.textContent = t("Dots left: {left} of {budget}", { left: left, budget: r.budget });
      var nodes = body.querySelectorAll("[data-option]");
      for (var i = 0; i < nodes.length; i++) {
        var node = nodes[i];
        var given = draft.choices[node.getAttribute("data-option")] || 0;
        if (node.classList.contains("count")) node.textContent = String(given);
        else if (node.classList.contains("dots-visual")) node.textContent = new Array(given + 1).join("●");
        else if (node.classList.contains("minus")) node.disabled = given <= 0;
        else if (node.classList.contains("plus")) {
          node.disabled = given >= r.cap || left <= 0;
          // Say why "+" is off: the rule stays visible, not only a greyed button.
          node.title = given >= r.cap ? t("At most {limit} dots per option.", { limit: r.cap }) : (left <= 0 ? t("No dots left: take one from another option first.") : "");
        }
      }
      var limitNote = $("dots-limit");
      var why = left <= 0 ? t("No dots left: take one from another option first.") : "";
      if (!limitNote) {
        limitNote = el("p", { id: "dots-limit", className: "hint" });
        if (leftBox) leftBox.parentNode.insertBefore(limitNote, leftBox.nextSibling);
      }
      limitNote.textContent = why;
    } else if (round.method === "score") {
      var buttons = body.querySelectorAll(".score");
      for (var j = 0; j < buttons.length; j++) {
        var value = Number(buttons[j].getAttribute("data-value"));
        var chosen = draft.choices[buttons[j].getAttribute("data-option")] || 0;
        buttons[j].setAttribute("aria-pressed", value === chosen ? "true" : "false");
      }
    }
  }

  function ballotChoices(round) {
    var draft = draftOf(round);
    if (round.method === "ranking") {
      var choices = {};
      rankOrder(round, draft).forEach(function (id, position) { choices[id] = position + 1; });
      return choices;
    }
    return copy(draft.choices);
  }

  function clearBallotError() { var box = $("ballot-error"); if (box) hideError(box); }

  function castBallot(round) {
    var choices = ballotChoices(round);
    var error = $("ballot-error");
    if (!Object.keys(choices).length) {
      showError(error, t("Choose at least one option before casting your ballot."));
      return;
    }
    if (round.method === "dots" && spent(choices) > rulesOf(round).budget) {
      showError(error, t("No dots left: take one from another option first."));
      return;
    }
    var body = { client: client, id: randomId(), round_id: round.id, choices: choices };
    if (isSecret(round)) {
      var codeField = $("voter-code");
      var voterCode = codeField.value.replace(/\s+/g, "");
      if (!voterCode) { showError(error, t("Type your one-time voter code."), codeField); return; }
      body.voter_code = voterCode;
    }
    var button = $("cast");
    button.disabled = true;
    button.textContent = t("Sending…");
    enqueue("ballot", API.ballots, body);
  }

  answers.ballot = {
    done: function (item, result) {
      var roundId = item.body.round_id;
      var receipt = result.receipt || {};
      var cast = { check: receipt.check || "", at: new Date().toISOString(), replaced: !!receipt.replaced };
      // A secret ballot's choices are not kept on the phone (anyone holding it
      // could read them): only its check code and time.
      if (!item.body.voter_code) cast.choices = receipt.choices || item.body.choices;
      ballots[roundId] = cast;
      editing[roundId] = false;
      delete drafts[roundId];
      saveLocal();
      shownRoundKey = "";
      renderVote();
      var node = $("ballot-receipt");
      if (node) node.focus();
    },
    fail: function (item, problem) {
      if ($("cast")) { $("cast").disabled = false; $("cast").textContent = t("Cast my ballot"); }
      var codeProblem = problem.code === "bad_voter_code" || problem.code === "code_used";
      var box = $("ballot-error");
      if (box) showError(box, errorText(problem), codeProblem ? $("voter-code") : null);
    }
  };

  function receiptNode(round, cast) {
    var time = cast.at ? new Date(cast.at) : null;
    var clock = time && !isNaN(time.getTime()) ? time.toLocaleTimeString(lang === "ar" ? "ar-MA" : lang, { hour: "2-digit", minute: "2-digit" }) : "";
    var said = t(cast.replaced ? N("Your ballot was changed at {time}.") : N("Your ballot was received at {time}."), { time: clock });
    // The check code stays whole and left-to-right inside an Arabic sentence.
    var parts = t("Check code: {check}", { check: "\u0000" }).split("\u0000");
    return el("p", { id: "ballot-receipt", className: "receipt", role: "status", tabindex: "-1" }, [
      document.createTextNode(said + " " + parts[0]),
      el("bdi", { className: "nowrap", dir: "ltr", text: cast.check }),
      document.createTextNode(parts[1] || "")
    ]);
  }

  // -- results ----------------------------------------------------------------------
  function renderResults() {
    var results = room && room.round && room.round.results;
    var section = $("results");
    if (!results || !results.options || !results.options.length) { section.hidden = true; return; }
    section.hidden = false;
    $("results-title").textContent = room.round.title || "";
    $("results-meta").textContent = t("Ballots cast: {count}", { count: results.ballots_cast || 0 });
    var list = $("results-list");
    list.textContent = "";
    var top = results.options.reduce(function (m, o) { return Math.max(m, Number(o.points) || 0); }, 0) || 1;
    results.options.forEach(function (option) {
      var method = room.round.method;
      var amount = method === "score" && option.mean !== null && option.mean !== undefined
        ? t("Mean score: {mean}", { mean: Number(option.mean).toFixed(1) })
        : t("Points: {points}", { points: option.points });
      var share = method === "score" ? (Number(option.mean) || 0) / 5 : (Number(option.points) || 0) / top;
      list.appendChild(el("li", { "data-option": option.option_id || option.id }, [
        el("div", { className: "res-head" }, [
          el("span", { className: "res-rank", text: String(option.rank) }),
          el("span", { className: "res-label", dir: "auto", text: option.label }),
          el("span", { className: "res-points", text: amount })
        ]),
        el("div", { className: "bar-track", "aria-hidden": "true" }, [
          el("div", { className: "bar-fill", width: Math.round(share * 100) + "%" })
        ])
      ]));
    });
  }

  // -- rendering --------------------------------------------------------------------
  function renderAll() {
    if (!room) { setTitle(""); return; }
    setTitle((room.workshop && room.workshop.title) || "");
    $("agenda").textContent = (room.agenda && room.agenda.title) || t("Not started yet");
    var current = null;
    (room.questions || []).forEach(function (q) { if (q.id === room.current_question_id) current = q; });
    $("question").textContent = current ? current.text : "—";
    renderQuestions();
    renderTable();
    renderPhotos();
    updateCounter();
    renderIdeas();
    shownRoundKey = shownRoundKey && shownRoundKey.split("|")[1] === lang ? shownRoundKey : "";
    renderVote();
    renderResults();
  }

  function setTitle(text) {
    $("title").textContent = text || t("Workshop room");
    document.title = text ? text + " — " + t("Workshop room") : t("Workshop room");
  }

  // -- messages and focus -----------------------------------------------------------
  function showError(box, message, field) {
    if (!box) return;
    box.textContent = message;
    box.hidden = false;
    if (field) { field.setAttribute("aria-invalid", "true"); field.focus(); }
  }
  function hideError(box, field) {
    if (box) { box.hidden = true; box.textContent = ""; }
    if (field) field.setAttribute("aria-invalid", "false");
  }
  var receiptTimer = null;
  function showReceipt(box, message) {
    box.textContent = message;
    box.hidden = false;
    clearTimeout(receiptTimer);
    receiptTimer = setTimeout(function () { box.hidden = true; }, 8000);
  }

  // -- start ------------------------------------------------------------------------
  function start() {
    var buttons = document.querySelectorAll(".lang");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].addEventListener("click", function (event) {
        var next = event.currentTarget.getAttribute("data-lang");
        setLanguage(next, true);
      });
    }
    $("join-form").addEventListener("submit", function (event) { event.preventDefault(); joinRoom($("code").value, false); });
    $("idea-form").addEventListener("submit", sendIdea);
    $("table-form").addEventListener("submit", joinTable);
    $("table-leave").addEventListener("click", leaveTable);
    $("photo-input").addEventListener("change", choosePhotos);
    $("idea-text").addEventListener("input", updateCounter);
    $("idea-name").value = saved.get("name", "") || "";
    setStatus("offline");
    var code = codeFromAddress() || saved.get("code", "");
    $("code").value = code;
    setLanguage(pickLanguage(), false).then(function () {
      if (code) joinRoom(code, true).then(function (ok) { if (!ok) $("code").focus(); });
    });
    // Coming back to the page (phone unlocked): catch up at once.
    document.addEventListener("visibilitychange", function () {
      if (!document.hidden && roomCode) { poll(); if (!source || source.readyState === 2) connect(); }
    });
    window.addEventListener("online", function () { if (roomCode) { poll(); resendPending(); } });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
