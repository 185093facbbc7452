// The self-test's own names: a scratch sheet, table and defined names, and a document setting,
// all carrying one run's token. The patterns match exactly these names and nothing a user would
// make, so that what an interrupted run left behind can be found and removed without touching
// anything else.
import type { Scratch } from "./types";

/** Eight lower-case letters or digits: the only tokens the self-test makes. */
const TOKEN = "[0-9a-z]{8}";

export const SCRATCH_SHEET = new RegExp(`^MU-selftest-(${TOKEN})$`);
export const SCRATCH_NAME = new RegExp(`^MU_Selftest_(${TOKEN})_[A-Za-z]+$`);
export const SCRATCH_SETTING = new RegExp(`^maluppfoljning\\.selftest\\.(${TOKEN})$`);

/** The scratch names for a token: sheet "MU-selftest-<token>", names "MU_Selftest_<token>_…". */
export function scratchFor(token: string): Scratch {
  return {
    sheet: `MU-selftest-${token}`,
    prefix: `MU_Selftest_${token}_`,
    settingKey: `maluppfoljning.selftest.${token}`,
  };
}

const base36 = (n: number): string => Math.floor(n).toString(36).padStart(4, "0").slice(-4);

/** A run's token: four characters of the time and four random ones, always eight. */
export function newToken(): string {
  return `${base36(Date.now())}${base36(Math.random() * 36 ** 4)}`;
}
