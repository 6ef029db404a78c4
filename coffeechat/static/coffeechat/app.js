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

// Warm paths: a "Copy" button copies the text of the field its data-copy names (shown only with JS).
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    if (!navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var field = document.querySelector(button.getAttribute("data-copy"));
      if (!field) return;
      navigator.clipboard.writeText(field.value).then(function () {
        button.textContent = "Copied";
      });
    });
  });
});
