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
