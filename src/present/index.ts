// What the CLI, the task pane and the ribbon all show, composed from the strings in src/i18n.
// Pure: no React, Office or Node, so every shell can import it.
export * from "./counts";
export * from "./fields";
export * from "./history";
export * from "./issues";
export * from "./tables";
export * from "./suggestions";
