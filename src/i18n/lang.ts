// The languages every user-visible string exists in. It lives below both i18n and the domain,
// so that each can import it without importing the other.
export type Lang = "sv" | "en";
export const LANGS: readonly Lang[] = ["sv", "en"];
