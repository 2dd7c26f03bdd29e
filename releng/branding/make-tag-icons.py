#!/usr/bin/env python3
"""Draws the Tags view's toolbar icons into bundles/dossier.tags.ui/icons/ (16x16 PNG, pure Python):
python3 releng/branding/make-tag-icons.py"""
import math, os

from png_icons import png

NAVY = (24, 52, 96); TAB = (230, 170, 60); GREEN = (40, 140, 70)

def tag(u, v):
    """A price tag pointing left, with a hole near its point, outlined in navy and filled in amber."""
    inside = lambda m: (0.32 + m <= u <= 0.96 - m and 0.16 + m <= v <= 0.84 - m) or \
        (0.02 + m * 1.4 <= u < 0.32 + m and abs(v - 0.5) <= (u - 0.02) * 1.13 - m * 1.5)
    if not inside(0):
        return None
    if math.hypot(u - 0.26, v - 0.5) < 0.07:
        return None
    return TAB if inside(0.07) else NAVY

def plus(u, v):
    if (0.58 <= u <= 1.0 and 0.73 <= v <= 0.87) or (0.72 <= u <= 0.86 and 0.59 <= v <= 1.0):
        return GREEN
    return None

def new_tag(u, v):
    return plus(u, v) or tag(u, v + 0.14)

def mark_done(u, v):
    """A check mark: a short stroke down to the bottom and a long one up to the right."""
    def near(ax, ay, bx, by, width):
        t = max(0.0, min(1.0, ((u - ax) * (bx - ax) + (v - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)))
        return math.hypot(u - ax - t * (bx - ax), v - ay - t * (by - ay)) <= width
    if near(0.12, 0.52, 0.4, 0.8, 0.09) or near(0.4, 0.8, 0.9, 0.18, 0.09):
        return GREEN
    return None

folder = os.path.join(os.path.dirname(__file__), "..", "..", "bundles", "dossier.tags.ui", "icons")
os.makedirs(folder, exist_ok=True)
png(os.path.join(folder, "new_tag16.png"), new_tag)
png(os.path.join(folder, "mark_done16.png"), mark_done)
