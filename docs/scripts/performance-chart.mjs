// The Performance page's bar chart, as inline SVG: one bar per ratio row (its median), a whisker from its lowest
// to its highest run, and a mark at its target.

const WIDTH = 760;
const ROW = 46;
const BAR = 14;
const COLORS = { met: "#2e7d32", missed: "#c62828", noisy: "#ef8f00" };

/** Text safe inside SVG. */
const xml = (text) => String(text).replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/** Rows the chart shows: figures that are ratios (a share, or a growth factor) and have a target. */
export const chartRows = (rows) => rows.filter((r) => r.target && (r.unit === "ratio" || r.unit === "x"));

/** One row of the chart at height `y`: its name, its bar, its whisker, its target mark, its median and status. */
function renderRow(row, y) {
  const scale = Math.max(...row.runs, row.target.value) * 1.15;
  const x = (value) => ((value / scale) * WIDTH).toFixed(1);
  const color = COLORS[row.status];
  const barY = y + 20;
  const mid = barY + BAR / 2;
  return [
    `<g data-row="${xml(row.id)}" data-status="${row.status}">`,
    `<text x="0" y="${y + 13}" font-size="13">${xml(row.benchmark)}</text>`,
    `<rect x="0" y="${barY}" width="${x(row.median)}" height="${BAR}" fill="${color}" opacity="0.85"><title>median ${xml(row.text.median)}, ${row.status}</title></rect>`,
    `<line x1="${x(Math.min(...row.runs))}" x2="${x(Math.max(...row.runs))}" y1="${mid}" y2="${mid}" stroke="#222" stroke-width="2"/>`,
    `<line x1="${x(row.target.value)}" x2="${x(row.target.value)}" y1="${barY - 4}" y2="${barY + BAR + 4}" stroke="#222" stroke-width="2" stroke-dasharray="3 2"><title>target ${xml(row.text.target)}</title></line>`,
    `<text x="${WIDTH}" y="${y + 13}" font-size="12" text-anchor="end">${xml(row.text.median)} (target ${xml(row.text.target)}): ${row.status}</text>`,
    "</g>",
  ].join("");
}

/**
 * The chart for `rows` (the JSON's), as one line of SVG so that markdown keeps it whole; each bar is drawn on its
 * own scale, from 0 to a little past its highest run or its target.
 */
export function renderChart(rows) {
  const shown = chartRows(rows);
  const height = shown.length * ROW + 24;
  const legend = `<text x="0" y="${height - 6}" font-size="12" fill="#555">bar: median · black line: lowest to highest run · dashed mark: target · green met, red missed, amber noisy</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="perf-chart-title" viewBox="0 0 ${WIDTH} ${height}" width="100%" style="max-width:${WIDTH}px;font-family:sans-serif" data-chart="performance">`,
    `<title id="perf-chart-title">Each ratio against its target</title>`,
    ...shown.map((row, i) => renderRow(row, i * ROW)),
    legend,
    "</svg>",
  ].join("");
}
