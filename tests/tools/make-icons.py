"""Draws Sidelight's toolbar icons (public/icon/<size>.png) with the standard library only.

The mark: a dark rounded page with text lines, lit from the side by an amber bar. Rendered at 4x and averaged
down for smooth edges. Run: python3 tests/tools/make-icons.py
"""
import struct
import zlib
from pathlib import Path

DARK = (29, 29, 31)
LINE = (200, 200, 205)
AMBER = (234, 120, 32)
OUT = Path(__file__).resolve().parents[2] / "public" / "icon"


def inside_rounded(x, y, x0, y0, x1, y1, r):
    cx = min(max(x, x0 + r), x1 - r)
    cy = min(max(y, y0 + r), y1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r and x0 <= x <= x1 and y0 <= y <= y1


def colour_at(u, v):
    """Colour (r, g, b, a) at unit coordinates u, v in [0, 1)."""
    if inside_rounded(u, v, 0.70, 0.06, 0.94, 0.94, 0.07):
        return AMBER + (255,)
    if inside_rounded(u, v, 0.06, 0.06, 0.64, 0.94, 0.09):
        for top in (0.24, 0.42, 0.60):
            if 0.16 <= u <= 0.54 and top <= v <= top + 0.08:
                return LINE + (255,)
        return DARK + (255,)
    return (0, 0, 0, 0)


def render(size, ss=4):
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(ss):
                for sx in range(ss):
                    r, g, b, a = colour_at((x + (sx + 0.5) / ss) / size, (y + (sy + 0.5) / ss) / size)
                    acc[0] += r * a
                    acc[1] += g * a
                    acc[2] += b * a
                    acc[3] += a
            n = ss * ss
            alpha = acc[3] / n
            rgb = [int(c / acc[3]) if acc[3] else 0 for c in acc[:3]]
            row += bytes(rgb + [int(alpha)])
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for size in (16, 32, 48, 96, 128):
        (OUT / f"{size}.png").write_bytes(render(size))
    print("icons written to", OUT)
