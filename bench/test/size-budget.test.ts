import { describe, expect, it } from "vitest";
import { measureSizes, SIZE_CASES, WIDGET_CASE, widgetSize } from "../src/size.mjs";

describe("size budgets (min+gz browser bundles)", async () => {
  const rows = await measureSizes();
  it.each(rows.map((r) => [r.name, r] as const))(
    "%s stays within its budget over the library it wraps",
    (_name, row) => {
      expect(row.ours.gzip).toBeGreaterThan(row.base.gzip);
      expect(row.over, `${row.name} adds ${row.over} B over ${row.baseName}`).toBeLessThanOrEqual(row.budgetOverBase);
    },
  );

  it("the widget with everything it needs stays within its own budget", async () => {
    const { gzip } = await widgetSize();
    expect(gzip, `${WIDGET_CASE.name} bundles to ${gzip} B min+gz`).toBeLessThanOrEqual(WIDGET_CASE.budget);
  });

  it("measures every case", () => {
    expect(rows.map((r) => r.name)).toEqual(SIZE_CASES.map((c) => c.name));
  });
});
