// jsdom has no TextEncoder/TextDecoder, which the emulator uses to count request bytes: Node's,
// installed before the emulator's modules load (import this first).
import { TextDecoder, TextEncoder } from "util";

Object.assign(globalThis, { TextEncoder, TextDecoder });
