// The file choice of every section that reads a file (load, history import, collect, Kolada): a
// button of ours, in the pane's language, opens the browser's file input, which stays visually
// hidden and out of the tab order (its own button would speak the browser's language).
import * as React from "react";
import { makeStyles } from "@fluentui/react-components";
import { VISUALLY_HIDDEN } from "./visuallyHidden";

const useStyles = makeStyles({ input: VISUALLY_HIDDEN });

export interface FilePicker {
  ref: React.RefObject<HTMLInputElement>;
  /** Opens the browser's file dialog, for the section's own button. */
  choose(): void;
}

export function useFilePicker(): FilePicker {
  const ref = React.useRef<HTMLInputElement>(null);
  const choose = React.useCallback(() => {
    const input = ref.current;
    if (!input) return;
    // Emptied first, so choosing the same file again (after fixing it) is a change too.
    input.value = "";
    input.click();
  }, []);
  return { ref, choose };
}

export function HiddenFileInput(props: {
  picker: FilePicker;
  accept: string;
  multiple?: boolean;
  disabled: boolean;
  id?: string;
  testId: string;
  /** The files chosen (none when the dialog was cancelled after emptying). */
  onFiles(files: File[]): void;
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <input
      ref={props.picker.ref}
      id={props.id}
      type="file"
      multiple={props.multiple}
      accept={props.accept}
      tabIndex={-1}
      aria-hidden="true"
      className={styles.input}
      disabled={props.disabled}
      data-testid={props.testId}
      onChange={(e) => props.onFiles(Array.from(e.target.files ?? []))}
    />
  );
}
