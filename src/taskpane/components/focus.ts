// Keyboard users must not be dropped at the top of the page when the control they used goes away
// (Apply closes the preview, "Fix all" disappears when nothing is left to fix).
import type { RefObject } from "react";

/** After React has re-rendered, moves focus to `target` if focus fell back to the page body. */
export function refocusIfLost(target: RefObject<HTMLElement | null>): void {
  setTimeout(() => {
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) target.current?.focus();
  }, 0);
}
