// The match page: for the owner of one of its bots (and the operator), the replay with their bots' log lines, fetched
// with the token and shown in the page's sandboxed frame as srcdoc; the frame's origin is opaque, it never sees the token.
"use strict";
document.addEventListener("DOMContentLoaded", async () => {
  const frame = document.getElementById("replay");
  const note = document.getElementById("owner-view");
  const match = document.getElementById("match");
  if (!frame || !note || !match || !Arena.token()) return;
  const response = await fetch(`/api/matches/${encodeURIComponent(match.dataset.match)}/view`, {
    headers: { "Accept": "text/html", "Authorization": "Bearer " + Arena.token() },
  });
  if (response.status === 200) {
    frame.srcdoc = await response.text();
    note.textContent = "Shown with the log lines that are yours to read: your bots' (the operator's: every bot's).";
  } else if (response.status === 403) {
    note.textContent = "None of these bots is yours: their log lines are their owners'.";
  } else if (response.status === 401) {
    note.textContent = "Your token is not recognized: sign in again to see your bots' log lines.";
  }
});
