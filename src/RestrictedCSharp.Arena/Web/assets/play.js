// The playground and submit page (/play): an editor (CodeMirror 5, vendored under /assets/codemirror) whose
// diagnostics come from POST /api/check as the author types, and the submission of the version with its progress.
// Everything an author or the judge wrote (names, messages, problem details) goes into the page as text only.
"use strict";
(() => {
  // The editor's and the page's styles: the shared frame links only the site's stylesheet.
  for (const href of ["/assets/codemirror/codemirror.css", "/assets/codemirror/lint.css", "/assets/play.css"]) {
    document.head.appendChild(Arena.el("link", null, { rel: "stylesheet", href }));
  }

  // POST /api/check allows 30 calls a minute per client: a check starts 1 s after the last keystroke and never while
  // another is in flight (the newest text waits and goes next), so typing costs a few calls a minute. Refused
  // anyway (429), the page says so and checks the newest text again a little later.
  const checkDelay = 1000;
  const retryAfterRefusal = 10000;
  const pollInterval = 1000;
  const pollLimit = 10 * 60 * 1000;

  const $ = id => document.getElementById(id);
  let editor = null;
  let file = "Bot.cs";
  let edits = 0;            // counts the editor's changes: an answer about an older text is not shown
  let sampleEdits = -1;     // the count right after a sample was loaded: the text is still the untouched sample
  let inFlight = false;
  let waiting = null;
  let retry = null;

  const game = () => $("play-game").value;

  function problemText(response) {
    const body = response.body;
    if (body && typeof body === "object" && (body.title || body.detail)) {
      return `${body.title || "Refused"} (${response.status})${body.detail ? ": " + body.detail : ""}`;
    }
    return `the arena answered ${response.status}`;
  }

  function setStatus(node, text, kind) {
    node.textContent = text;
    node.className = "play-status" + (kind ? " " + kind : "");
  }

  // A report's place (1-based lines and columns, exclusive end) as the editor's (0-based); an empty span covers a character.
  function span(d) {
    const last = Math.max(0, editor.lineCount() - 1);
    const from = CodeMirror.Pos(Math.min(d.line - 1, last), Math.max(0, d.column - 1));
    let to = CodeMirror.Pos(Math.min(Math.max(d.endLine, d.line) - 1, last), Math.max(0, d.endColumn - 1));
    if (CodeMirror.cmpPos(to, from) <= 0) to = CodeMirror.Pos(from.line, from.ch + 1);
    return { from, to };
  }

  const located = d => d.line > 0 && !d.suppressed;

  function annotations(report) {
    return report.diagnostics.filter(located).map(d => ({
      ...span(d),
      severity: d.severity === "error" ? "error" : "warning",
      message: `${d.id}: ${d.message}`,
    }));
  }

  // A list of diagnostics; clicking a located one puts the editor's cursor on it.
  function renderDiagnostics(list, diagnostics) {
    list.replaceChildren();
    for (const d of diagnostics) {
      const item = Arena.el("li", null, { class: "diagnostic " + (d.severity === "error" ? "error" : "warning") });
      item.append(
        Arena.el("span", d.severity, { class: "severity" }), " ",
        Arena.el("code", d.id), " ",
        Arena.el("span", d.line > 0 ? `${d.file || file}:${d.line}:${d.column}` : (d.file || ""), { class: "where" }), " ",
        Arena.el("span", d.message, { class: "message" }));
      if (d.suppressed) item.append(" ", Arena.el("span", "(suppressed)", { class: "suppressed" }));
      if (d.line > 0) {
        item.tabIndex = 0;
        item.classList.add("located");
        const go = () => {
          editor.focus();
          editor.setSelection(span(d).from, span(d).to);
          editor.scrollIntoView(span(d).from, 80);
        };
        item.addEventListener("click", go);
        item.addEventListener("keydown", e => { if (e.key === "Enter") go(); });
      }
      list.append(item);
    }
  }

  function summary(report) {
    const errors = report.diagnostics.filter(d => d.severity === "error" && !d.suppressed).length;
    const others = report.diagnostics.filter(d => d.severity !== "error" && !d.suppressed).length;
    if (report.accepted) return others ? `Accepted, with ${others} warning${others === 1 ? "" : "s"}.` : "Accepted: no problems.";
    return `Refused: ${errors} error${errors === 1 ? "" : "s"}${others ? `, ${others} warning${others === 1 ? "" : "s"}` : ""}.`;
  }

  // The lint addon's asynchronous source: it calls this 1 s after the last change with the text, and ignores an
  // answer about a text that changed since (so does the list below).
  function check(text, done) {
    const request = { text, done, game: game(), edit: edits };
    if (inFlight) {
      waiting = request;
      return;
    }
    send(request);
  }

  async function send(request) {
    inFlight = true;
    clearTimeout(retry);
    const status = $("play-check");
    setStatus(status, "checking…", "busy");
    try {
      const response = await Arena.api("/api/check", {
        method: "POST", body: { game: request.game, files: [{ name: file, text: request.text }] },
      });
      if (response.status === 200 && response.body && Array.isArray(response.body.diagnostics)) {
        if (request.edit === edits && request.game === game()) {
          renderDiagnostics($("play-diagnostics"), response.body.diagnostics);
          setStatus(status, summary(response.body), response.body.accepted ? "ok" : "error");
          request.done(annotations(response.body));
        }
      } else if (response.status === 429) {
        setStatus(status, `Checked too often — ${problemText(response)}. The check runs again in a few seconds.`, "warning");
        retry = setTimeout(() => editor.performLint(), retryAfterRefusal);
      } else {
        setStatus(status, `The check did not finish — ${problemText(response)}`, "error");
      }
    } catch (e) {
      setStatus(status, `The check could not reach the arena: ${e.message}`, "error");
    } finally {
      inFlight = false;
      if (waiting) {
        const next = waiting;
        waiting = null;
        send(next);
      }
    }
  }

  async function loadSample() {
    const response = await Arena.api(`/api/games/${encodeURIComponent(game())}/sample`);
    if (response.status !== 200 || !response.body) {
      setStatus($("play-check"), `No starting source — ${problemText(response)}`, "error");
      return;
    }
    file = response.body.file || "Bot.cs";
    editor.setValue(response.body.text || "");
    sampleEdits = edits;
  }

  // A new game: an untouched sample is replaced by the new game's; the author's own text is kept and checked again.
  async function changeGame() {
    if (edits === sampleEdits) await loadSample();
    else editor.performLint();
  }

  function say(node, text, kind) {
    node.append(Arena.el("p", text, kind ? { class: kind } : {}));
  }

  const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

  async function submit() {
    const out = $("play-submission");
    out.replaceChildren();
    const tokenField = $("play-token-field");
    const pasted = $("play-token").value.trim();
    if (pasted) {
      Arena.setToken(pasted);
      $("play-token").value = "";
    }
    if (!Arena.token()) {
      tokenField.hidden = false;
      say(out, "Submitting needs your author token (rcsc authors add prints it): sign in, or paste it above.", "error");
      return;
    }
    const name = $("play-name").value.trim();
    if (!name) {
      say(out, "Give the bot a name.", "error");
      return;
    }
    const button = $("play-submit");
    button.disabled = true;
    try {
      const response = await Arena.api(`/api/bots/${encodeURIComponent(name)}`, {
        method: "PUT", body: { game: game(), files: [{ name: file, text: editor.getValue() }] },
      });
      if (response.status === 401) {
        Arena.setToken("");
        tokenField.hidden = false;
      }
      if (response.status !== 202 || !response.body) {
        say(out, `Not submitted — ${problemText(response)}`, "error");
        return;
      }
      await follow(out, response.body);
    } finally {
      button.disabled = false;
    }
  }

  // A submission's progress until it is judged, then the bot's page and its placement matches as they are played.
  async function follow(out, { bot, version, submission }) {
    const status = Arena.el("p", `Version ${version} of ${bot}: queued`, { id: "play-submission-status", class: "play-status busy" });
    const diagnostics = Arena.el("ul", null, { class: "play-diagnostics" });
    out.append(status, diagnostics);
    const until = Date.now() + pollLimit;
    let state = null;
    while (Date.now() < until) {
      const response = await Arena.api(`/api/submissions/${encodeURIComponent(String(submission))}`);
      if (response.status !== 200 || !response.body) {
        setStatus(status, `Version ${version} of ${bot}: ${problemText(response)}`, "error");
        return;
      }
      state = response.body;
      const final = state.status === "accepted" || state.status === "rejected";
      setStatus(status, `Version ${version} of ${bot}: ${state.status}${state.failure ? ` (${state.failure})` : ""}`,
        state.status === "accepted" ? "ok" : state.status === "rejected" ? "error" : "busy");
      status.dataset.status = state.status;
      if (final) break;
      await sleep(pollInterval);
    }
    if (!state) return;
    renderDiagnostics(diagnostics, Array.isArray(state.diagnostics) ? state.diagnostics : []);
    const page = Arena.el("p");
    page.append(Arena.el("a", `${bot}'s page`, { href: `/bots/${encodeURIComponent(bot)}`, id: "play-bot-link" }));
    out.append(page);
    if (state.status === "accepted") await watchMatches(out, bot, until);
  }

  async function watchMatches(out, bot, until) {
    out.append(Arena.el("h3", "Placement matches"));
    const list = Arena.el("ul", null, { id: "play-matches" });
    const note = Arena.el("p", "waiting for the first match…", { class: "play-status busy" });
    out.append(list, note);
    while (Date.now() < until) {
      const response = await Arena.api(`/api/matches?bot=${encodeURIComponent(bot)}`);
      const matches = response.status === 200 && Array.isArray(response.body) ? response.body : [];
      list.replaceChildren();
      for (const m of matches) {
        const item = Arena.el("li", null, { class: "match", "data-status": m.status });
        const seats = (m.bots || []).map(s => `${s.bot} v${s.version}`).join(" vs ");
        item.append(
          Arena.el("a", `Match ${m.id}`, { href: `/matches/${encodeURIComponent(String(m.id))}` }),
          ` ${m.kind}: ${seats} — ${m.status}${m.status === "finished" ? (m.winner ? `, ${m.winner} won` : ", a draw") : ""}`);
        list.append(item);
      }
      const open = matches.filter(m => m.status === "queued" || m.status === "running").length;
      if (matches.length > 0 && open === 0) {
        note.remove();
        return;
      }
      note.textContent = matches.length ? `${open} still to play…` : "waiting for the first match…";
      await sleep(2 * pollInterval);
    }
  }

  function start() {
    editor = CodeMirror.fromTextArea($("play-source"), {
      mode: "text/x-csharp",
      lineNumbers: true,
      indentUnit: 4,
      gutters: ["CodeMirror-lint-markers"],
    });
    editor.on("change", () => { edits++; });
    $("play-token-field").hidden = !!Arena.token();
    $("play-game").addEventListener("change", changeGame);
    $("play-submit").addEventListener("click", submit);
    // The linter starts once the sample is in: no check of an empty editor.
    loadSample().finally(() => editor.setOption("lint", {
      getAnnotations: check, async: true, delay: checkDelay,
    }));
  }

  document.addEventListener("DOMContentLoaded", start);
})();
