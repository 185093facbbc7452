// The facts about the machine a result came from, stored with the result.
import { cpus, freemem, loadavg, platform, release, totalmem } from "os";

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  date: string;
  /** 1-minute load average when the run started: a busy machine makes every timing slower. */
  loadAverageAtStart: number;
  freeMemoryGiB: number;
}

export function machineFacts(): Machine {
  const list = cpus();
  const gib = (n: number): number => Math.round((n / 2 ** 30) * 10) / 10;
  return {
    cpu: list[0]?.model.trim() ?? "unknown",
    cores: list.length,
    memoryGiB: gib(totalmem()),
    os: `${platform()} ${release()}`,
    node: process.version,
    date: new Date().toISOString(),
    loadAverageAtStart: Math.round(loadavg()[0] * 100) / 100,
    freeMemoryGiB: gib(freemem()),
  };
}
