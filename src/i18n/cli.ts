// Strings for the cli section. Add keys to `sv` first; `en` must then have the same keys.
export const sv = {} as const;

export const en: Record<keyof typeof sv, string> = {};
