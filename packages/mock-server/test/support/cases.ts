import { pointerSegment, spec } from "./spec.js";

const METHODS = ["get", "put", "post", "delete", "patch"];

/** A valid request of one operation, and where the spec keeps the schema of its success answer. */
export interface Case {
  operationId: string;
  method: string;
  path: string;
  url: string;
  init: RequestInit;
  status: string;
  schemaPointer: string | undefined;
}

/** One valid request per operation of the spec, built from its examples and schemas. */
export function cases(): Case[] {
  const out: Case[] = [];
  for (const [path, item] of Object.entries<Record<string, any>>(spec.paths)) {
    for (const method of METHODS.filter((m) => item[m])) {
      const op = item[method];
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p: any) =>
        p.$ref ? spec.components.parameters[p.$ref.split("/").at(-1)] : p,
      );
      const query = new URLSearchParams();
      for (const p of params.filter((p: any) => p.in === "query" && p.required))
        query.set(p.name, String(p.schema.enum?.[0] ?? p.schema.default));
      const url = path.replace(/\{\w+\}/g, "test-id") + (query.size ? `?${query}` : "");
      const json = op.requestBody?.content?.["application/json"];
      const example = json?.examples ? Object.values<any>(json.examples)[0].value : undefined;
      const multipart = op.requestBody?.content?.["multipart/form-data"];
      let form: FormData | undefined;
      if (multipart) {
        const schema = multipart.schema.$ref
          ? spec.components.schemas[multipart.schema.$ref.split("/").at(-1)]
          : multipart.schema;
        form = new FormData();
        for (const name of schema.required ?? [])
          form.append(name, new Blob(["hello"], { type: "text/plain" }), "hello.txt");
      }
      const status = Object.keys(op.responses).find((s) => s.startsWith("2"))!;
      const content = op.responses[status].content?.["application/json"];
      out.push({
        operationId: op.operationId,
        method,
        path,
        url,
        init: {
          method: method.toUpperCase(),
          headers: example === undefined ? {} : { "content-type": "application/json" },
          body: form ?? (example === undefined ? undefined : JSON.stringify(example)),
        },
        status,
        schemaPointer: content
          ? `/paths/${pointerSegment(path)}/${method}/responses/${status}/content/application~1json/schema`
          : undefined,
      });
    }
  }
  return out;
}
