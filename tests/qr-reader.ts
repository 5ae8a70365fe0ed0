import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/**
 * Reads the QR code in a screenshot (PNG), as a phone's camera would: the text it carries, or
 * null when no code can be read. Shared by the Chromium and Firefox suites.
 */
export function readQr(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}
