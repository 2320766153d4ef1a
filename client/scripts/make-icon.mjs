// Draws the extension's icon (client/images/icon.png, 128x128 RGBA) without any image library:
// three upstream nodes flowing into one downstream node, on a rounded square. Re-run to regenerate:
//   node client/scripts/make-icon.mjs
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const S = 128;
const SS = 4; // supersampling per axis
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'images', 'icon.png');

const bg = [31, 58, 104];
const line = [143, 178, 230];
const up = [236, 242, 250];
const down = [255, 176, 59];
const bad = [240, 84, 84];

const sdRoundRect = (x, y, cx, cy, hw, hh, r) => {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const sdSegment = (x, y, ax, ay, bx, by) => {
  const px = x - ax,
    py = y - ay,
    dx = bx - ax,
    dy = by - ay;
  const h = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * h, py - dy * h);
};
// A cubic-ish flow curve from (ax,ay) to (bx,by), sampled as segments.
const curve = (ax, ay, bx, by) => {
  const pts = [];
  for (let i = 0; i <= 16; i++) {
    const t = i / 16;
    const s = t * t * (3 - 2 * t);
    pts.push([ax + (bx - ax) * t, ay + (by - ay) * s]);
  }
  return pts;
};
const sdPolyline = (x, y, pts) => {
  let d = Infinity;
  for (let i = 1; i < pts.length; i++) d = Math.min(d, sdSegment(x, y, pts[i - 1][0], pts[i - 1][1], pts[i][0], pts[i][1]));
  return d;
};

const ups = [
  [34, 36],
  [34, 64],
  [34, 92],
];
const target = [96, 64];
const flows = ups.map(([x, y]) => curve(x + 10, y, target[0] - 14, target[1]));

function shade(x, y) {
  // layers, back to front: [colour, inside?]
  let c = null;
  if (sdRoundRect(x, y, 64, 64, 62, 62, 22) <= 0) c = bg;
  else return null;
  for (let i = 0; i < flows.length; i++) {
    if (sdPolyline(x, y, flows[i]) <= (i === 2 ? 3.4 : 3)) c = i === 2 ? bad : line;
  }
  for (const [ux, uy] of ups) if (sdRoundRect(x, y, ux, uy, 13, 9, 4) <= 0) c = up;
  if (sdRoundRect(x, y, target[0], target[1], 17, 13, 5) <= 0) c = down;
  return c;
}

const px = Buffer.alloc(S * S * 4);
for (let y = 0; y < S; y++) {
  for (let x = 0; x < S; x++) {
    let r = 0,
      g = 0,
      b = 0,
      a = 0;
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const c = shade(x + (sx + 0.5) / SS, y + (sy + 0.5) / SS);
        if (c) {
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
    }
    const o = (y * S + x) * 4;
    if (a) {
      px[o] = Math.round(r / a);
      px[o + 1] = Math.round(g / a);
      px[o + 2] = Math.round(b / a);
    }
    px[o + 3] = Math.round((a / (SS * SS)) * 255);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(S, 0);
ihdr.writeUInt32BE(S, 4);
ihdr[8] = 8;
ihdr[9] = 6;
ihdr[10] = 0;
ihdr[11] = 0;
ihdr[12] = 0;
const raw = Buffer.alloc(S * (S * 4 + 1));
for (let y = 0; y < S; y++) {
  raw[y * (S * 4 + 1)] = 0;
  px.copy(raw, y * (S * 4 + 1) + 1, y * S * 4, (y + 1) * S * 4);
}
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, png);
console.log(`${out}: ${png.length} bytes`);
