// jsdom has no TextEncoder, which the emulator's request-size count uses: Node's, installed before
// the emulator loads (import this first).
import { TextEncoder } from "util";

if (typeof globalThis.TextEncoder === "undefined") Object.assign(globalThis, { TextEncoder });
