"""Illustrations for the demo, drawn with Pillow: flat shapes and colours, no fonts, no downloads.

A spec names a motif (the kind of scene: a shop front, a still life, a workshop, a tour
group...) and, for motifs that draw several things, its subject. Each scene module
registers its motifs here. The drawing is seeded by the image key, so every run draws the
same picture while two keys differ in composition (viewpoint, horizon, time of day,
number and placement of things) and in the shading of their palette.
"""

import io
import random

from PIL import Image

# The scene modules register their motifs when imported.
from demo.images import crafts, people, shops, streets, studios, workshops  # noqa: F401
from demo.images.canvas import Canvas, rgb
from demo.images.registry import MOTIFS


def render(spec):
    """The spec's illustration as JPEG bytes."""
    rng = random.Random(spec.key)  # noqa: S311 (a drawing seed, not a secret)
    palette = [rgb(colour) for colour in spec.palette]
    image = Image.new("RGB", spec.size, palette[0])
    canvas = Canvas(image, palette, rng)
    MOTIFS[spec.motif](canvas, spec.subject)
    if rng.random() < 0.5:
        # Seen from the other side: halves the chance that two scenes of a kind line up alike.
        image = image.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85, optimize=True)
    return buffer.getvalue()
