#!/usr/bin/env python3
"""Draws the Search view's toolbar icons into bundles/dossier.search.ui/icons/ (16x16 PNG, pure Python):
python3 releng/branding/make-search-icons.py"""
import os

from png_icons import png

NAVY = (24, 52, 96); TAB = (230, 170, 60); LENS = (120, 190, 240)

def newest_first(u, v):
    """Three lines, longest on top, and an arrow pointing down: newest first."""
    for i, length in enumerate((0.58, 0.44, 0.3)):
        top = 0.2 + i * 0.24
        if 0.06 <= u <= 0.06 + length and top <= v <= top + 0.12:
            return NAVY
    if 0.75 <= u <= 0.85 and 0.12 <= v <= 0.62:
        return TAB
    if 0.56 <= u <= 1.0 and 0.58 <= v <= 0.94 and v <= 0.94 - abs(u - 0.8) * 1.6:
        return TAB
    return None

def saved_searches(u, v):
    """A bookmark ribbon behind a magnifier."""
    if 0.5 <= u <= 0.9 and 0.04 <= v <= 0.9 and not (v > 0.68 and abs(u - 0.7) < (v - 0.68) * 0.9):
        return TAB
    lens_d = ((u - 0.38) ** 2 + (v - 0.4) ** 2) ** 0.5
    if 0.2 <= lens_d <= 0.3:
        return NAVY
    if lens_d < 0.2:
        return LENS
    if abs((u - 0.38) - (v - 0.4)) < 0.08 and 0.55 < u < 0.78 and 0.57 < v < 0.8:
        return NAVY
    if abs((u - 0.38) - (v - 0.4)) < 0.1 and 0.58 < u < 0.95 and 0.6 < v < 0.97:
        return NAVY
    return None

folder = os.path.join(os.path.dirname(__file__), "..", "..", "bundles", "dossier.search.ui", "icons")
os.makedirs(folder, exist_ok=True)
png(os.path.join(folder, "newest_first16.png"), newest_first)
png(os.path.join(folder, "saved_searches16.png"), saved_searches)
