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
    rows("queue", s.jobs, j => [Arena.el("td", j.kind), Arena.el("td", j.state), Arena.el("td", j.count, { class: "number" })]);
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
