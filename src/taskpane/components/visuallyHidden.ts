import type { GriffelStyle } from "@fluentui/react-components";

/**
 * Out of sight but in the page: read by screen readers (a live region) or kept for its behaviour
 * (the native file input). The usual clip pattern, written once for every component.
 */
export const VISUALLY_HIDDEN: GriffelStyle = {
  position: "absolute",
  width: "1px",
  height: "1px",
  margin: "-1px",
  padding: 0,
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
  border: 0,
};
