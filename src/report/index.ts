// The report to the executive board, shared by the CLI (`maluppfoljning report`) and the pane
// ("Skapa rapport"): model.ts composes it from the summary's own functions, docx.ts writes it.
export * from "./model";
export * from "./docx";
export * from "./clipboard";
