"""Traditional crafts: the finished work (dyed cloth, dolls, a chest) and the craftspeople at their benches."""

import math

from demo.images.canvas import shade
from demo.images.registry import motif


@motif("waves")
def draw_waves(canvas, subject):
    """Seigaiha, the overlapping-wave pattern of stencil-dyed komon cloth; flat, or as a hanging length."""
    background, *rings = canvas.palette
    draw = canvas.draw
    radius = int(canvas.size(canvas.between(0.08, 0.16)))
    step = radius // 2
    for row, y in enumerate(range(-radius, canvas.height + radius, step)):
        offset = radius if row % 2 else 0
        for x in range(-radius * 2 + offset, canvas.width + radius * 2, radius * 2):
            for ring in range(5, 0, -1):
                r = radius * ring / 5
                fill = rings[ring % len(rings)] if ring % 2 else background
                draw.ellipse([x - r, y - r, x + r, y + r], fill=fill)
    if subject == "hanging":
        # Cloth hung to dry: the pattern shows between bands of shadow, with sky at the top.
        for _ in range(canvas.rng.randint(3, 5)):
            x = canvas.between(0.05, 0.9)
            canvas.rect(x, 0, x + canvas.between(0.02, 0.05), 1, shade(background, -0.25))
        canvas.rect(0, 0, 1, canvas.between(0.08, 0.16), (196, 222, 238))
        canvas.line([(0, 0.16), (1, 0.16)], (110, 80, 52), 0.012)


@motif("flowers")
def draw_flowers(canvas, subject):
    """Hand-painted yuzen flowers and flowing water lines on silk."""
    _background, water, petal, centre, leaf = canvas.palette[:5]
    lines = canvas.rng.randint(3, 6)
    phase = canvas.between(0, math.pi)
    for i in range(lines):
        y = (i + 0.5) / lines
        points = [(x / 60, y + 0.04 * math.sin(x / 9 + i + phase)) for x in range(62)]
        canvas.line(points, water, 0.012)
    for x, y in canvas.scatter(canvas.rng.randint(8, 16), 0, 1, 0, 1):
        radius = canvas.between(0.04, 0.09)
        canvas.ellipse(x + 0.03, y + 0.02, x + 0.09, y + 0.05, leaf)
        canvas.flower(x, y, radius, petal, centre)


@motif("dolls")
def draw_dolls(canvas, subject):
    """Kimekomi dolls: round figures dressed in patterned cloth, side by side on a shelf."""
    background, robe, robe_alt, face, hair = canvas.palette[:5]
    floor = canvas.between(0.72, 0.84)
    canvas.rect(0, floor, 1, 1, shade(background, -0.15))
    count = canvas.rng.randint(2, 4)
    for i in range(count):
        cx = (i + 0.5) / count
        body = canvas.between(0.28, 0.4) * min(1 / count * canvas.width / canvas.height, 1) * 0.9
        base = floor + 0.04
        fill = robe if i % 2 else robe_alt
        half = body * canvas.height / canvas.width
        canvas.ellipse(cx - half, base - body * 1.6, cx + half, base + body * 0.2, fill)
        for _ in range(8):
            canvas.circle(
                canvas.between(cx - half * 0.7, cx + half * 0.7),
                canvas.between(base - body * 1.2, base - 0.02),
                0.012,
                face,
            )
        head = body * 0.45
        head_half = head * canvas.height / canvas.width
        canvas.ellipse(cx - head_half, base - body * 1.55 - head * 2, cx + head_half, base - body * 1.55, face)
        canvas.draw.chord(
            [
                *canvas.point(cx - head_half, base - body * 1.55 - head * 2.05),
                *canvas.point(cx + head_half, base - body * 1.55 - head),
            ],
            180,
            360,
            fill=hair,
        )


@motif("joinery")
def draw_joinery(canvas, subject):
    """Sashimono: a small chest of drawers put together without nails, on a wooden floor."""
    background, light, dark, metal = canvas.palette[:4]
    for k in range(20):
        y = k / 20
        canvas.line([(0, y), (1, y + canvas.between(-0.01, 0.01))], shade(background, -0.05), 0.003)
    width = canvas.between(0.35, 0.6)
    left = canvas.between(0.05, 0.95 - width)
    top, bottom = canvas.between(0.12, 0.3), canvas.between(0.82, 0.92)
    canvas.rect(left, top, left + width, bottom, dark)
    rows = canvas.rng.randint(3, 5)
    columns = canvas.rng.randint(1, 2)
    for r in range(rows):
        for c in range(columns):
            x0 = left + 0.015 + c * (width - 0.03) / columns
            x1 = x0 + (width - 0.03) / columns - 0.01
            y0 = top + 0.02 + r * (bottom - top - 0.02) / rows
            y1 = y0 + (bottom - top - 0.02) / rows - 0.02
            canvas.rect(x0, y0, x1, y1, light)
            canvas.circle((x0 + x1) / 2, (y0 + y1) / 2, 0.02, metal)
    # The dovetails on the top corners.
    for i in range(8):
        x = left + i * width / 8
        canvas.rect(x, top - 0.03, x + width / 16, top, light if i % 2 else dark)


@motif("portrait")
def draw_portrait(canvas, subject):
    """A craftsperson at the workbench: tools on the wall to one side, a window or shelves to the other.

    The subject, if any, is the work in hand (silk, a costume, a stencil), laid on the bench.
    """
    wall, clothes, _skin, bench, tool = canvas.palette[:5]
    canvas.rect(0, 0, 1, 1, wall)
    person_x = canvas.between(0.3, 0.7)
    tools_left = person_x > 0.5
    tools = canvas.rng.randint(4, 8)
    start = canvas.between(0.03, 0.1) if tools_left else canvas.between(0.6, 0.68)
    for i in range(tools):
        x = start + i * 0.045
        canvas.rect(x, 0.1, x + 0.012, canvas.between(0.24, 0.42), tool)
        canvas.circle(x + 0.006, 0.1, 0.012, shade(tool, -0.3))
    other = canvas.between(0.68, 0.78) if tools_left else canvas.between(0.04, 0.12)
    if canvas.rng.random() < 0.5:
        canvas.rect(other, 0.08, other + 0.2, 0.42, (214, 232, 244))
        canvas.line([(other + 0.1, 0.08), (other + 0.1, 0.42)], shade(wall, -0.3), 0.006)
    else:
        for shelf in range(2):
            y = 0.22 + shelf * 0.18
            canvas.rect(other, y, other + 0.22, y + 0.012, shade(bench, -0.3))
            for k in range(canvas.rng.randint(2, 4)):
                canvas.circle(other + 0.03 + k * 0.055, y - 0.04, 0.035, shade(clothes, 0.2 + 0.15 * k))
    bench_top = canvas.between(0.66, 0.8)
    canvas.person(
        person_x, bench_top + canvas.between(0.45, 0.6), canvas.between(0.95, 1.2), clothes, facing=canvas.pick([-1, 1])
    )
    canvas.rect(0, bench_top, 1, 1, bench)
    for _ in range(canvas.rng.randint(2, 6)):
        x = canvas.between(0.03, 0.85)
        canvas.rect(x, bench_top + 0.04, x + canvas.between(0.05, 0.12), bench_top + 0.07, tool)
    if subject:
        x = canvas.between(0.1, 0.5)
        canvas.rect(x, bench_top + 0.1, x + 0.35, bench_top + 0.2, canvas.colour(1))
        for k in range(6):
            canvas.circle(x + 0.03 + k * 0.055, bench_top + 0.15, 0.015, shade(canvas.colour(1), 0.5))
