import os from "node:os";

/** The 1-, 5- and 15-minute load averages, to two decimals. */
export const loadAverage = () => os.loadavg().map((load) => Number(load.toFixed(2)));

/**
 * The machine a run was measured on, with the load average at its start and end: on a shared machine the load says
 * how much the other processes took from the run.
 */
export function describeMachine(loadAtStart, loadAtEnd) {
  const cpus = os.cpus();
  const machine = {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? "unknown CPU",
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    loadAverage: { start: loadAtStart, end: loadAtEnd },
  };
  const load = (l) => l.join(" / ");
  return {
    ...machine,
    line: `${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ${machine.node}, load average ${load(loadAtStart)} at start, ${load(loadAtEnd)} at end (1 / 5 / 15 min)`,
  };
}
