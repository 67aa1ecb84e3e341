#!/usr/bin/env python3
"""Rewrites DejaVu Sans so that no composite glyph refers to another composite glyph.

Why: PDFsharp 6.5 subsets embedded fonts and adds the components of the composite glyphs a document
uses, but only one level deep. DejaVu builds about 600 characters (Vietnamese, polytonic Greek, much
of Latin Extended Additional) from composites of composites, e.g. U+1EC5 "ễ" = e + (circumflex + tilde);
after subsetting, the inner accents are missing and "Nguyễn" prints as "Nguyen". Pointing every
composite straight at its simple glyphs (adding up the offsets) keeps the outlines identical.

Usage (Debian: apt-get install python3-fonttools):
    python3 flatten_nested_composites.py /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf DejaVuSans.ttf
"""
import copy
import sys

from fontTools.ttLib import TTFont
from fontTools.ttLib.tables._g_l_y_f import USE_MY_METRICS


def leaf_components(glyf, component):
    """The simple-glyph components that `component` stands for, with offsets added up."""
    inner = glyf[component.glyphName]
    if not inner.isComposite():
        return [component]
    # fontTools keeps offsets as x/y; point-matched components (firstPt/secondPt) or scaled ones would need more.
    if hasattr(component, "firstPt") or hasattr(component, "transform"):
        raise ValueError(f"{component.glyphName}: only offset components can be flattened")
    leaves = []
    for sub in inner.components:
        for leaf in leaf_components(glyf, sub):
            moved = copy.deepcopy(leaf)
            moved.x += component.x
            moved.y += component.y
            # Metrics come from the outer component if it asked for them, never from an inner one.
            moved.flags &= ~USE_MY_METRICS
            leaves.append(moved)
    if component.flags & USE_MY_METRICS:
        leaves[0].flags |= USE_MY_METRICS
    return leaves


def flatten(source, target):
    font = TTFont(source)
    glyf = font["glyf"]
    changed = 0
    for name in font.getGlyphOrder():
        glyph = glyf[name]
        if glyph.isComposite() and any(glyf[c.glyphName].isComposite() for c in glyph.components):
            glyph.components = [leaf for c in glyph.components for leaf in leaf_components(glyf, c)]
            changed += 1
    font.save(target)
    print(f"{target}: {changed} composite glyphs flattened")


if __name__ == "__main__":
    flatten(sys.argv[1], sys.argv[2])
