// Draws the extension icon, images/icon.png: a 128x128 clapperboard with a play triangle on a dark
// rounded square. Plain Node (node:zlib and node:fs only), so the icon can be rebuilt anywhere:
//
//   node scripts/make-icon.mjs
//
// Shapes are described geometrically and sampled 4x4 times per pixel for smooth edges.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4; // per axis

const BACKGROUND = [0x1b, 0x1f, 0x3b]; // deep indigo
const PAPER = [0xf4, 0xf1, 0xea]; // warm white
const ACCENT = [0xff, 0x9f, 0x1c]; // amber

// ── Geometry ────────────────────────────────────────────────────────────────────────────────────

/** Whether (x, y) lies inside the rectangle [x0, x1] x [y0, y1] with corners rounded by r. */
function inRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Whether (x, y) lies inside the triangle a, b, c (any winding). */
function inTriangle(x, y, [ax, ay], [bx, by], [cx, cy]) {
  const side = (px, py, qx, qy) => (qx - px) * (y - py) - (qy - py) * (x - px);
  const d1 = side(ax, ay, bx, by);
  const d2 = side(bx, by, cx, cy);
  const d3 = side(cx, cy, ax, ay);
  const negative = d1 < 0 || d2 < 0 || d3 < 0;
  const positive = d1 > 0 || d2 > 0 || d3 > 0;
  return !(negative && positive);
}

/** Turns (x, y) by `angle` radians around (ox, oy). */
function rotate(x, y, ox, oy, angle) {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const dx = x - ox;
  const dy = y - oy;
  return [ox + dx * cos - dy * sin, oy + dx * sin + dy * cos];
}

// ── The picture ─────────────────────────────────────────────────────────────────────────────────

const LEFT = 20;
const RIGHT = 108;
const BODY_TOP = 54;
const BODY_BOTTOM = 106;
const BAND = 13; // height of the striped band and of the clapper stick
const STICK_ANGLE = (-16 * Math.PI) / 180; // the stick opens upwards, hinged at the left
const HINGE = [LEFT, BODY_TOP - 3];
const STRIPE = 14; // stripe width along the band
const STRIPE_PHASE = 7; // shifts the stripes so both ends of the band end in a matching wedge
const RIM = 2.5; // paper rim that keeps the striped parts readable against the dark background
const PLAY = [[56, 75], [56, 101], [79, 88]];

/** Diagonal stripes: true on the dark stripes. `lean` is +1 or -1, the way the stripes slant. */
function darkStripe(x, y, lean) {
  const t = (x + STRIPE_PHASE + lean * (y - BODY_TOP)) / STRIPE;
  return Math.floor(t) % 2 === 0;
}

/** Paper on the rim of the box [x0, x1] x [y0, y1], stripes inside it. */
function striped(x, y, x0, y0, x1, y1, lean) {
  const inside = x > x0 + RIM && x < x1 - RIM && y > y0 + RIM && y < y1 - RIM;
  return inside && darkStripe(x, y, lean) ? BACKGROUND : PAPER;
}

/** The colour at (x, y), or undefined outside the icon. */
function colourAt(x, y) {
  if (!inRoundedRect(x, y, 0, 0, SIZE, SIZE, 26)) return undefined;

  // The clapper stick, drawn in its own (unrotated) frame just above the body.
  // Its stripes slant against the band's, as on a real clapperboard.
  const [sx, sy] = rotate(x, y, HINGE[0], HINGE[1], -STICK_ANGLE);
  const stickTop = BODY_TOP - 3 - BAND;
  if (inRoundedRect(sx, sy, LEFT, stickTop, RIGHT, BODY_TOP - 3, 3)) {
    return striped(sx, sy, LEFT, stickTop, RIGHT, BODY_TOP - 3, -1);
  }

  if (inRoundedRect(x, y, LEFT, BODY_TOP, RIGHT, BODY_BOTTOM, 6)) {
    // The striped band along the top of the body, then a thin gap, then the slate.
    if (y < BODY_TOP + BAND) return striped(x, y, LEFT, BODY_TOP, RIGHT, BODY_TOP + BAND, 1);
    if (y < BODY_TOP + BAND + 3) return BACKGROUND;
    if (inTriangle(x, y, ...PLAY)) return ACCENT;
    return PAPER;
  }
  return BACKGROUND;
}

function render() {
  const rgba = Buffer.alloc(SIZE * SIZE * 4);
  const weight = 1 / (SAMPLES * SAMPLES);
  for (let py = 0; py < SIZE; py++) {
    for (let px = 0; px < SIZE; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let j = 0; j < SAMPLES; j++) {
        for (let i = 0; i < SAMPLES; i++) {
          const colour = colourAt(px + (i + 0.5) / SAMPLES, py + (j + 0.5) / SAMPLES);
          if (!colour) continue;
          r += colour[0] * weight;
          g += colour[1] * weight;
          b += colour[2] * weight;
          a += weight;
        }
      }
      const at = (py * SIZE + px) * 4;
      // Store straight (not premultiplied) alpha, as PNG expects.
      rgba[at] = a ? Math.round(r / a) : 0;
      rgba[at + 1] = a ? Math.round(g / a) : 0;
      rgba[at + 2] = a ? Math.round(b / a) : 0;
      rgba[at + 3] = Math.round(a * 255);
    }
  }
  return rgba;
}

// ── PNG encoding ────────────────────────────────────────────────────────────────────────────────

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // compression: deflate
  header[11] = 0; // filter method
  header[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = new URL('../images/icon.png', import.meta.url);
mkdirSync(new URL('.', out), { recursive: true });
writeFileSync(out, encodePng(SIZE, SIZE, render()));
console.log(`wrote ${out.pathname} (${SIZE}x${SIZE})`);
