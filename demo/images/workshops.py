"""Where things are made: pickling storehouses, drying racks, and workshop interiors seen during the work."""

from demo.images.canvas import shade
from demo.images.goods import GOODS, steam
from demo.images.registry import motif

CEDAR = (168, 112, 70)


def _barrel(canvas, cx, top, bottom, half, wood, hoop, lid):
    canvas.rect(cx - half, top, cx + half, bottom, wood)
    for k in range(1, 6):
        x = cx - half + k * half * 2 / 6
        canvas.line([(x, top), (x, bottom)], shade(wood, -0.15), 0.003)
    for y in (top + (bottom - top) * 0.15, (top + bottom) / 2, bottom - (bottom - top) * 0.15):
        canvas.rect(cx - half, y - 0.012, cx + half, y + 0.012, hoop)
    canvas.ellipse(cx - half, top - 0.04, cx + half, top + 0.04, lid)


@motif("barrels")
def draw_barrels(canvas, subject):
    """Wooden pickling barrels with stone weights on their lids, in two rows."""
    wall, wood, hoop, stone, pickle = canvas.palette[:5]
    floor = canvas.between(0.55, 0.72)
    canvas.rect(0, floor, 1, 1, shade(wall, -0.3))
    for _ in range(canvas.rng.randint(2, 4)):
        x = canvas.between(0, 0.9)
        canvas.rect(x, 0, x + 0.03, floor, shade(wall, -0.15))
    for row, scale in ((0, 0.7), (1, 1.0)):
        count = canvas.rng.randint(3, 5) - row
        for i in range(count):
            cx = (i + 0.5 + canvas.between(-0.15, 0.15)) / count
            half = 0.5 / count * 0.8 * scale
            bottom = floor + (0.1 if row == 0 else 0.35)
            top = bottom - canvas.between(0.3, 0.4) * scale
            _barrel(canvas, cx, top, bottom, half, shade(wood, -0.1 * (1 - row)), hoop, pickle)
            if canvas.rng.random() < 0.8:
                canvas.ellipse(
                    cx - half * 0.45,
                    top - 0.09 * scale,
                    cx + half * 0.45,
                    top + 0.01,
                    shade(stone, canvas.between(-0.1, 0.15)),
                )


@motif("daikon")
def draw_daikon(canvas, subject):
    """Daikon radishes hung to dry on wooden frames, fields and sky behind."""
    sky, leaves, root, frame, field_colour = canvas.palette[:5]
    horizon = canvas.between(0.45, 0.62)
    canvas.gradient(sky, (250, 250, 245), 0, horizon)
    canvas.rect(0, horizon, 1, 1, field_colour)
    for row in range(canvas.rng.randint(4, 8)):
        y = horizon + 0.05 + row * 0.06
        canvas.line([(0, y), (1, y + 0.015)], shade(leaves, 0.1), 0.008)
    racks = canvas.rng.randint(1, 2)
    for rack in range(racks):
        scale = 1 - rack * 0.4
        beam = canvas.between(0.12, 0.25) + rack * 0.12
        left, right = canvas.between(-0.05, 0.2), canvas.between(0.75, 1.05)
        canvas.rect(left, beam, right, beam + 0.015 * scale, frame)
        for post in (left + 0.02, right - 0.02):
            canvas.rect(post - 0.006, beam, post + 0.006, horizon + 0.25 * scale, frame)
        spacing = canvas.between(0.035, 0.07) * scale
        x = left + 0.04
        while x < right - 0.03:
            length = canvas.between(0.3, 0.45) * scale
            canvas.polygon(
                [
                    (x - 0.006, beam + 0.01),
                    (x + 0.006, beam + 0.01),
                    (x + 0.02, beam - 0.06 * scale),
                    (x - 0.02, beam - 0.06 * scale),
                ],
                leaves,
            )
            canvas.ellipse(x - 0.013 * scale, beam + 0.01, x + 0.013 * scale, beam + 0.01 + length, root)
            x += spacing


def _interior(canvas):
    """Back wall, shelves and a workbench; returns the height of the bench top."""
    wall = canvas.colour(0)
    canvas.rect(0, 0, 1, 1, wall)
    window = canvas.between(0.05, 0.7)
    canvas.rect(window, 0.08, window + 0.22, 0.36, (214, 232, 244))
    canvas.line([(window + 0.11, 0.08), (window + 0.11, 0.36)], shade(wall, -0.3), 0.006)
    for shelf in range(canvas.rng.randint(1, 2)):
        y = 0.2 + shelf * 0.16
        x0 = 0.75 if window < 0.4 else 0.02
        canvas.rect(x0, y, x0 + 0.23, y + 0.012, shade(canvas.colour(2), -0.3))
        for k in range(canvas.rng.randint(2, 5)):
            canvas.rect(x0 + 0.01 + k * 0.045, y - 0.07, x0 + 0.04 + k * 0.045, y, canvas.colour(k + 1))
    bench = canvas.between(0.55, 0.68)
    canvas.rect(0, bench, 1, 1, shade(canvas.colour(2), -0.35))
    canvas.rect(0, bench, 1, bench + 0.05, canvas.colour(2))
    return bench


def _stencil_dyeing(canvas, bench):
    """A long board with white cloth, a stencil laid on it and a spatula spreading paste."""
    x = canvas.between(0.15, 0.55)
    # The dyer stands behind the board, so the cloth and stencil stay in view.
    canvas.person(x + 0.2, bench + 0.15, 0.7, canvas.colour(3), facing=-1)
    canvas.rect(0, bench - 0.03, 1, bench + 0.25, (236, 230, 214))
    canvas.rect(x, bench - 0.02, x + 0.3, bench + 0.23, shade(canvas.colour(1), 0.15))
    for row in range(5):
        for col in range(9):
            canvas.circle(x + 0.02 + col * 0.032, bench + row * 0.045, 0.01, canvas.colour(1))
    canvas.polygon(
        [(x + 0.18, bench + 0.05), (x + 0.32, bench + 0.02), (x + 0.34, bench + 0.06), (x + 0.2, bench + 0.09)],
        (150, 110, 70),
    )


def _stencil_cutting(canvas, bench):
    """Close up: a persimmon-brown stencil paper with fine cut patterns, a knife beside it."""
    paper = (150, 96, 54)
    canvas.rect(0.1, bench - 0.35, 0.9, 1.02, paper)
    for row in range(14):
        for col in range(24):
            if canvas.rng.random() < 0.85:
                canvas.circle(0.14 + col * 0.032, bench - 0.3 + row * 0.045, 0.006, shade(paper, 0.6))
    canvas.polygon([(0.58, 0.9), (0.86, 0.58), (0.88, 0.6), (0.62, 0.93)], (60, 46, 36))
    canvas.polygon([(0.86, 0.58), (0.9, 0.52), (0.9, 0.57), (0.88, 0.6)], (214, 220, 226))


def _joinery_bench(canvas, bench):
    """Planks, a plane and chisels on the bench, a joint half cut."""
    for k in range(canvas.rng.randint(2, 4)):
        y = bench + 0.06 + k * 0.07
        x = canvas.between(0.02, 0.3)
        canvas.rect(x, y, x + canvas.between(0.4, 0.65), y + 0.045, shade(CEDAR, canvas.between(-0.1, 0.3)))
    for k in range(4):
        canvas.rect(0.4 + k * 0.03, bench + 0.32, 0.41 + k * 0.03, bench + 0.36, CEDAR)
    for k in range(canvas.rng.randint(3, 6)):
        GOODS["knives"](canvas, 0.72, bench + 0.08 + k * 0.05, 0.12, None)
    canvas.rect(0.12, bench - 0.06, 0.3, bench, (120, 86, 60))


def _bean_paste(canvas, bench):
    """A copper pot of bean paste on the stove, a wooden paddle, steam."""
    x = canvas.between(0.3, 0.7)
    canvas.rect(x - 0.25, bench - 0.02, x + 0.25, bench + 0.06, (60, 60, 64))
    canvas.rect(x - 0.2, bench - 0.22, x + 0.2, bench, (188, 112, 70))
    canvas.ellipse(x - 0.2, bench - 0.27, x + 0.2, bench - 0.17, (96, 48, 52))
    canvas.line([(x + 0.05, bench - 0.23), (x + 0.25, bench - 0.55)], (196, 160, 110), 0.018)
    steam(canvas, x - 0.05, bench - 0.3, 0.4)
    for k in range(canvas.rng.randint(2, 4)):
        GOODS["daifuku"](canvas, 0.06 + k * 0.07, bench + 0.15, 0.09, None)


def _hardware_counter(canvas, bench):
    """A hardware shop from inside: shelves of pots, a counter, two people talking across it."""
    for shelf in range(3):
        y = 0.18 + shelf * 0.15
        canvas.rect(0, y, 1, y + 0.015, shade(canvas.colour(2), -0.3))
        for k in range(canvas.rng.randint(5, 9)):
            GOODS["hardware"](canvas, 0.06 + k * 0.11 + canvas.between(-0.02, 0.02), y - 0.04, 0.1, None)
    canvas.person(canvas.between(0.15, 0.35), bench + 0.25, 0.7, canvas.colour(1), facing=1)
    canvas.person(canvas.between(0.6, 0.85), bench + 0.25, 0.62, canvas.colour(3), facing=-1)
    canvas.rect(0, bench + 0.12, 1, 1, shade(canvas.colour(2), -0.1))


def _cedar_barrels(canvas, bench):
    """A cooper's corner of the storehouse: staves leaning on the wall, a new barrel and loose hoops."""
    for k in range(canvas.rng.randint(6, 12)):
        x = 0.02 + k * 0.035
        canvas.polygon(
            [(x, bench), (x + 0.025, bench), (x + 0.04, bench - 0.4), (x + 0.015, bench - 0.4)],
            shade(CEDAR, canvas.between(-0.15, 0.2)),
        )
    x = canvas.between(0.55, 0.72)
    _barrel(canvas, x, bench - 0.25, bench + 0.2, 0.14, CEDAR, (80, 70, 60), shade(CEDAR, 0.3))
    for k in range(canvas.rng.randint(1, 3)):
        hx = canvas.between(0.1, 0.45)
        canvas.draw.ellipse(
            [*canvas.point(hx, bench + 0.15 + k * 0.05), *canvas.point(hx + 0.2, bench + 0.25 + k * 0.05)],
            outline=(80, 70, 60),
            width=6,
        )


WORKSHOP_SCENES = {
    "stencil-dyeing": _stencil_dyeing,
    "stencil-cutting": _stencil_cutting,
    "joinery-bench": _joinery_bench,
    "bean-paste": _bean_paste,
    "hardware-counter": _hardware_counter,
    "cedar-barrels": _cedar_barrels,
}


@motif("workshop")
def draw_workshop(canvas, subject):
    """A workshop interior during the work; the subject names the craft or trade."""
    WORKSHOP_SCENES[subject](canvas, _interior(canvas))
