// The × that closes a message bar. Icon-only on purpose: a text button has a 64 px minimum width,
// which at 320 px squeezed the message itself into a narrow column.
import * as React from "react";
import { Button } from "@fluentui/react-components";

export function DismissButton({ label, onClick }: { label: string; onClick(): void }): React.JSX.Element {
  return (
    <Button
      appearance="transparent"
      size="small"
      aria-label={label}
      icon={<span aria-hidden="true">×</span>}
      onClick={onClick}
    />
  );
}
