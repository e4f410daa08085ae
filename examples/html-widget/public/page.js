// Points the page's <twin-chat> at `?api=` (the mock of a test) and applies `?lang=`, `?theme=`, `?mode=`,
// `?storage=`, `?chat=`; a real page writes the attributes in its HTML and needs no script of its own.
const params = new URLSearchParams(location.search);
const chat = document.querySelector("twin-chat");
const attributes = { api: "base-url", chat: "chat-id", lang: "lang", theme: "theme", mode: "mode", storage: "storage" };
for (const [param, attribute] of Object.entries(attributes)) {
  const value = params.get(param);
  if (value !== null) chat.setAttribute(attribute, value);
}
if (params.get("lang") === "ru") document.documentElement.lang = "ru";
if (params.get("dir") === "rtl") document.documentElement.dir = "rtl";
if (params.get("theme") === "dark") document.documentElement.dataset.theme = "dark";
