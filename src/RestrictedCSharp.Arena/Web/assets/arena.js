// The arena's pages: the author's token (kept in this browser only, sent as a Bearer header, never in a URL) and
// JSON calls to the API. Text from authors and bots is put into pages with textContent only.
"use strict";
const Arena = (() => {
  const key = "rcsc-arena-token";
  const token = () => localStorage.getItem(key) || "";
  const setToken = value => value ? localStorage.setItem(key, value) : localStorage.removeItem(key);

  // A call to the API: { status, body } where body is the parsed JSON (or null); problem details are bodies too.
  async function api(path, { method = "GET", body } = {}) {
    const headers = { "Accept": "application/json" };
    if (token()) headers["Authorization"] = "Bearer " + token();
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    let parsed = null;
    try { parsed = text ? JSON.parse(text) : null; } catch { parsed = null; }
    return { status: response.status, body: parsed };
  }

  // An element with text only: el("td", "name") or el("a", "name", { href: "/bots/x" }).
  function el(tag, text, attributes = {}) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    return node;
  }

  return { token, setToken, api, el };
})();

// The sign-in box in every page's header (#signin): paste a token, kept in this browser's localStorage; shows who it
// belongs to (GET /api/me) and a button to forget it. Pages read the token when they load, so a change reloads.
document.addEventListener("DOMContentLoaded", async () => {
  const box = document.getElementById("signin");
  if (!box) return;
  box.replaceChildren();
  if (!Arena.token()) {
    const input = Arena.el("input", null, { type: "password", id: "signin-token", placeholder: "author token", autocomplete: "off", "aria-label": "author token" });
    const button = Arena.el("button", "Sign in", { type: "submit", id: "signin-button" });
    // A form, so that Enter signs in and browsers treat the field as a password; it is never submitted anywhere.
    const form = Arena.el("form", null, { id: "signin-form" });
    form.addEventListener("submit", e => {
      e.preventDefault();
      const value = input.value.trim();
      if (value) { Arena.setToken(value); location.reload(); }
    });
    form.append(input, button);
    box.append(form);
    return;
  }
  const who = Arena.el("span", "…", { id: "signin-who" });
  const forget = Arena.el("button", "Forget", { type: "button", id: "signin-forget", title: "remove the token from this browser" });
  forget.addEventListener("click", () => { Arena.setToken(""); location.reload(); });
  box.append(who, forget);
  const me = await Arena.api("/api/me");
  if (me.status === 200 && me.body) who.textContent = `signed in as ${me.body.author}${me.body.operator ? " (operator)" : ""}`;
  else if (me.status === 401) { who.textContent = "token not recognized"; who.setAttribute("class", "error"); }
  else who.textContent = `could not check the token (HTTP ${me.status})`;
});
