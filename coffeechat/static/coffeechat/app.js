// coffeechat's only script. Everything works without it; it adds drag and drop on the
// pipeline and fills in the browser's time zone on sign-up.
(function () {
  "use strict";

  function detectTimezone() {
    document.querySelectorAll("form[data-detect-timezone] input[name=time_zone]").forEach(function (input) {
      try {
        if (!input.value) input.value = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
      } catch (e) { /* older browsers: the server falls back to UTC */ }
    });
  }

  var dragged = null;

  function onDragStart(event) {
    var card = event.target.closest && event.target.closest(".pcard");
    if (!card) return;
    dragged = card;
    card.classList.add("dragging");
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", card.dataset.pk);
  }

  function onDragEnd() {
    if (dragged) dragged.classList.remove("dragging");
    dragged = null;
    document.querySelectorAll(".column.drop-target").forEach(function (c) { c.classList.remove("drop-target"); });
  }

  function onDragOver(event) {
    var column = event.target.closest && event.target.closest(".column");
    if (!column || !dragged) return;
    event.preventDefault();
    document.querySelectorAll(".column.drop-target").forEach(function (c) {
      if (c !== column) c.classList.remove("drop-target");
    });
    column.classList.add("drop-target");
  }

  function onDrop(event) {
    var column = event.target.closest && event.target.closest(".column");
    if (!column || !dragged) return;
    event.preventDefault();
    var stage = column.dataset.stage;
    var pk = dragged.dataset.pk;
    var from = dragged.dataset.stage;
    var board = document.querySelector("[data-board]");
    onDragEnd();
    if (!pk || stage === from || !window.htmx || !board) return;
    window.htmx.ajax("POST", board.getAttribute("action"), {
      target: "#board",
      swap: "outerHTML",
      values: { move: pk + " " + stage },
      source: board,
    });
  }

  // htmx redraws the pipeline board and Today's lists after each action, which drops the
  // keyboard focus to the top of the page. Put it back where the user was: on the card they
  // moved, on the Undo of the task they ticked off, or on the task they brought back.
  function visible(el) {
    return el && el.getClientRects().length > 0 ? el : null;
  }

  function restoreFocus(event) {
    var active = document.activeElement;
    if (active && active !== document.body) return;
    var path = (event.detail && event.detail.pathInfo && event.detail.pathInfo.requestPath) || "";
    var board = document.getElementById("board");
    var lists = document.getElementById("today-lists");
    var target = null;
    if (board && /\/pipeline\/move\/$/.test(path)) {
      var card = board.querySelector(".pcard[data-focus-after-swap]");
      target = visible(card && card.querySelector("a")) || board;
    } else if (lists && /^\/tasks\/\d+\//.test(path)) {
      var done = path.replace(/[^/]+\/$/, "done/");
      target = visible(lists.querySelector("[data-focus-after-swap]")) ||
        visible(lists.querySelector('button[formaction="' + done + '"]')) || lists;
    }
    if (target) target.focus();
  }

  // After a form comes back with errors, take the user to the first one: on a phone it may be
  // far down the page, inside a closed section.
  function showFirstError() {
    var field = document.querySelector("main .has-error, main .errorbox");
    if (!field) return;
    var details = field.closest("details");
    if (details) details.open = true;
    var input = field.querySelector("input:not([type=hidden]), select, textarea");
    field.scrollIntoView({ block: "center" });
    if (input) input.focus({ preventScroll: true });
  }

  // The account menu is a <details>: close it with Escape or a click elsewhere, like a menu.
  function closeMenus(event) {
    document.querySelectorAll("details.account[open]").forEach(function (menu) {
      if (event.type === "keydown" && event.key !== "Escape") return;
      if (event.type === "click" && menu.contains(event.target)) return;
      menu.open = false;
      if (event.type === "keydown") menu.querySelector("summary").focus();
    });
  }

  document.addEventListener("keydown", closeMenus);
  document.addEventListener("click", closeMenus);
  document.addEventListener("DOMContentLoaded", detectTimezone);
  document.addEventListener("DOMContentLoaded", showFirstError);
  document.addEventListener("htmx:afterSettle", restoreFocus);
  document.addEventListener("dragstart", onDragStart);
  document.addEventListener("dragend", onDragEnd);
  document.addEventListener("dragover", onDragOver);
  document.addEventListener("drop", onDrop);
})();

// Outreach: "Copy the message" on the composer. Without JavaScript the button stays hidden; the
// text can still be selected and copied by hand.
(function () {
  "use strict";
  function setUp() {
    document.querySelectorAll("button[data-copy]").forEach(function (button) {
      if (!navigator.clipboard) return;
      button.hidden = false;
      button.addEventListener("click", function () {
        var source = document.querySelector(button.dataset.copy);
        if (!source) return;
        var label = button.textContent;
        navigator.clipboard.writeText(source.value).then(function () {
          button.textContent = "Copied";
          setTimeout(function () { button.textContent = label; }, 2000);
        });
      });
    });
  }
  document.addEventListener("DOMContentLoaded", setUp);
})();

// --- Questions: reorder the plan by drag and drop, meeting clock, notes that are never lost ---
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // Drag a question of the plan to a new place; the ↑/↓ buttons do the same without a mouse.
  var draggedItem = null;
  document.addEventListener("dragstart", function (event) {
    var item = event.target.closest && event.target.closest("[data-sortable] > li");
    if (!item) return;
    draggedItem = item;
    item.classList.add("dragging");
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", item.dataset.pk);
  });
  document.addEventListener("dragover", function (event) {
    var item = event.target.closest && event.target.closest("[data-sortable] > li");
    if (!item || !draggedItem || item.parentNode !== draggedItem.parentNode) return;
    event.preventDefault();
    document.querySelectorAll(".drop-target").forEach(function (el) { el.classList.remove("drop-target"); });
    if (item !== draggedItem) item.classList.add("drop-target");
  });
  document.addEventListener("dragend", function () {
    if (draggedItem) draggedItem.classList.remove("dragging");
    draggedItem = null;
    document.querySelectorAll(".drop-target").forEach(function (el) { el.classList.remove("drop-target"); });
  });
  document.addEventListener("drop", function (event) {
    var item = event.target.closest && event.target.closest("[data-sortable] > li");
    if (!item || !draggedItem || item.parentNode !== draggedItem.parentNode) return;
    event.preventDefault();
    var list = item.parentNode;
    var moved = draggedItem;
    var children = Array.prototype.slice.call(list.children);
    // Dropped on a question further down: it goes after it; further up: before it.
    if (children.indexOf(moved) < children.indexOf(item)) list.insertBefore(moved, item.nextSibling);
    else if (item !== moved) list.insertBefore(moved, item);
    var order = Array.prototype.map.call(list.children, function (li) { return li.dataset.pk; }).join(",");
    moved.classList.remove("dragging");
    draggedItem = null;
    document.querySelectorAll(".drop-target").forEach(function (el) { el.classList.remove("drop-target"); });
    if (!window.htmx) return;
    window.htmx.ajax("POST", list.dataset.orderUrl, {
      target: "#plan-items-body", swap: "outerHTML", values: { order: order }, source: list,
    });
  });

  // After ↑/↓ redraws the plan, keep the keyboard focus on the same button (or its twin).
  var lastMove = null;
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-focus-key]");
    lastMove = button ? button.dataset.focusKey : lastMove;
  });
  document.addEventListener("htmx:afterSettle", function () {
    if (!lastMove) return;
    var body = document.getElementById("plan-items-body");
    if (!body) return;
    var same = body.querySelector('[data-focus-key="' + lastMove + '"]');
    var twin = body.querySelector('[data-focus-key="' + lastMove.replace(/^up/, "x").replace(/^down/, "up").replace(/^x/, "down") + '"]');
    var target = same && !same.disabled ? same : twin;
    if (target) target.focus();
    lastMove = null;
  });

  document.addEventListener("focusin", function (event) {
    if (event.target.matches && event.target.matches("[data-select-on-focus]")) event.target.select();
  });

  // Meeting mode: the running clock against the plan.
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function tick(clock) {
    var started = Date.parse(clock.dataset.startedAt);
    if (isNaN(started)) return;
    var elapsed = Math.max(0, (Date.now() - started) / 1000);
    var minutes = Math.floor(elapsed / 60);
    var out = clock.querySelector("[data-clock-elapsed]");
    if (out) out.textContent = minutes + ":" + pad(Math.floor(elapsed % 60));
    var pace = clock.querySelector("[data-clock-pace]");
    var next = document.querySelector(".meeting-item:not(.asked)");
    document.querySelectorAll(".meeting-item.current").forEach(function (el) { el.classList.remove("current"); });
    var duration = parseInt(clock.dataset.duration, 10);
    var planned = next ? parseInt(next.dataset.startsAt, 10) : parseInt(clock.dataset.closingAt, 10);
    if (next) next.classList.add("current");
    if (!pace) return;
    var diff = Math.round(minutes - planned);
    var left = Math.max(0, duration - minutes);
    var text = left + " min left · ";
    var anyAsked = !!document.querySelector(".meeting-item.asked");
    pace.className = "small";
    if (diff > 0) { text += diff + " min behind"; pace.classList.add("behind"); }
    else if (diff < 0 && anyAsked) { text += -diff + " min ahead"; pace.classList.add("ahead"); }
    else if (diff < 0) { text += "next question at " + planned + " min"; }
    else { text += "on time"; }
    if (pace.textContent !== text) pace.textContent = text;
  }
  function startClocks() {
    document.querySelectorAll("[data-meeting-clock]").forEach(function (clock) {
      tick(clock);
      window.setInterval(function () { tick(clock); }, 1000);
    });
  }
  document.addEventListener("DOMContentLoaded", startClocks);
  document.addEventListener("htmx:afterSettle", function () {
    // A question ticked as asked: its row follows the button, and the clock moves to the next one.
    document.querySelectorAll(".meeting-item").forEach(function (li) {
      var button = li.querySelector(".asked-form button");
      if (button) li.classList.toggle("asked", button.getAttribute("aria-pressed") === "true");
    });
    document.querySelectorAll("[data-meeting-clock]").forEach(tick);
  });

  // Notes that autosave: every keystroke is kept in this browser until the server confirms it,
  // so a dropped connection or a reload loses nothing; unsent text is sent again.
  var STORE = "coffeechat:notes:";
  function store() {
    try { return window.localStorage; } catch (e) { return null; }
  }
  function status(el, text, unsaved) {
    var out = document.getElementById(el.getAttribute("aria-describedby"));
    if (!out) return;
    out.textContent = text;
    out.classList.toggle("unsaved", !!unsaved);
  }
  function resend(el) {
    var s = store();
    if (s) s.setItem(STORE + el.dataset.autosave, el.value);
    if (window.htmx) window.htmx.trigger(el, "resend");
  }
  document.addEventListener("input", function (event) {
    var el = event.target;
    if (!el.dataset || !el.dataset.autosave) return;
    var s = store();
    if (s) s.setItem(STORE + el.dataset.autosave, el.value);
  });
  document.addEventListener("htmx:beforeRequest", function (event) {
    var el = event.detail.elt;
    if (el && el.dataset && el.dataset.autosave) el.dataset.sending = el.value;
  });
  function retryLater(el) {
    status(el, "Not saved yet: kept on this device, trying again…", true);
    if (el.dataset.retry) return;
    el.dataset.retry = "1";
    window.setTimeout(function () { delete el.dataset.retry; resend(el); }, 5000);
  }
  document.addEventListener("htmx:afterRequest", function (event) {
    var el = event.detail.elt;
    if (!el || !el.dataset || !el.dataset.autosave) return;
    var s = store();
    if (event.detail.successful) {
      if (s && s.getItem(STORE + el.dataset.autosave) === el.dataset.sending) s.removeItem(STORE + el.dataset.autosave);
    } else {
      retryLater(el);
    }
  });
  document.addEventListener("htmx:sendError", function (event) {
    var el = event.detail.elt;
    if (el && el.dataset && el.dataset.autosave) retryLater(el);
  });
  function restoreNotes() {
    var s = store();
    if (!s) return;
    document.querySelectorAll("[data-autosave]").forEach(function (el) {
      var kept = s.getItem(STORE + el.dataset.autosave);
      if (kept === null) return;
      if (kept === el.value) { s.removeItem(STORE + el.dataset.autosave); return; }
      el.value = kept;
      status(el, "Restored what you wrote before; saving it…", true);
      window.setTimeout(function () { resend(el); }, 50);
    });
  }
  document.addEventListener("DOMContentLoaded", restoreNotes);
  window.addEventListener("online", function () {
    var s = store();
    document.querySelectorAll("[data-autosave]").forEach(function (el) {
      if (s && s.getItem(STORE + el.dataset.autosave) !== null) resend(el);
    });
  });

  // Quick capture: add a labelled line to the notes right away, without leaving the page.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var notes = form.dataset && form.dataset.captureFor && document.getElementById(form.dataset.captureFor);
    if (!notes || !event.submitter) return;
    event.preventDefault();
    var input = form.querySelector("input[name=text]");
    var line = event.submitter.textContent.trim() + ": " + (input.value || "").trim();
    notes.value = (notes.value.replace(/\s+$/, "") + "\n" + line).replace(/^\n/, "");
    var s = store();
    if (s) s.setItem(STORE + notes.dataset.autosave, notes.value);  // kept on this device at once
    // The lead (if the line makes one) is sent first and the notes after it: one write at a time.
    var lead = captureLead(form, event.submitter.value, input.value);
    input.value = "";
    if (lead) {
      var sent = false;
      var sendNotes = function () { if (!sent) { sent = true; resend(notes); } };
      lead.then(sendNotes, sendNotes);
      window.setTimeout(sendNotes, 5000);
    } else {
      resend(notes);
    }
    notes.focus();
    notes.setSelectionRange(notes.value.length, notes.value.length);
  });
})();

// Leads: after a quick capture or a status change is swapped in, keep the keyboard where it was:
// on the first field with an error, on the "saved" note, or on the lead row's first button.
(function () {
  "use strict";

  document.addEventListener("htmx:afterSettle", function (event) {
    var active = document.activeElement;
    if (active && active !== document.body) return;
    var swapped = event.detail && event.detail.elt;
    if (!swapped || !swapped.matches) return;
    var target = null;
    if (swapped.matches("#leads")) {
      target = swapped.querySelector(".has-error input, .has-error select, .has-error textarea") ||
        swapped.querySelector(".saved");
    } else if (swapped.matches(".lead")) {
      target = swapped.querySelector(".item-actions button");
    }
    if (!target) return;
    if (!target.matches("input, select, textarea, button")) target.setAttribute("tabindex", "-1");
    target.focus();
  });
})();

// Contact imports: reading and importing a large file takes a few seconds; say so while it runs
// (the forms work the same without this).
(function () {
  "use strict";
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches || !form.matches("form[data-import-progress]")) return;
    var status = form.querySelector(".import-progress");
    if (!status) return;
    var file = form.querySelector("input[type=file]");
    var text = status.querySelector("[data-progress-text]");
    if (file && file.files && file.files[0] && text) {
      var size = file.files[0].size;
      text.textContent = "Reading " + file.files[0].name + " (" +
        (size > 1048576 ? (size / 1048576).toFixed(1) + " MB" : Math.max(1, Math.round(size / 1024)) + " kB") + ")…";
    }
    status.hidden = false;
    form.querySelectorAll("button").forEach(function (b) { b.disabled = true; });
  });
  // Back to the page from the browser's cache: the form is usable again.
  window.addEventListener("pageshow", function () {
    document.querySelectorAll("form[data-import-progress]").forEach(function (form) {
      form.querySelectorAll(".import-progress").forEach(function (s) { s.hidden = true; });
      form.querySelectorAll("button").forEach(function (b) { b.disabled = false; });
    });
  });
})();

// Meeting mode's quick capture as a lead: the note line is added by the page (above), and the lead
// alone is posted here, so the notes' autosave never races a server-side edit of the same text.
function captureLead(form, kind, text) {
  "use strict";
  var box = document.getElementById("captured");
  if (!form.dataset.captureLead || !box || !window.htmx || !(text || "").trim()) return null;
  return window.htmx.ajax("POST", form.dataset.captureLead, {
    source: box, target: box, swap: "innerHTML", values: { kind: kind, text: text }
  });
}
document.addEventListener("htmx:sendError", function (event) {
  "use strict";
  var box = event.detail && event.detail.elt;
  if (!box || box.id !== "captured") return;
  var p = document.createElement("p");
  p.className = "unsaved small";
  p.textContent = "No connection: the line is safe in your notes; add the lead from the Leads page later.";
  box.prepend(p);
});

// Plan page on a phone: <details data-fold-narrow> are open in the page (so everything shows without
// JavaScript and on a wide screen) and closed here on a narrow one, where the columns stack and the
// question bank alone would be metres long. A fold the address points into (#time after saving) stays open.
(function () {
  "use strict";
  function foldOnNarrow() {
    if (window.matchMedia("(min-width: 56rem)").matches) return;
    var target = location.hash.length > 1 ? document.getElementById(location.hash.slice(1)) : null;
    document.querySelectorAll("details[data-fold-narrow]").forEach(function (fold) {
      if (target && (fold.contains(target) || target.contains(fold))) return;
      fold.open = false;
    });
  }
  document.addEventListener("DOMContentLoaded", foldOnNarrow);
})();

// New coffee chat: only the fields the chosen stage needs. A field marked data-stages="requested met"
// shows for those stages; hidden, it is also disabled so a date typed for another stage is not sent.
// A field the server sent back with an error always shows. Without JavaScript every field shows.
(function () {
  "use strict";
  function showFor(picker) {
    if (!picker.form) return;
    picker.form.querySelectorAll("[data-stages]").forEach(function (input) {
      var box = input.closest(".field") || input;
      var wanted = input.dataset.stages.split(" ").indexOf(picker.value) >= 0 || box.classList.contains("has-error");
      box.hidden = !wanted;
      input.disabled = !wanted;
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("select[data-stage-picker]").forEach(function (picker) {
      showFor(picker);
      picker.addEventListener("change", function () { showFor(picker); });
    });
  });
})();
