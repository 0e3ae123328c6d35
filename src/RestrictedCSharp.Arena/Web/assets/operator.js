// The operator page: /api/status with the token, drawn with text only, refreshed every few seconds.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const message = document.getElementById("operator-message");
  const status = document.getElementById("operator-status");
  if (!message || !status) return;

  function rows(id, items, cells) {
    const body = document.querySelector(`#${id} tbody`);
    body.replaceChildren();
    if (items.length === 0) {
      const row = Arena.el("tr");
      row.appendChild(Arena.el("td", "none", { colspan: String(document.querySelectorAll(`#${id} th`).length) }));
      body.appendChild(row);
    }
    for (const item of items) {
      const row = Arena.el("tr");
      for (const cell of cells(item)) row.appendChild(cell);
      body.appendChild(row);
    }
  }

  async function refresh() {
    if (!Arena.token()) { message.textContent = "Sign in with an operator's token to see the arena's status."; status.hidden = true; return false; }
    const answer = await Arena.api("/api/status");
    if (answer.status === 401) { message.textContent = "This token is not recognized: sign in again with an operator's token."; status.hidden = true; return false; }
    if (answer.status === 403) {
      const me = await Arena.api("/api/me");
      const who = me.status === 200 && me.body ? ` (signed in as ${me.body.author})` : "";
      message.textContent = `This token is not an operator's${who}: the status is the operator's only.`;
      status.hidden = true;
      return false;
    }
    if (answer.status !== 200 || !answer.body) { message.textContent = `The status could not be read (HTTP ${answer.status}).`; return true; }
    const s = answer.body;
    message.textContent = `Updated ${new Date().toLocaleTimeString()}.`;
    status.hidden = false;
    document.getElementById("slots").textContent =
      `${s.slotsBusy} busy of ${s.matchSlots} match slots and ${s.judgeSlots} judge slots.`;
    const workers = s.workers || [];
    document.getElementById("worker-summary").textContent = workers.length === 0
      ? `No worker has reported; the ladder keeps at most ${s.ladderBound} matches per game waiting or playing.`
      : `${workers.length} worker(s) with ${s.workerSlots} slots; the ladder keeps at most ${s.ladderBound} matches per game waiting or playing.`;
    rows("workers", workers, w => [
      Arena.el("td", w.name), Arena.el("td", w.slots, { class: "number" }), Arena.el("td", w.busy, { class: "number" }),
      Arena.el("td", w.jobsDone, { class: "number" }), Arena.el("td", new Date(w.lastSeen).toLocaleTimeString())]);
    rows("queue", s.jobs, j => [Arena.el("td", j.kind), Arena.el("td", j.state), Arena.el("td", j.count, { class: "number" })]);
    rows("rates", s.rates || [], r => [
      Arena.el("td", r.kind), Arena.el("td", (r.atLeast ? "≥ " : "") + r.lastMinute, { class: "number" }),
      Arena.el("td", (r.atLeast ? "≥ " : "") + r.lastTenMinutes, { class: "number" }), Arena.el("td", r.perMinute, { class: "number" })]);
    const broker = document.getElementById("broker-section");
    broker.hidden = !s.broker;
    if (s.broker) {
      document.getElementById("broker").textContent = s.broker.reachable
        ? `Read at ${new Date(s.broker.readAt).toLocaleTimeString()}.`
        : `Unreachable: ${s.broker.error || "no reason given"}.`;
      rows("broker-queues", s.broker.queues, q => [
        Arena.el("td", q.queue), Arena.el("td", q.exists ? q.messages : "not declared", { class: "number" }),
        Arena.el("td", q.exists ? q.consumers : "", { class: "number" })]);
    }
    rows("dead-letters", s.deadLetters || [], d => [
      Arena.el("td", d.id, { class: "number" }), Arena.el("td", d.kind), Arena.el("td", d.subject),
      Arena.el("td", d.attempts, { class: "number" }), Arena.el("td", d.reason || "")]);
    rows("failures", s.failures, f => [
      Arena.el("td", f.id, { class: "number" }), Arena.el("td", f.kind), Arena.el("td", f.payload, { class: "number" }),
      Arena.el("td", f.attempts, { class: "number" }), Arena.el("td", f.error || "")]);
    rows("rejections", s.recentRejections, r => {
      const bot = Arena.el("td");
      bot.appendChild(Arena.el("a", r.bot, { href: "/bots/" + encodeURIComponent(r.bot) }));
      return [Arena.el("td", r.submission, { class: "number" }), bot, Arena.el("td", r.version, { class: "number" }),
        Arena.el("td", r.judgedAt || ""), Arena.el("td", r.failure || "")];
    });
    return true;
  }

  refresh().then(again => { if (again) setInterval(refresh, 5000); });
});
