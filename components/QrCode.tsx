import { encode } from 'uqr';

/** Modules of light margin around the code: the quiet zone the QR standard asks scanners to get. */
const QUIET_ZONE = 4;
const MODULE_PX = 5;

/**
 * A QR code of `text`, drawn as one SVG path from uqr's matrix (no markup strings, no network):
 * black on white in both colour schemes, since phone cameras read dark modules on light.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { data } = encode(text, { ecc: 'M', border: QUIET_ZONE });
  const size = data.length;
  const path = data.flatMap((row, y) => row.map((dark, x) => (dark ? `M${x} ${y}h1v1h-1z` : ''))).join('');
  return (
    <svg
      class="qr"
      data-qr
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      width={size * MODULE_PX}
      height={size * MODULE_PX}
      shape-rendering="crispEdges"
    >
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
