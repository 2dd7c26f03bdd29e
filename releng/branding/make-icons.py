#!/usr/bin/env python3
"""Draws Dossier's icons into bundles/dossier.ui/icons/ (the product) and dossier.casefile.ui/icons/ (the Library).
Pure Python (zlib), so the PNGs can be regenerated anywhere: python3 releng/branding/make-icons.py"""
import os, struct, zlib

NAVY = (24, 52, 96); PAPER = (250, 246, 236); TAB = (230, 170, 60); LENS = (120, 190, 240)

def inside_round_rect(x, y, x0, y0, x1, y1, r):
    cx = min(max(x, x0 + r), x1 - r); cy = min(max(y, y0 + r), y1 - r)
    return x0 <= x <= x1 and y0 <= y <= y1 and (x - cx) ** 2 + (y - cy) ** 2 <= r * r

def shade(u, v, library):
    """Colour at (u, v) in [0,1)^2, or None for transparent."""
    if library:  # a stack of three case files
        for i, off in enumerate((0.0, 0.12, 0.24)):
            if inside_round_rect(u, v, 0.08 + off * 0.3, 0.18 + off, 0.92 - off * 0.3, 0.42 + off, 0.05):
                return (TAB, PAPER, NAVY)[i] if i < 2 else NAVY
        if inside_round_rect(u, v, 0.08, 0.54, 0.92, 0.9, 0.06):
            return NAVY
        return None
    # folder body, tab, sheet, magnifier
    lens_d = ((u - 0.64) ** 2 + (v - 0.6) ** 2) ** 0.5
    if 0.13 <= lens_d <= 0.19:
        return PAPER
    if lens_d < 0.13:
        return LENS
    if abs((u - 0.64) - (v - 0.6)) < 0.06 and 0.76 < u < 0.97 and 0.72 < v < 0.97:
        return TAB
    if inside_round_rect(u, v, 0.06, 0.26, 0.94, 0.9, 0.07):
        if inside_round_rect(u, v, 0.16, 0.2, 0.8, 0.5, 0.03) and v > 0.3:
            return PAPER
        return NAVY
    if inside_round_rect(u, v, 0.06, 0.14, 0.44, 0.34, 0.05):
        return TAB
    return None

def render(size, library=False, samples=4):
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            acc = [0, 0, 0]; hits = 0
            for sy in range(samples):
                for sx in range(samples):
                    c = shade((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size, library)
                    if c:
                        hits += 1; acc = [a + b for a, b in zip(acc, c)]
            alpha = 255 * hits // (samples * samples)
            rgb = [a // hits for a in acc] if hits else [0, 0, 0]
            row += bytes(rgb + [alpha])
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)
    chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)) \
        + chunk(b"IDAT", raw) + chunk(b"IEND", b"")

out = os.path.join(os.path.dirname(__file__), "..", "..", "bundles", "dossier.ui", "icons")
os.makedirs(out, exist_ok=True)
for s in (16, 32, 48, 64, 128, 256):
    open(os.path.join(out, f"dossier{s}.png"), "wb").write(render(s))
library = os.path.join(os.path.dirname(__file__), "..", "..", "bundles", "dossier.casefile.ui", "icons")
os.makedirs(library, exist_ok=True)
open(os.path.join(library, "library16.png"), "wb").write(render(16, library=True))
