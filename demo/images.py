"""Illustrations for the demo, drawn with Pillow: flat shapes and colours, no fonts, no downloads.

Each motif hints at its subject (a shopping arcade, daikon radishes, pickling barrels,
dyeing patterns, film frames, a factory...) so the image titles can describe them honestly.
The drawing is seeded by the image key, so every run draws the same picture.
"""

import io
import math
import random

from PIL import Image, ImageDraw

MOTIFS = {}


def motif(name):
    def register(function):
        MOTIFS[name] = function
        return function

    return register


def render(spec):
    """The spec's illustration as JPEG bytes."""
    width, height = spec.size
    rng = random.Random(spec.key)  # noqa: S311 (a drawing seed, not a secret)
    canvas = Image.new("RGB", (width, height), _rgb(spec.palette[0]))
    draw = ImageDraw.Draw(canvas)
    colours = [_rgb(colour) for colour in spec.palette]
    MOTIFS[spec.motif](draw, width, height, colours, rng)
    buffer = io.BytesIO()
    canvas.save(buffer, "JPEG", quality=85, optimize=True)
    return buffer.getvalue()


def _rgb(hex_colour):
    hex_colour = hex_colour.lstrip("#")
    return tuple(int(hex_colour[i : i + 2], 16) for i in (0, 2, 4))


def _sky(draw, width, height, top, bottom, until=1.0):
    stop = int(height * until)
    for y in range(stop):
        mix = y / max(stop - 1, 1)
        draw.line([(0, y), (width, y)], fill=tuple(int(a + (b - a) * mix) for a, b in zip(top, bottom, strict=True)))


@motif("street")
def draw_street(draw, width, height, colours, rng):
    """A shopping arcade: shop fronts with striped awnings under a row of lanterns."""
    background, awning, lantern, wall, accent = colours[:5]
    _sky(draw, width, height, background, wall, until=0.45)
    ground = int(height * 0.82)
    draw.rectangle([0, ground, width, height], fill=accent)
    x = 0
    while x < width:
        shop_width = rng.randint(width // 7, width // 4)
        top = int(height * rng.uniform(0.3, 0.42))
        draw.rectangle([x, top, x + shop_width - 6, ground], fill=wall)
        draw.rectangle([x + shop_width * 0.15, ground - height * 0.22, x + shop_width * 0.85, ground], fill=background)
        stripe = max(shop_width // 8, 8)
        for i, sx in enumerate(range(x, x + shop_width - 6, stripe)):
            fill = awning if i % 2 == 0 else (250, 246, 238)
            draw.polygon(
                [(sx, top + 30), (sx + stripe, top + 30), (sx + stripe + 6, top + 80), (sx + 6, top + 80)], fill=fill
            )
        x += shop_width
    draw.line([(0, int(height * 0.2)), (width, int(height * 0.24))], fill=accent, width=4)
    for i in range(9):
        cx = int(width * (i + 0.5) / 9)
        cy = int(height * 0.22) + 24
        draw.line([(cx, cy - 24), (cx, cy)], fill=accent, width=3)
        draw.ellipse([cx - 22, cy, cx + 22, cy + 56], fill=lantern)
        draw.rectangle([cx - 14, cy - 4, cx + 14, cy + 4], fill=accent)


@motif("shopfront")
def draw_shopfront(draw, width, height, colours, rng):
    """A single shop front with a noren curtain, a window and goods on display."""
    background, curtain, wood, goods, accent = colours[:5]
    draw.rectangle([0, int(height * 0.85), width, height], fill=accent)
    left, right = int(width * 0.12), int(width * 0.88)
    draw.rectangle([left, int(height * 0.12), right, int(height * 0.85)], fill=wood)
    draw.rectangle([left + 30, int(height * 0.2), right - 30, int(height * 0.3)], fill=background)
    panels = 5
    panel_width = (right - left - 60) / panels
    for i in range(panels):
        x0 = left + 30 + i * panel_width + 4
        draw.rectangle([x0, int(height * 0.32), x0 + panel_width - 8, int(height * 0.52)], fill=curtain)
    draw.rectangle([left + 40, int(height * 0.58), right - 40, int(height * 0.8)], fill=background)
    for _ in range(14):
        x = rng.randint(left + 60, right - 100)
        y = rng.randint(int(height * 0.62), int(height * 0.74))
        size = rng.randint(28, 60)
        draw.ellipse([x, y, x + size, y + size * 0.8], fill=goods)


@motif("daikon")
def draw_daikon(draw, width, height, colours, rng):
    """Daikon radishes hung to dry on a wooden frame, fields behind."""
    sky, leaves, root, frame, field_colour = colours[:5]
    _sky(draw, width, height, sky, (250, 250, 245), until=0.55)
    draw.rectangle([0, int(height * 0.55), width, height], fill=field_colour)
    for row in range(6):
        y = int(height * (0.6 + row * 0.07))
        draw.line([(0, y), (width, y + 10)], fill=leaves, width=6)
    beam = int(height * 0.16)
    draw.rectangle([0, beam, width, beam + 14], fill=frame)
    for x in range(40, width, max(width // 14, 40)):
        length = rng.randint(int(height * 0.38), int(height * 0.55))
        draw.polygon([(x - 6, beam + 10), (x + 6, beam + 10), (x + 28, beam - 50), (x - 28, beam - 50)], fill=leaves)
        draw.ellipse([x - 20, beam + 8, x + 20, beam + 8 + length], fill=root)


@motif("barrels")
def draw_barrels(draw, width, height, colours, rng):
    """Wooden pickling barrels with stone weights on their lids, in a workshop."""
    wall, wood, hoop, stone, pickle = colours[:5]
    draw.rectangle([0, int(height * 0.7), width, height], fill=tuple(max(c - 40, 0) for c in wall))
    count = 4
    for i in range(count):
        cx = int(width * (i + 0.5) / count)
        barrel_width = int(width / count * 0.8)
        top = int(height * rng.uniform(0.3, 0.38))
        bottom = int(height * 0.9)
        draw.rectangle([cx - barrel_width // 2, top, cx + barrel_width // 2, bottom], fill=wood)
        for y in (top + 30, (top + bottom) // 2, bottom - 30):
            draw.rectangle([cx - barrel_width // 2, y - 7, cx + barrel_width // 2, y + 7], fill=hoop)
        draw.ellipse([cx - barrel_width // 2, top - 30, cx + barrel_width // 2, top + 30], fill=pickle)
        draw.ellipse([cx - 60, top - 70, cx + 60, top + 5], fill=stone)


@motif("waves")
def draw_waves(draw, width, height, colours, rng):
    """Seigaiha, the overlapping-wave pattern of stencil-dyed komon cloth."""
    background, *rings = colours
    radius = max(width // 12, 60)
    for row, y in enumerate(range(-radius, height + radius, radius // 2)):
        offset = radius if row % 2 else 0
        for x in range(-radius * 2 + offset, width + radius * 2, radius * 2):
            for ring in range(5, 0, -1):
                r = radius * ring / 5
                fill = rings[ring % len(rings)] if ring % 2 else background
                draw.ellipse([x - r, y - r, x + r, y + r], fill=fill)


@motif("flowers")
def draw_flowers(draw, width, height, colours, rng):
    """Hand-painted yuzen flowers and flowing water lines on silk."""
    background, water, petal, centre, leaf = colours[:5]
    for i in range(5):
        y = int(height * (0.15 + i * 0.18))
        points = [(x, y + 30 * math.sin(x / 90 + i)) for x in range(0, width + 20, 20)]
        draw.line(points, fill=water, width=10)
    for _ in range(16):
        cx, cy = rng.randint(0, width), rng.randint(0, height)
        size = rng.randint(40, 90)
        for k in range(5):
            angle = k * 2 * math.pi / 5
            px, py = cx + size * 0.6 * math.cos(angle), cy + size * 0.6 * math.sin(angle)
            draw.ellipse([px - size / 2, py - size / 2, px + size / 2, py + size / 2], fill=petal)
        draw.ellipse([cx - size / 4, cy - size / 4, cx + size / 4, cy + size / 4], fill=centre)
        draw.ellipse([cx + size, cy + size / 2, cx + size * 1.6, cy + size * 0.8], fill=leaf)


@motif("dolls")
def draw_dolls(draw, width, height, colours, rng):
    """Kimekomi dolls: round figures dressed in patterned cloth, seen side by side."""
    background, robe, robe_alt, face, hair = colours[:5]
    draw.rectangle([0, int(height * 0.78), width, height], fill=tuple(max(c - 30, 0) for c in background))
    count = 3
    for i in range(count):
        cx = int(width * (i + 0.5) / count)
        body = int(min(width / count, height) * 0.34)
        base = int(height * 0.82)
        draw.pieslice([cx - body, base - body * 2, cx + body, base + body * 0.2], 180, 360, fill=robe)
        draw.rectangle([cx - body, base - body, cx + body, base], fill=robe if i % 2 else robe_alt)
        for _ in range(10):
            x, y = rng.randint(cx - body + 10, cx + body - 20), rng.randint(base - body, base - 20)
            draw.ellipse([x, y, x + 14, y + 14], fill=face)
        head = int(body * 0.45)
        draw.ellipse([cx - head, base - body * 1.25 - head * 2, cx + head, base - body * 1.25], fill=face)
        draw.chord(
            [cx - head, base - body * 1.25 - head * 2, cx + head, base - body * 1.25 - head], 180, 360, fill=hair
        )


@motif("joinery")
def draw_joinery(draw, width, height, colours, rng):
    """Sashimono joinery: interlocking wooden boards and a small chest of drawers."""
    background, light, dark, metal = colours[:4]
    for y in range(0, height, 24):
        draw.line([(0, y), (width, y + rng.randint(-6, 6))], fill=tuple(max(c - 12, 0) for c in background), width=2)
    left, top = int(width * 0.2), int(height * 0.18)
    right, bottom = int(width * 0.8), int(height * 0.88)
    draw.rectangle([left, top, right, bottom], fill=dark)
    rows = 4
    for r in range(rows):
        y0 = top + 16 + r * (bottom - top - 16) / rows
        y1 = y0 + (bottom - top - 16) / rows - 16
        draw.rectangle([left + 16, y0, right - 16, y1], fill=light)
        draw.ellipse(
            [(left + right) / 2 - 18, (y0 + y1) / 2 - 18, (left + right) / 2 + 18, (y0 + y1) / 2 + 18], fill=metal
        )
    for i in range(8):
        x = left + i * (right - left) / 8
        draw.rectangle([x, top - 20, x + (right - left) / 16, top], fill=light if i % 2 else dark)


@motif("frames")
def draw_frames(draw, width, height, colours, rng):
    """A strip of animation frames, each with a bouncing ball a little further along."""
    background, strip, frame, ball, shadow = colours[:5]
    top, bottom = int(height * 0.22), int(height * 0.78)
    draw.rectangle([0, top, width, bottom], fill=strip)
    for x in range(10, width, 40):
        draw.rectangle([x, top + 10, x + 20, top + 30], fill=background)
        draw.rectangle([x, bottom - 30, x + 20, bottom - 10], fill=background)
    count = 5
    frame_width = width / count
    for i in range(count):
        x0 = i * frame_width + 14
        draw.rectangle([x0, top + 44, x0 + frame_width - 28, bottom - 44], fill=frame)
        inner_height = bottom - top - 88
        bx = x0 + (frame_width - 28) * (0.2 + 0.12 * i)
        by = top + 44 + inner_height * (0.2 + 0.6 * abs(math.sin(i * 0.8)))
        draw.ellipse([bx - 30, bottom - 70, bx + 30, bottom - 56], fill=shadow)
        draw.ellipse([bx - 26, by - 26, bx + 26, by + 26], fill=ball)


@motif("desks")
def draw_desks(draw, width, height, colours, rng):
    """An animation studio from above: desks with glowing light boxes and stacks of drawings."""
    floor, desk, light, paper, accent = colours[:5]
    for row in range(3):
        for col in range(4):
            x0 = int(width * (0.05 + col * 0.24))
            y0 = int(height * (0.08 + row * 0.31))
            draw.rectangle([x0, y0, x0 + int(width * 0.2), y0 + int(height * 0.24)], fill=desk)
            draw.ellipse([x0 + 20, y0 + 20, x0 + int(width * 0.2) - 20, y0 + int(height * 0.24) - 20], fill=light)
            for k in range(rng.randint(2, 5)):
                px = x0 + int(width * 0.12) + k * 4
                draw.rectangle([px, y0 + 14 + k * 4, px + 40, y0 + 60 + k * 4], fill=paper)
            draw.ellipse([x0 - 10, y0 + int(height * 0.24) - 10, x0 + 30, y0 + int(height * 0.24) + 30], fill=accent)


@motif("bunting")
def draw_bunting(draw, width, height, colours, rng):
    """A fair: a hall with rows of booth tents under strings of bunting."""
    sky, hall, tent, flag, flag_alt = colours[:5]
    _sky(draw, width, height, sky, (255, 255, 255), until=0.6)
    draw.rectangle([int(width * 0.1), int(height * 0.25), int(width * 0.9), int(height * 0.7)], fill=hall)
    for row in range(3):
        y = int(height * (0.05 + row * 0.08))
        for i, x in enumerate(range(0, width, 60)):
            draw.polygon([(x, y), (x + 50, y + 4), (x + 25, y + 50)], fill=flag if (i + row) % 2 else flag_alt)
    for i in range(5):
        x0 = int(width * (0.04 + i * 0.19))
        draw.polygon(
            [
                (x0, int(height * 0.8)),
                (x0 + int(width * 0.085), int(height * 0.62)),
                (x0 + int(width * 0.17), int(height * 0.8)),
            ],
            fill=tent,
        )
        draw.rectangle(
            [x0 + 10, int(height * 0.8), x0 + int(width * 0.17) - 10, int(height * 0.95)], fill=(250, 250, 250)
        )


@motif("factory")
def draw_factory(draw, width, height, colours, rng):
    """A small factory with a saw-tooth roof, a chimney and turning gears."""
    sky, building, roof, gear, window = colours[:5]
    _sky(draw, width, height, sky, (255, 255, 255), until=0.7)
    base = int(height * 0.85)
    left, right = int(width * 0.08), int(width * 0.78)
    draw.rectangle([left, int(height * 0.45), right, base], fill=building)
    teeth = 5
    tooth = (right - left) / teeth
    for i in range(teeth):
        x0 = left + i * tooth
        draw.polygon(
            [(x0, int(height * 0.45)), (x0 + tooth, int(height * 0.3)), (x0 + tooth, int(height * 0.45))], fill=roof
        )
        draw.rectangle([x0 + tooth * 0.2, int(height * 0.55), x0 + tooth * 0.8, int(height * 0.68)], fill=window)
    draw.rectangle([right - 80, int(height * 0.12), right - 40, int(height * 0.45)], fill=roof)
    for k, (cx, cy, radius) in enumerate([(0.87, 0.55, 0.09), (0.8, 0.75, 0.06)]):
        x, y, r = width * cx, height * cy, min(width, height) * radius
        for tooth_index in range(10):
            angle = tooth_index * math.pi / 5 + k
            tx, ty = x + r * math.cos(angle), y + r * math.sin(angle)
            draw.ellipse([tx - r * 0.25, ty - r * 0.25, tx + r * 0.25, ty + r * 0.25], fill=gear)
        draw.ellipse([x - r, y - r, x + r, y + r], fill=gear)
        draw.ellipse([x - r * 0.35, y - r * 0.35, x + r * 0.35, y + r * 0.35], fill=sky)


@motif("meeting")
def draw_meeting(draw, width, height, colours, rng):
    """People around a table, as round heads and shoulders, with a whiteboard behind."""
    wall, table, board, person, person_alt = colours[:5]
    draw.rectangle([int(width * 0.25), int(height * 0.08), int(width * 0.75), int(height * 0.4)], fill=board)
    for i in range(4):
        y = int(height * (0.14 + i * 0.06))
        draw.line([(int(width * 0.3), y), (int(width * rng.uniform(0.45, 0.7)), y)], fill=person_alt, width=6)
    draw.ellipse([int(width * 0.15), int(height * 0.55), int(width * 0.85), int(height * 0.9)], fill=table)
    for i in range(8):
        angle = math.pi * (0.05 + i * 0.9 / 7)
        cx = width / 2 + width * 0.38 * math.cos(angle)
        cy = height * 0.72 - height * 0.26 * math.sin(angle)
        fill = person if i % 2 else person_alt
        draw.ellipse([cx - 34, cy - 34, cx + 34, cy + 34], fill=fill)
        draw.pieslice([cx - 60, cy + 20, cx + 60, cy + 120], 180, 360, fill=fill)


@motif("plaza")
def draw_plaza(draw, width, height, colours, rng):
    """A civic building beside a station square, with trees."""
    sky, building, glass, tree, ground = colours[:5]
    _sky(draw, width, height, sky, (255, 255, 255), until=0.75)
    draw.rectangle([0, int(height * 0.8), width, height], fill=ground)
    left, right = int(width * 0.3), int(width * 0.75)
    draw.rectangle([left, int(height * 0.15), right, int(height * 0.8)], fill=building)
    for y in range(int(height * 0.2), int(height * 0.76), 40):
        for x in range(left + 20, right - 40, 50):
            draw.rectangle([x, y, x + 34, y + 26], fill=glass)
    for x in (0.1, 0.2, 0.85, 0.93):
        cx = int(width * x)
        draw.rectangle([cx - 8, int(height * 0.6), cx + 8, int(height * 0.82)], fill=(110, 80, 50))
        draw.ellipse([cx - 60, int(height * 0.42), cx + 60, int(height * 0.66)], fill=tree)


@motif("portrait")
def draw_portrait(draw, width, height, colours, rng):
    """A person at a workbench, drawn as simple shapes, with tools on the wall."""
    wall, clothes, skin, bench, tool = colours[:5]
    for i in range(6):
        x = int(width * (0.08 + i * 0.06))
        draw.rectangle([x, int(height * 0.12), x + 10, int(height * rng.uniform(0.3, 0.45))], fill=tool)
    cx = int(width * 0.58)
    draw.ellipse([cx - 70, int(height * 0.18), cx + 70, int(height * 0.42)], fill=skin)
    draw.pieslice([cx - 190, int(height * 0.42), cx + 190, int(height * 1.1)], 180, 360, fill=clothes)
    draw.rectangle([0, int(height * 0.72), width, height], fill=bench)
    for _ in range(5):
        x = rng.randint(40, width - 120)
        draw.rectangle([x, int(height * 0.76), x + 90, int(height * 0.8)], fill=tool)


@motif("vegetables")
def draw_vegetables(draw, width, height, colours, rng):
    """Fresh Nerima vegetables in crates: daikon, cabbages and tomatoes."""
    background, crate, daikon, cabbage, tomato = colours[:5]
    for col in range(3):
        x0 = int(width * (0.03 + col * 0.33))
        draw.rectangle([x0, int(height * 0.55), x0 + int(width * 0.3), int(height * 0.95)], fill=crate)
        for _ in range(7):
            x = rng.randint(x0 + 10, x0 + int(width * 0.3) - 80)
            y = rng.randint(int(height * 0.3), int(height * 0.5))
            if col == 0:
                draw.ellipse([x, y, x + 50, y + 220], fill=daikon)
            elif col == 1:
                draw.ellipse([x, y, x + 110, y + 100], fill=cabbage)
            else:
                draw.ellipse([x, y + 60, x + 70, y + 130], fill=tomato)


@motif("books")
def draw_books(draw, width, height, colours, rng):
    """Shelves of old books with coloured spines."""
    shelf, *spines = colours
    for row in range(4):
        y1 = int(height * (0.24 + row * 0.24))
        draw.rectangle([0, y1, width, y1 + 14], fill=tuple(max(c - 50, 0) for c in shelf))
        x = 10
        while x < width - 10:
            book = rng.randint(18, 46)
            top = y1 - rng.randint(int(height * 0.12), int(height * 0.2))
            draw.rectangle([x, top, x + book, y1], fill=spines[rng.randrange(len(spines))])
            x += book + 3


@motif("cups")
def draw_cups(draw, width, height, colours, rng):
    """Cups of coffee and tea on a wooden counter, steam rising."""
    wall, counter, cup, drink, steam = colours[:5]
    draw.rectangle([0, int(height * 0.62), width, height], fill=counter)
    for i in range(3):
        cx = int(width * (0.2 + i * 0.3))
        top = int(height * 0.45)
        draw.ellipse([cx - 130, int(height * 0.74), cx + 130, int(height * 0.84)], fill=cup)
        draw.rectangle([cx - 90, top, cx + 90, int(height * 0.78)], fill=cup)
        draw.ellipse([cx - 90, top - 26, cx + 90, top + 26], fill=drink)
        draw.arc([cx + 70, top + 30, cx + 150, top + 120], 270, 90, fill=cup, width=18)
        for k in range(3):
            x = cx - 40 + k * 40
            points = [(x + 12 * math.sin(y / 20), y) for y in range(int(height * 0.1), top - 40, 6)]
            draw.line(points, fill=steam, width=6)


@motif("skyline")
def draw_skyline(draw, width, height, colours, rng):
    """Nerima at dusk: low houses, a station, a shopping arcade and fields, all in flat colour."""
    top, bottom, houses, fields, lights = colours[:5]
    _sky(draw, width, height, top, bottom)
    draw.ellipse([int(width * 0.72), int(height * 0.12), int(width * 0.8), int(height * 0.26)], fill=lights)
    draw.rectangle([0, int(height * 0.78), width, height], fill=fields)
    x = 0
    while x < width:
        building_width = rng.randint(60, 160)
        building_top = int(height * rng.uniform(0.45, 0.7))
        draw.rectangle([x, building_top, x + building_width - 6, int(height * 0.8)], fill=houses)
        for wy in range(building_top + 16, int(height * 0.76), 34):
            for wx in range(x + 12, x + building_width - 24, 28):
                if rng.random() < 0.45:
                    draw.rectangle([wx, wy, wx + 12, wy + 14], fill=lights)
        x += building_width
    for row in range(5):
        y = int(height * (0.82 + row * 0.035))
        draw.line([(0, y), (width, y)], fill=tuple(min(c + 25, 255) for c in fields), width=4)
