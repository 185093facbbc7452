// Colours of the workbook and the WCAG 2.x contrast calculation used to check them.
// Status fills are mid-tone traffic-light colours with black bold text: recognisably red,
// yellow and green, and far above the 4.5:1 contrast WCAG asks for normal text. Trends get
// pale fills with dark text in a matching hue, so they are told apart without being mistaken
// for a status, and the label text always stays visible (colour is never the only signal).
import type { Status, Trend } from "../domain/types";

/** "#RRGGBB", upper case. Office.js takes this form; ExcelJS wants "FFRRGGBB" (see toArgb). */
export type Color = string;

export interface Swatch {
  fill: Color;
  fontColor: Color;
  bold: boolean;
  italic: boolean;
}

export const STATUS_SWATCH: Readonly<Record<Status, Swatch>> = {
  red: { fill: "#E06666", fontColor: "#000000", bold: true, italic: false },
  yellow: { fill: "#FFD966", fontColor: "#000000", bold: true, italic: false },
  green: { fill: "#93C47D", fontColor: "#000000", bold: true, italic: false },
};

export const TREND_SWATCH: Readonly<Record<Trend, Swatch>> = {
  up: { fill: "#E2EFDA", fontColor: "#1E5631", bold: true, italic: false },
  flat: { fill: "#EDEDED", fontColor: "#333333", bold: false, italic: true },
  down: { fill: "#FBE2D5", fontColor: "#7B1A1A", bold: true, italic: false },
};

/**
 * Chart segments of goals not assessed or without a trend: a mid grey, darker than the flat
 * trend's pale grey so the two are told apart (the legend and the data labels say it too).
 */
export const CHART_MISSING_FILL: Color = "#A6A6A6";
/** The line around chart segments. */
export const CHART_OUTLINE: Color = "#404040";

/** Header rows: white bold text on dark blue. */
export const HEADER_SWATCH: Readonly<Swatch> = {
  fill: "#1F4E79",
  fontColor: "#FFFFFF",
  bold: true,
  italic: false,
};

/** Total rows and sub-headings. */
export const TOTAL_FILL: Color = "#D9E1F2";
export const NOTE_FONT: Color = "#404040";
export const TEXT_COLOR: Color = "#000000";
/** What a cell without a fill shows. */
export const SHEET_BACKGROUND: Color = "#FFFFFF";

/**
 * A programme or målområde name repeated from the row above: grey, so a run of rows reads as one
 * name, yet legible (4.54:1, the lightest grey that keeps 4.5:1 on white) where it is the only
 * one a reader sees, at the top of a printed page or under a filter. The white fill keeps that
 * contrast on the table's grey stripes too.
 */
export const REPEAT_SWATCH: Readonly<Swatch> = {
  fill: SHEET_BACKGROUND,
  fontColor: "#767676",
  bold: false,
  italic: false,
};

/**
 * The add-in's formula columns in the goal table (last year's status and trend): italic on a pale
 * grey, so they read as looked up, not typed; the text keeps 4.5:1 on the fill.
 */
export const DERIVED_SWATCH: Readonly<Swatch> = {
  fill: "#F2F2F2",
  fontColor: "#404040",
  bold: false,
  italic: true,
};

export function isColor(c: string): boolean {
  return /^#[0-9A-F]{6}$/.test(c);
}

/** "#E06666" → "FFE06666" (opaque ARGB, as ExcelJS and OOXML store it). */
export function toArgb(c: Color): string {
  if (!isColor(c)) throw new RangeError(`not a #RRGGBB colour: ${c}`);
  return `FF${c.slice(1)}`;
}

/** WCAG 2.x relative luminance of an sRGB colour. */
export function relativeLuminance(c: Color): number {
  if (!isColor(c)) throw new RangeError(`not a #RRGGBB colour: ${c}`);
  const channel = (hex: string): number => {
    const v = parseInt(hex, 16) / 255;
    return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel(c.slice(1, 3)) + 0.7152 * channel(c.slice(3, 5)) + 0.0722 * channel(c.slice(5, 7));
}

/** WCAG contrast ratio, 1 … 21. */
export function contrastRatio(a: Color, b: Color): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
