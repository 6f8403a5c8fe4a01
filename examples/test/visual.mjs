// Screenshot comparison for the visual tests: a PNG against its committed baseline, with pixelmatch.
// Images are halved and turned grey before comparing and storing. `UPDATE_BASELINES=1` (script `test:update-visual`) writes the baselines instead of comparing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { EXAMPLES } from './harness.mjs';

export const BASELINES = join(EXAMPLES, 'test/baselines');
const DIFFS = join(EXAMPLES, 'test-results');
export const UPDATING = process.env.UPDATE_BASELINES === '1';

/** Share of pixels that may differ (anti-aliasing noise) before a screenshot counts as changed. */
const TOLERANCE = 0.002;

/**
 * Compares a screenshot with `baselines/<name>.png`. Returns null when they match (or the baseline
 * was just written), else a message saying how much differs and where the diff image is.
 */
export function compare(name, screenshot) {
  const buffer = PNG.sync.write(halve(PNG.sync.read(screenshot)), { colorType: 0 });
  const file = join(BASELINES, `${name}.png`);
  if (UPDATING) {
    mkdirSync(BASELINES, { recursive: true });
    writeFileSync(file, buffer);
    return null;
  }
  if (!existsSync(file)) return `no baseline ${file}: run \`corepack pnpm --filter @tiendo/examples run test:update-visual\` and review the images`;
  const expected = PNG.sync.read(readFileSync(file));
  const actual = PNG.sync.read(buffer);
  // A section that starts on an odd pixel halves into other 2×2 blocks, and its height may round to
  // one pixel more or less: the look is compared at offsets of 0 and ±1 row of the halved image.
  if (expected.width !== actual.width || Math.abs(expected.height - actual.height) > 1) {
    save(name, 'actual', buffer);
    return `${name}: size ${actual.width}×${actual.height}, baseline ${expected.width}×${expected.height}`;
  }
  let best = null;
  for (const dy of [0, 1, -1]) {
    const height = Math.min(expected.height, actual.height) - Math.abs(dy);
    const rows = (img, from) => img.data.subarray(from * img.width * 4, (from + height) * img.width * 4);
    const diff = new PNG({ width: actual.width, height });
    const changed = pixelmatch(rows(expected, Math.max(0, -dy)), rows(actual, Math.max(0, dy)), diff.data, actual.width, height, { threshold: 0.1 });
    if (!best || changed < best.changed) best = { changed, diff, height };
  }
  const { changed, diff, height } = best;
  if (changed / (actual.width * height) <= TOLERANCE) return null;
  save(name, 'actual', buffer);
  save(name, 'diff', PNG.sync.write(diff));
  return `${name}: ${changed} pixels differ (${((100 * changed) / (actual.width * height)).toFixed(2)}%), see ${join(DIFFS, `${name}.diff.png`)}`;
}

/**
 * Halves an image (each 2×2 block averaged; stored in greys): baselines stay small in the
 * repository, and a moved box, a changed shade or a new line still shows.
 */
function halve(img) {
  const width = Math.max(1, img.width >> 1);
  const height = Math.max(1, img.height >> 1);
  const out = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < 4; c++) {
        let sum = 0;
        for (const [dx, dy] of [[0, 0], [1, 0], [0, 1], [1, 1]]) sum += img.data[((2 * y + dy) * img.width + 2 * x + dx) * 4 + c];
        out.data[(y * width + x) * 4 + c] = sum >> 2;
      }
    }
  }
  return out;
}

function save(name, kind, buffer) {
  mkdirSync(DIFFS, { recursive: true });
  writeFileSync(join(DIFFS, `${name}.${kind}.png`), buffer);
}
