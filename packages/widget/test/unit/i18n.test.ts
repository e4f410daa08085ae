import { describe, expect, it } from "vitest";
import { fill, STRINGS, stringsFor } from "../../src/i18n.js";
import { keysOf } from "../../src/replies.js";

describe("strings", () => {
  it("has every English string in Russian too, none empty", () => {
    expect(Object.keys(STRINGS.ru).sort()).toEqual(Object.keys(STRINGS.en).sort());
    for (const strings of Object.values(STRINGS)) expect(Object.values(strings).filter((s) => s === "")).toEqual([]);
  });

  it("chooses by lang (ru, ru-RU; anything else English), with the page's strings on top", () => {
    expect(stringsFor("ru-RU").send).toBe("Отправить");
    expect(stringsFor("de").send).toBe("Send");
    expect(stringsFor("ru", { send: "Поехали" }).send).toBe("Поехали");
  });

  it("fills placeholders, leaving unknown ones as they are", () => {
    expect(fill("{author}: {text} {other}", { author: "Anna", text: "Hi" })).toBe("Anna: Hi {other}");
  });
});

describe("keyboard buttons", () => {
  it("reads a list, rows of lists or { buttons }, with a label and an http(s) URL only", () => {
    expect(
      keysOf([
        { type: "link", label: "Compare plans", url: "https://example.com/pricing" },
        [{ text: "Yes" }, "No"],
        { buttons: [{ title: "Bad", url: "javascript:alert(1)" }] },
        { label: "" },
        42,
      ]),
    ).toEqual([
      { label: "Compare plans", url: "https://example.com/pricing" },
      { label: "Yes", url: undefined },
      { label: "No", url: undefined },
      { label: "Bad", url: undefined },
    ]);
    expect(keysOf(null)).toEqual([]);
  });
});
