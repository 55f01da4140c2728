/**
 * Image preparation for OCR, with @napi-rs/canvas (an optional peer, already used to render scanned
 * PDFs; prebuilt binaries, no compiler). Tesseract reads dark text on a light background at an
 * x-height of roughly 20–30 px best; screenshots of themed résumés break both: a name in light
 * letters on a dark band is read as noise, body text at screen size loses small marks (the dot of an
 * email becomes a space), and a very large heading is skipped once the page is enlarged.
 */

type CanvasModule = typeof import('@napi-rs/canvas');

/** One prepared image, and the factor its coordinates were scaled by. */
export interface PreparedImage {
  png: Buffer;
  scale: number;
}

/** Screenshots narrower than this are enlarged for the fine pass. */
const FINE_TARGET_WIDTH = 2400;
/** Never enlarge more than this. */
const MAX_UPSCALE = 3;
/** Local background darker than this (0–255) means light text on a dark band: that area is inverted. */
const DARK_BACKGROUND = 128;

let canvasModule: Promise<CanvasModule | null> | null = null;

/** @napi-rs/canvas, or null when it is not installed (images are then read as they are). */
export function loadCanvas(): Promise<CanvasModule | null> {
  canvasModule ??= import('@napi-rs/canvas').then(
    (module) => module,
    () => null,
  );
  return canvasModule;
}

/**
 * Two grayscale versions of an image with dark text on light ground everywhere: `fine`, enlarged so
 * body text reaches a size tesseract reads well, and `coarse`, at the original size, where large
 * headings are still small enough to be recognised as text. Pixels above `maxPixels` are never
 * allocated (the fine version is enlarged less).
 */
export async function prepareImage(canvas: CanvasModule, bytes: Uint8Array, maxPixels: number): Promise<{ fine: PreparedImage; coarse: PreparedImage }> {
  // The canvas decoder paints a truncated file as a blank image instead of failing; tesseract's own
  // decoder reports it, so a damaged upload stays an error rather than an empty text.
  if (!isComplete(bytes)) throw new Error('the image is truncated');
  const image = await canvas.loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const pixels = image.width * image.height;
  const wanted = Math.min(MAX_UPSCALE, Math.max(1, FINE_TARGET_WIDTH / image.width));
  const fineScale = Math.max(1, Math.min(wanted, Math.sqrt(maxPixels / Math.max(1, pixels))));
  return {
    fine: { png: await draw(canvas, image, fineScale), scale: fineScale },
    coarse: { png: await draw(canvas, image, 1), scale: 1 },
  };
}

/** Whether a PNG ends with its IEND chunk, or a JPEG with its end-of-image marker. */
function isComplete(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(-64);
  if (bytes[0] === 0x89) return tail.includes('IEND', 0, 'latin1');
  return tail.includes(Buffer.from([0xff, 0xd9]));
}

async function draw(canvas: CanvasModule, image: Awaited<ReturnType<CanvasModule['loadImage']>>, scale: number): Promise<Buffer> {
  const width = Math.max(1, Math.round(image.width * scale));
  const height = Math.max(1, Math.round(image.height * scale));
  const surface = canvas.createCanvas(width, height);
  const context = surface.getContext('2d');
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.drawImage(image, 0, 0, width, height);
  const data = context.getImageData(0, 0, width, height);
  normalizePolarity(data.data, width, height);
  context.putImageData(data, 0, 0);
  // Awaited here rather than returned: the canvas has to stay reachable until its encoding, which
  // runs on another thread, has finished. A canvas collected mid-encode crashes the process.
  const png = await surface.encode('png');
  return png;
}

/**
 * Turns RGBA pixels into gray, inverting where the local background (the mean over a window of
 * 1/8 of the image's larger side) is dark, so light text on a tinted or dark band becomes dark text.
 */
function normalizePolarity(rgba: Uint8ClampedArray, width: number, height: number): void {
  const gray = new Float32Array(width * height);
  for (let index = 0; index < gray.length; index += 1) {
    gray[index] = 0.299 * rgba[4 * index]! + 0.587 * rgba[4 * index + 1]! + 0.114 * rgba[4 * index + 2]!;
  }
  // Summed-area table: each window mean costs four lookups.
  const stride = width + 1;
  const sums = new Float64Array(stride * (height + 1));
  for (let y = 0; y < height; y += 1) {
    let row = 0;
    for (let x = 0; x < width; x += 1) {
      row += gray[y * width + x]!;
      sums[(y + 1) * stride + x + 1] = sums[y * stride + x + 1]! + row;
    }
  }
  const radius = Math.max(8, Math.round(Math.max(width, height) / 16));
  for (let y = 0; y < height; y += 1) {
    const top = Math.max(0, y - radius);
    const bottom = Math.min(height, y + radius + 1);
    for (let x = 0; x < width; x += 1) {
      const left = Math.max(0, x - radius);
      const right = Math.min(width, x + radius + 1);
      const sum = sums[bottom * stride + right]! - sums[top * stride + right]! - sums[bottom * stride + left]! + sums[top * stride + left]!;
      const mean = sum / ((right - left) * (bottom - top));
      const value = mean < DARK_BACKGROUND ? 255 - gray[y * width + x]! : gray[y * width + x]!;
      const offset = 4 * (y * width + x);
      rgba[offset] = value;
      rgba[offset + 1] = value;
      rgba[offset + 2] = value;
      rgba[offset + 3] = 255;
    }
  }
}

/** A line of recognised text and its vertical extent, in the original image's pixels. */
export interface RecognizedLine {
  text: string;
  top: number;
  bottom: number;
  confidence: number;
}

/**
 * The fine pass's lines, plus the coarse pass's lines where the fine pass found nothing (large
 * headings), in reading order from top to bottom.
 */
export function mergeLines(fine: RecognizedLine[], coarse: RecognizedLine[]): RecognizedLine[] {
  const missed = coarse.filter(
    (line) => /\p{L}/u.test(line.text) && !fine.some((other) => overlap(line, other) > 0.3 * Math.min(line.bottom - line.top, other.bottom - other.top)),
  );
  return [...fine, ...missed].sort((a, b) => a.top - b.top);
}

function overlap(a: RecognizedLine, b: RecognizedLine): number {
  return Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
}
