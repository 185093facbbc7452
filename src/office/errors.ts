// Recognising the adapter's AddinError without importing React (the ribbon's function file uses
// this too, and its bundle must stay small).
/** The shape of AddinError that the UI relies on; duck-typed so a fake service can throw it too. */
export interface ActionableError {
  messages: { sv: string; en: string };
  state?: "unchanged" | "complete" | "unknown";
}

export function isActionableError(e: unknown): e is ActionableError {
  if (typeof e !== "object" || e === null || !("messages" in e)) return false;
  const m = (e as { messages: unknown }).messages;
  return (
    typeof m === "object" &&
    m !== null &&
    typeof (m as Record<string, unknown>).sv === "string" &&
    typeof (m as Record<string, unknown>).en === "string"
  );
}
