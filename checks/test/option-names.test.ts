import { readFileSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { repo } from "./support/packages.js";

/**
 * One vocabulary across the packages (issue #21): the same name for the same thing in every package. Each package's
 * public surface is read from its API report (`packages/<pkg>/api/<pkg>.api.md`, checked against the code by
 * `pnpm test`), so what is checked is what users see.
 */
const PACKAGES = ["client", "realtime", "chat", "react"] as const;

/**
 * Names that mean one thing: across every package's options, at most one of a group may be used. A new option that
 * says an old thing in a new word fails here; a new word for a new thing gets its own group, or none.
 */
const OPTION_SYNONYMS: Record<string, readonly string[]> = {
  "where the API or the realtime server is": ["baseUrl", "url", "realtimeUrl", "endpoint", "host", "origin", "server"],
  "an origin per API host": ["baseUrls", "urls", "endpoints", "hosts", "origins", "servers"],
  "time allowed for an attempt": ["timeoutMs", "timeout", "deadline", "deadlineMs"],
  "how failed requests are tried again": ["retry", "retries", "retryPolicy", "maxRetries"],
  "a ready HTTP client": ["client", "twin", "twinClient", "httpClient"],
};

/** Verbs that do one act: across every package's methods, at most one of a group may be used. */
const METHOD_SYNONYMS: Record<string, readonly string[]> = {
  "the user typing": ["setTyping", "typing", "sendTyping", "startTyping"],
  "a message read": ["markRead", "read", "markAsRead", "setRead"],
  "a failed message sent again": ["resend", "retry", "retrySend", "sendAgain"],
};

/** Own members of a package's public interfaces, split into options and methods. */
interface Surface {
  /** Option keys, by the interface that declares them (`*Options`, `*Config`, `*Props`, `*Init`). */
  readonly options: Map<string, string[]>;
  /** Method names, by the interface or type that declares or picks them. */
  readonly methods: Map<string, string[]>;
}

const isOptions = (name: string) => /(Options|Config|Props|Init)$/.test(name);

/** The public surface of `pkg`, read by the compiler's parser from the TypeScript block of its API report. */
function surfaceOf(pkg: string): Surface {
  const report = readFileSync(new URL(`packages/${pkg}/api/${pkg}.api.md`, repo), "utf8");
  const code = report.match(/```ts\r?\n([\s\S]*?)```/)?.[1] ?? "";
  const source = ts.createSourceFile(`${pkg}.d.ts`, code, ts.ScriptTarget.Latest, true);
  const surface: Surface = { options: new Map(), methods: new Map() };
  const add = (into: Map<string, string[]>, owner: string, name: string) =>
    into.set(owner, [...(into.get(owner) ?? []), name]);
  for (const statement of source.statements) {
    if (ts.isInterfaceDeclaration(statement)) {
      const owner = statement.name.text;
      for (const member of statement.members) {
        const name = member.name && ts.isIdentifier(member.name) ? member.name.text : undefined;
        if (name === undefined) continue;
        const callable =
          ts.isMethodSignature(member) ||
          (ts.isPropertySignature(member) && member.type !== undefined && ts.isFunctionTypeNode(member.type));
        if (isOptions(owner)) add(surface.options, owner, name);
        else if (callable) add(surface.methods, owner, name);
      }
    } else if (ts.isTypeAliasDeclaration(statement) && ts.isTypeReferenceNode(statement.type)) {
      // `Pick<Chat, "send" | …>`: the picked names are this type's methods
      const [, keys] = statement.type.typeArguments ?? [];
      const literals = keys && ts.isUnionTypeNode(keys) ? keys.types : keys ? [keys] : [];
      for (const key of literals) {
        if (ts.isLiteralTypeNode(key) && ts.isStringLiteral(key.literal)) {
          add(surface.methods, statement.name.text, key.literal.text);
        }
      }
    }
  }
  return surface;
}

const surfaces = Object.fromEntries(PACKAGES.map((pkg) => [pkg, surfaceOf(pkg)]));

/** `pkg.Owner.name` for every name of `kind` in every package. */
const listing = (kind: keyof Surface) =>
  PACKAGES.flatMap((pkg) =>
    [...surfaces[pkg]![kind]].flatMap(([owner, names]) =>
      names.map((name) => ({ name, at: `${pkg}.${owner}.${name}` })),
    ),
  );

/** For each group, the names of it in use and where; a group with two names in use is a finding. */
function findings(groups: Record<string, readonly string[]>, used: { name: string; at: string }[]): string[] {
  return Object.entries(groups).flatMap(([meaning, names]) => {
    const uses = used.filter((use) => names.includes(use.name));
    const distinct = new Set(uses.map((use) => use.name));
    return distinct.size > 1 ? [`${meaning}: ${uses.map((use) => use.at).join(", ")}`] : [];
  });
}

describe("one options vocabulary across client, realtime, chat and react", () => {
  it("reads every package's option keys and methods from its API report", () => {
    for (const pkg of PACKAGES) {
      const owners = [...surfaces[pkg]!.options].map(([owner, keys]) => `${owner} { ${keys.join(", ")} }`);
      console.log(`${pkg}: ${owners.join("; ")}`);
    }
    expect(surfaces.client!.options.get("TwinClientOptions")).toEqual(
      expect.arrayContaining(["baseUrl", "baseUrls", "timeoutMs", "retry"]),
    );
    expect(surfaces.realtime!.options.get("ConnectOptions")).toContain("baseUrl");
    expect(surfaces.chat!.options.get("ChatOwnOptions")).toEqual(expect.arrayContaining(["client", "realtime"]));
    expect(surfaces.react!.options.get("TwinChatConfig")).toContain("open");
    expect(surfaces.chat!.methods.get("Chat")).toContain("send");
  });

  it("uses one name for one thing in every package's options", () => {
    expect(findings(OPTION_SYNONYMS, listing("options"))).toEqual([]);
  });

  it("uses one verb for one act in every package's methods", () => {
    expect(findings(METHOD_SYNONYMS, listing("methods"))).toEqual([]);
  });

  it("names no option like a method of any package", () => {
    const methods = new Set(listing("methods").map((use) => use.name));
    expect(
      listing("options")
        .filter((use) => methods.has(use.name))
        .map((use) => use.at),
    ).toEqual([]);
  });

  it("finds a second name for one thing (the test itself)", () => {
    const used = [
      { name: "baseUrl", at: "client.TwinClientOptions.baseUrl" },
      { name: "url", at: "realtime.ConnectOptions.url" },
    ];
    expect(findings(OPTION_SYNONYMS, used)).toEqual([
      "where the API or the realtime server is: client.TwinClientOptions.baseUrl, realtime.ConnectOptions.url",
    ]);
  });
});
