import Module, { createRequire } from "node:module";

/** An object that stands for the one `load` returns, and calls `load` only when something of it is first read. */
function standIn<T extends object>(load: () => T, known: Record<PropertyKey, unknown> = {}): T {
  const source = (property: PropertyKey) => (Object.hasOwn(known, property) ? known : load());
  // The target only answers the traps that are not forwarded; every read goes to `known` or the loaded module.
  return new Proxy({} as T, {
    get: (_, property) => Reflect.get(source(property), property),
    has: (_, property) => Reflect.has(source(property), property),
    ownKeys: () => [...new Set([...Reflect.ownKeys(known), ...Reflect.ownKeys(load())])],
    getOwnPropertyDescriptor(_, property) {
      const descriptor = Reflect.getOwnPropertyDescriptor(source(property), property);
      return descriptor && { ...descriptor, configurable: true };
    },
  });
}

/**
 * Makes Prism load `@faker-js/faker` when it first generates data (`--dynamic`), not when it is imported. Prism's
 * schema generator requires faker (2,000 files: over half of the mock's start) at import and reads nothing of it
 * until it generates. This puts a stand-in under faker's path in Node's CommonJS cache; the first read of it loads
 * the real module, which then takes the stand-in's place. Does nothing where Prism or faker cannot be resolved, or
 * once faker is loaded.
 */
export function deferFaker(): void {
  let fakerPath: string;
  try {
    const prismHttp = createRequire(import.meta.url).resolve("@stoplight/prism-http");
    fakerPath = createRequire(prismHttp).resolve("@faker-js/faker");
  } catch {
    return;
  }
  const fromFaker = createRequire(fakerPath);
  if (fromFaker.cache[fakerPath]) return;
  let real: { default: object } | undefined;
  const load = () => {
    if (real) return real;
    delete fromFaker.cache[fakerPath];
    const loaded: { default: object } = fromFaker(fakerPath);
    real = loaded;
    return loaded;
  };
  const faker = standIn(() => load().default);
  const module = new Module(fakerPath);
  module.filename = fakerPath;
  module.loaded = true;
  module.exports = standIn(load, { __esModule: true, default: faker, faker });
  fromFaker.cache[fakerPath] = module;
}
