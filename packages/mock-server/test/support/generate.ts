/**
 * Values generated from JSON Schemas with a seeded random source: valid ones, and invalid ones that break exactly
 * one rule, which the generator names. Covers the keywords spec/openapi.yaml uses in requests.
 */

/** A JSON Schema, loosely typed. */
export type Schema = Record<string, unknown> & { $ref?: string };

/** A random source in [0, 1) from a 32-bit seed (mulberry32): the same seed gives the same values. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of a run: `SEED` from the environment, else a fresh one; printed so that a failure can be replayed. */
export function runSeed(name: string): number {
  const seed = process.env.SEED ? Number(process.env.SEED) : Math.floor(Math.random() * 2 ** 31);
  console.log(`${name}: SEED=${seed}`);
  return seed;
}

/** A value of each JSON type, for breaking a `type` rule: the first whose type the schema does not allow. */
const WRONG_TYPES: [type: string, value: unknown][] = [
  ["integer", 42],
  ["string", "seven"],
  ["boolean", true],
  ["object", { a: 1 }],
  ["array", [1, 2]],
];

/** Generates from the schemas of one document, resolving its local `$ref`s. */
export class Generator {
  constructor(
    private readonly document: unknown,
    readonly random: () => number,
  ) {}

  /** A whole number in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  /** One of `items`. */
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]!;
  }

  /** The schema a `$ref` points at, with `allOf` members merged into one object schema. */
  resolve(schema: Schema): Schema {
    let s = schema;
    while (s.$ref) s = this.at(s.$ref);
    if (!Array.isArray(s.allOf)) return s;
    const merged: Schema = { ...s, allOf: undefined, properties: { ...(s.properties as object) } };
    for (const member of s.allOf as Schema[]) {
      const m = this.resolve(member);
      Object.assign(merged.properties as object, m.properties);
      merged.required = [...((merged.required as string[]) ?? []), ...((m.required as string[]) ?? [])];
      merged.type ??= m.type;
    }
    if (s.unevaluatedProperties === false) merged.additionalProperties = false;
    return merged;
  }

  private at(ref: string): Schema {
    return ref
      .slice(2)
      .split("/")
      .reduce((node: any, key) => node[key.replaceAll("~1", "/").replaceAll("~0", "~")], this.document);
  }

  /** A string of `min`..`max` characters, letters, digits and some Unicode. */
  text(min = 0, max = 12): string {
    const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789 -_.äöüéñ漢字😀";
    const chars = [...alphabet];
    return Array.from({ length: this.int(min, max) }, () => this.pick(chars)).join("");
  }

  /** A random UUID (version 4 layout). */
  uuid(): string {
    const hex = () => this.int(0, 15).toString(16);
    const part = (n: number) => Array.from({ length: n }, hex).join("");
    return `${part(8)}-${part(4)}-4${part(3)}-${this.pick(["8", "9", "a", "b"])}${part(3)}-${part(12)}`;
  }

  /** A value that the schema accepts. */
  valid(schema: Schema, depth = 0): unknown {
    const s = this.resolve(schema);
    if ("const" in s) return s.const;
    if (Array.isArray(s.enum)) return this.pick(s.enum);
    if (Array.isArray(s.oneOf) || Array.isArray(s.anyOf))
      return this.valid(this.pick((s.oneOf ?? s.anyOf) as Schema[]), depth);
    const type = Array.isArray(s.type) ? this.pick(s.type as string[]) : ((s.type as string | undefined) ?? "object");
    switch (type) {
      case "null":
        return null;
      case "boolean":
        return this.random() < 0.5;
      case "integer":
      case "number": {
        const min = (s.minimum as number | undefined) ?? -1000;
        const max = (s.maximum as number | undefined) ?? min + 100_000;
        return this.int(min, max);
      }
      case "string":
        if (s.format === "uuid") return this.uuid();
        if (s.format === "date-time") return new Date(this.int(0, 2_000_000_000) * 1000).toISOString();
        if (s.format === "binary") return this.text(1, 40);
        return this.text((s.minLength as number | undefined) ?? 0, (s.maxLength as number | undefined) ?? 12);
      case "array": {
        const min = (s.minItems as number | undefined) ?? 0;
        const count = depth > 3 ? min : this.int(min, Math.max(min, 3));
        return Array.from({ length: count }, () => this.valid(s.items as Schema, depth + 1));
      }
      default: {
        const required = new Set((s.required as string[]) ?? []);
        const value: Record<string, unknown> = {};
        for (const [key, property] of Object.entries((s.properties as Record<string, Schema>) ?? {})) {
          if (required.has(key) || (depth < 3 && this.random() < 0.5)) value[key] = this.valid(property, depth + 1);
        }
        return value;
      }
    }
  }

  /**
   * A value that breaks exactly one rule of the schema, with the field it breaks (dotted, `""` for the value
   * itself) and the rule; undefined when the schema accepts everything.
   */
  invalid(schema: Schema): { value: unknown; field: string; rule: string } | undefined {
    const s = this.resolve(schema);
    const breakers = this.breakers(s);
    if (breakers.length > 0 && (s.properties === undefined || this.random() < 0.3)) {
      const [rule, value] = this.pick(breakers);
      return { value, field: "", rule };
    }
    const properties = Object.entries((s.properties as Record<string, Schema>) ?? {});
    const required = (s.required as string[]) ?? [];
    const base = this.valid(s) as Record<string, unknown>;
    const options: (() => { value: unknown; field: string; rule: string } | undefined)[] = [];
    for (const key of required) {
      options.push(() => {
        const { [key]: _, ...rest } = base;
        return { value: rest, field: key, rule: "required" };
      });
    }
    if (s.additionalProperties === false) {
      options.push(() => ({ value: { ...base, [`x${this.int(0, 999)}`]: 1 }, field: "", rule: "no unknown fields" }));
    }
    for (const [key, property] of properties) {
      options.push(() => {
        const inner = this.invalid(property);
        return (
          inner && {
            value: { ...base, [key]: inner.value },
            field: [key, inner.field].filter(Boolean).join("."),
            rule: inner.rule,
          }
        );
      });
    }
    for (let tries = 0; tries < 20 && options.length > 0; tries++) {
      const made = this.pick(options)();
      if (made) return made;
    }
    return undefined;
  }

  /** Values that break a rule of the value itself: its type, enum, range, length, format. */
  private breakers(s: Schema): [rule: string, value: unknown][] {
    const found: [string, unknown][] = [];
    const types = [s.type ?? (s.properties ? "object" : undefined)].flat().filter(Boolean) as string[];
    if (types.length > 0) {
      const allowed = (type: string) => types.includes(type) || (type === "integer" && types.includes("number"));
      const wrong = WRONG_TYPES.find(([type]) => !allowed(type));
      if (wrong) found.push([`type ${types.join("|")}`, wrong[1]]);
    }
    if (Array.isArray(s.enum)) found.push(["enum", `not-${String(s.enum[0])}`]);
    if (typeof s.minimum === "number") found.push(["minimum", s.minimum - 1 - this.int(0, 5)]);
    if (typeof s.maximum === "number") found.push(["maximum", s.maximum + 1 + this.int(0, 5)]);
    if (typeof s.minLength === "number" && s.minLength > 0) found.push(["minLength", ""]);
    if (typeof s.minItems === "number" && s.minItems > 0) found.push(["minItems", []]);
    if (s.format === "uuid") found.push(["format uuid", this.text(1, 10).replaceAll("-", "")]);
    if (s.format === "date-time") found.push(["format date-time", `day ${this.int(1, 31)}`]);
    return found;
  }
}
