// A bot's page: for its owner and the operator, each version's diagnostics (they quote the source, so they are
// fetched with the token, never put in the page by the server). Everything goes in as text.
"use strict";
document.addEventListener("DOMContentLoaded", async () => {
  const bot = document.getElementById("bot");
  if (!bot || !Arena.token()) return;
  const me = await Arena.api("/api/me");
  if (me.status !== 200 || !me.body) return;
  if (me.body.author !== bot.dataset.author && !me.body.operator) return;
  const note = document.getElementById("diagnostics-note");
  if (note) note.textContent = me.body.operator && me.body.author !== bot.dataset.author
    ? "Each version's diagnostics, shown to you as the operator." : "Each version's diagnostics, shown to you as the bot's owner.";

  for (const cell of document.querySelectorAll("td[data-submission]")) {
    const answer = await Arena.api("/api/submissions/" + encodeURIComponent(cell.dataset.submission));
    cell.replaceChildren();
    if (answer.status !== 200 || !answer.body) { cell.textContent = `not available (HTTP ${answer.status})`; continue; }
    const { diagnostics = [], failure } = answer.body;
    if (diagnostics.length === 0 && !failure) { cell.textContent = "none"; continue; }
    const list = Arena.el("ul", null, { class: "diagnostics" });
    if (failure) list.appendChild(Arena.el("li", "not judged: " + failure, { class: "error" }));
    for (const d of diagnostics) {
      const where = d.file ? `${d.file}:${d.line}:${d.column}: ` : "";
      const severity = d.severity === "error" ? "error" : d.severity === "warning" ? "warning" : "info";
      list.appendChild(Arena.el("li", `${d.severity} ${d.id}: ${where}${d.message}`, { class: severity }));
    }
    cell.appendChild(list);
  }
});
