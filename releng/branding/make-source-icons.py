#!/usr/bin/env python3
"""Draws the Sources view's icons into bundles/dossier.connector.ui/icons/ (pure Python, as make-icons.py):
python3 releng/branding/make-source-icons.py"""
import math, os

from png_icons import png

NAVY = (24, 52, 96); TAB = (230, 170, 60); GREEN = (40, 140, 70)

def feed(u, v):
    """A feed symbol: a dot and two arcs around the lower left corner."""
    d = math.hypot(u - 0.18, v - 0.82)
    if d < 0.13:
        return TAB
    if u >= 0.08 and v <= 0.92 and (0.36 < d < 0.5 or 0.64 < d < 0.78):
        return TAB
    return None

def plus(u, v):
    if (0.62 <= u <= 0.98 and 0.74 <= v <= 0.86) or (0.74 <= u <= 0.86 and 0.62 <= v <= 0.98):
        return GREEN
    return None

def new_source(u, v):
    return plus(u, v) or feed(u * 1.15, v * 1.15 - 0.15)

def refresh(u, v):
    """A circular arrow, open at the top right, with its head there."""
    d = math.hypot(u - 0.5, v - 0.52); a = math.degrees(math.atan2(0.52 - v, u - 0.5)) % 360
    if 0.27 < d < 0.41 and not 20 < a < 80:
        return NAVY
    # arrow head: a triangle pointing down at the arc's open end (right side)
    if 0.62 <= u <= 1.0 and 0.16 <= v <= 0.5 and v >= 0.16 + abs(u - 0.81) * 1.0 and v <= 0.5:
        return NAVY
    return None

folder = os.path.join(os.path.dirname(__file__), "..", "..", "bundles", "dossier.connector.ui", "icons")
os.makedirs(folder, exist_ok=True)
png(os.path.join(folder, "sources16.png"), feed)
png(os.path.join(folder, "new_source16.png"), new_source)
png(os.path.join(folder, "refresh16.png"), refresh)
