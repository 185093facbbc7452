// The Office.js adapter: the only code that touches `Excel.*`. See service.ts for the API.
export * from "./service";
export { checkRequirements, requirementsMessage, FEATURE_SET, COMMAND_FEATURES } from "./requirements";
export type { Feature, IsSetSupported } from "./requirements";
export { MARKER } from "../plan/ownership";
