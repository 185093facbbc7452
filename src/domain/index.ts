// The domain core: pure TypeScript, no Office, React or Node APIs. Import from "../domain".
export * from "./types";
export * from "./vocabulary";
export * from "./structure";
export * from "./columns";
export * from "./cells";
export * from "./rows";
export * from "./history";
export * from "./issues";
export * from "./validate";
export * from "./summary";
export * from "./responsible";
export * from "./report";
export * from "./comparison";
export * from "./jsonsyntax";
export * from "./indicators";
export * from "./indicatorFormat";
export * from "./rollover";
