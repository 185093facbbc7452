#!/usr/bin/env node
// Draws the add-in's icons (assets/icon-<size>.png) with pngjs, so every image we ship is our own
// and can be regenerated: `node scripts/make-icons.mjs [outDir]`.
//
// The motif is a goal list: three rows, each a status dot (red, yellow, green, the scale officials
// assess every goal on) followed by a white bar, on a rounded blue-green tile. Shapes are defined in
// unit coordinates and supersampled, so every size is drawn from the same geometry instead of
// being scaled from one bitmap (which blurs the 16 px ribbon icon).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PNG } from "pngjs";

/** Sizes the manifest and the catalogues ask for (ribbon 16/32/80, IconUrl 32, high-res 64, 128). */
export const ICON_SIZES = [16, 32, 64, 80, 128];

const TILE = [0x13, 0x5e, 0x74];
const WHITE = [0xff, 0xff, 0xff];
const STATUS = [
  [0xe0, 0x45, 0x4b], // red
  [0xf2, 0xb7, 0x05], // yellow
  [0x3b, 0xb2, 0x73], // green
];
const ROWS = [0.29, 0.5, 0.71];

function inRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** The colour at a point in unit coordinates, or null where the icon is transparent. */
function colourAt(x, y) {
  if (!inRoundedRect(x, y, 0.04, 0.04, 0.96, 0.96, 0.2)) return null;
  for (let i = 0; i < ROWS.length; i++) {
    const cy = ROWS[i];
    if ((x - 0.3) ** 2 + (y - cy) ** 2 <= 0.09 ** 2) return STATUS[i];
    if (inRoundedRect(x, y, 0.46, cy - 0.055, 0.8, cy + 0.055, 0.055)) return WHITE;
  }
  return TILE;
}

/** Renders one square icon; 8×8 samples per pixel give smooth edges at 16 px. */
export function drawIcon(size, samples = 8) {
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            covered++;
          }
        }
      }
      const i = (py * size + px) * 4;
      png.data[i] = covered ? Math.round(r / covered) : 0;
      png.data[i + 1] = covered ? Math.round(g / covered) : 0;
      png.data[i + 2] = covered ? Math.round(b / covered) : 0;
      png.data[i + 3] = Math.round((255 * covered) / (samples * samples));
    }
  }
  return png;
}

export function writeIcons(outDir) {
  mkdirSync(outDir, { recursive: true });
  const written = [];
  for (const size of ICON_SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    writeFileSync(file, PNG.sync.write(drawIcon(size)));
    written.push(file);
  }
  return written;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const outDir = path.resolve(process.argv[2] ?? path.join(root, "assets"));
  for (const file of writeIcons(outDir)) console.log(path.relative(process.cwd(), file));
}
