"""Animation studios: film frames, desks with light tables, a background painter's easel, sketching in the park."""

import math

from demo.images.canvas import shade
from demo.images.registry import motif


@motif("frames")
def draw_frames(canvas, subject):
    """A strip of animation frames, each with a bouncing ball a little further along."""
    background, strip, frame, ball, shadow = canvas.palette[:5]
    top = canvas.between(0.12, 0.3)
    bottom = top + canvas.between(0.45, 0.6)
    tilt = canvas.between(-0.06, 0.06)
    canvas.polygon([(0, top - tilt), (1, top + tilt), (1, bottom + tilt), (0, bottom - tilt)], strip)
    for k in range(26):
        x = k / 25
        y_shift = tilt * (2 * x - 1)
        canvas.rect(x, top + y_shift + 0.02, x + 0.018, top + y_shift + 0.05, background)
        canvas.rect(x, bottom + y_shift - 0.05, x + 0.018, bottom + y_shift - 0.02, background)
    count = canvas.rng.randint(3, 6)
    phase = canvas.between(0, 1.5)
    for i in range(count):
        x0, x1 = i / count + 0.015, (i + 1) / count - 0.015
        shift = tilt * (x0 + x1 - 1)
        inner_top, inner_bottom = top + shift + 0.07, bottom + shift - 0.07
        canvas.rect(x0, inner_top, x1, inner_bottom, frame)
        bounce = abs(math.sin(i * 0.9 + phase))
        bx = x0 + (x1 - x0) * (0.25 + 0.5 * i / count)
        by = inner_bottom - 0.06 - (inner_bottom - inner_top - 0.14) * bounce
        canvas.ellipse(bx - 0.04, inner_bottom - 0.035, bx + 0.04, inner_bottom - 0.015, shadow)
        canvas.circle(bx, by, 0.035 + 0.01 * (1 - bounce), ball)


def _desk(canvas, x, y, width, height, desk, light, paper):
    canvas.rect(x, y, x + width, y + height, desk)
    canvas.ellipse(x + width * 0.1, y + height * 0.1, x + width * 0.9, y + height * 0.9, light)
    for k in range(canvas.rng.randint(1, 4)):
        px = x + width * canvas.between(0.5, 0.7) + k * 0.004
        canvas.rect(px, y + height * 0.1 + k * 0.006, px + width * 0.25, y + height * 0.45 + k * 0.006, paper)


@motif("desks")
def draw_desks(canvas, subject):
    """A studio floor from above: rows of desks with glowing light boxes or monitors."""
    _floor, desk, light, paper, accent = canvas.palette[:5]
    rows, columns = canvas.rng.randint(2, 3), canvas.rng.randint(3, 5)
    for row in range(rows):
        for col in range(columns):
            if canvas.rng.random() < 0.12:
                continue
            width, height = 0.85 / columns, 0.8 / rows
            x, y = 0.04 + col * 0.92 / columns, 0.06 + row * 0.9 / rows
            _desk(canvas, x, y, width, height, desk, light, paper)
            canvas.circle(x + width * 0.05, y + height, 0.03, accent)


@motif("studio")
def draw_studio(canvas, subject):
    """Inside an animation studio, by subject: light tables and storyboards, a drawing hand, an easel, the park."""
    {
        "light-tables": _light_tables,
        "hand-drawing": _hand_drawing,
        "easel": _easel,
        "park-sketch": _park_sketch,
    }[subject](canvas)


def _light_tables(canvas):
    """Animators at sloping light tables, storyboards pinned on the wall, a screen at the end."""
    wall, desk, light, paper, accent = canvas.palette[:5]
    canvas.rect(0, 0, 1, 1, wall)
    board_y = canvas.between(0.08, 0.16)
    for k in range(canvas.rng.randint(4, 8)):
        x = 0.04 + k * 0.12
        canvas.rect(x, board_y, x + 0.1, board_y + 0.14, paper)
        canvas.rect(x + 0.01, board_y + 0.02, x + 0.09, board_y + 0.08, shade(accent, 0.5))
    screen = canvas.between(0.7, 0.85)
    canvas.rect(screen, 0.3, screen + 0.14, 0.45, (40, 44, 56))
    canvas.rect(screen + 0.01, 0.31, screen + 0.13, 0.44, shade(light, -0.2))
    floor = canvas.between(0.62, 0.72)
    canvas.rect(0, floor, 1, 1, shade(wall, -0.2))
    for i in range(canvas.rng.randint(2, 4)):
        x = 0.05 + i * 0.3 + canvas.between(0, 0.05)
        canvas.person(x + 0.1, floor + 0.2, 0.5, shade(accent, canvas.between(-0.4, 0.2)), seated=True, facing=1)
        canvas.polygon(
            [(x + 0.13, floor - 0.02), (x + 0.3, floor - 0.06), (x + 0.3, floor + 0.05), (x + 0.13, floor + 0.05)], desk
        )
        canvas.polygon(
            [(x + 0.15, floor - 0.01), (x + 0.28, floor - 0.045), (x + 0.28, floor + 0.03), (x + 0.15, floor + 0.03)],
            light,
        )


def _hand_drawing(canvas):
    """Close up on a light table: sheets of drawings glowing from beneath, a hand with a pencil."""
    _wall, desk, light, paper, accent = canvas.palette[:5]
    canvas.rect(0, 0, 1, 1, desk)
    canvas.rect(0.08, 0.08, 0.92, 0.92, light)
    for k in range(canvas.rng.randint(2, 4)):
        dx, dy = canvas.between(-0.04, 0.04), canvas.between(-0.04, 0.04)
        canvas.rect(0.2 + dx, 0.15 + dy, 0.75 + dx, 0.85 + dy, shade(paper, -0.03 * k))
    cx, cy = canvas.between(0.35, 0.55), canvas.between(0.35, 0.6)
    for k in range(3):
        canvas.draw.arc(
            [*canvas.point(cx - 0.12 + k * 0.01, cy - 0.15), *canvas.point(cx + 0.1 + k * 0.01, cy + 0.12)],
            200,
            340,
            fill=(90, 90, 96),
            width=3,
        )
    canvas.circle(cx + 0.02, cy - 0.05, 0.05, shade(accent, 0.3))
    hand = (241, 201, 165)
    hx, hy = cx + 0.15, cy + 0.18
    canvas.ellipse(hx - 0.06, hy - 0.06, hx + 0.1, hy + 0.1, hand)
    canvas.rect(hx + 0.05, hy + 0.05, hx + 0.3, hy + 0.2, shade(accent, -0.3))
    canvas.line([(hx - 0.02, hy - 0.02), (hx - 0.1, hy - 0.12)], (214, 172, 60), 0.012)


def _easel(canvas):
    """A background painter's easel: a painted street scene, jars of poster colour, brushes."""
    wall, desk, light, paper, accent = canvas.palette[:5]
    canvas.rect(0, 0, 1, 1, shade(wall, 0.3))
    floor = canvas.between(0.75, 0.85)
    canvas.rect(0, floor, 1, 1, shade(desk, -0.2))
    x = canvas.between(0.15, 0.45)
    canvas.line([(x + 0.02, floor + 0.1), (x + 0.2, 0.05)], (120, 86, 60), 0.012)
    canvas.line([(x + 0.38, floor + 0.1), (x + 0.2, 0.05)], (120, 86, 60), 0.012)
    canvas.rect(x, 0.12, x + 0.4, 0.62, paper)
    canvas.rect(x + 0.02, 0.14, x + 0.38, 0.4, shade(light, -0.1))
    canvas.rect(x + 0.02, 0.4, x + 0.38, 0.6, shade(accent, 0.2))
    for k in range(canvas.rng.randint(3, 6)):
        bx = x + 0.03 + k * 0.06
        canvas.rect(bx, canvas.between(0.28, 0.36), bx + 0.045, 0.4, shade(desk, -0.1 * k))
    canvas.circle(x + canvas.between(0.08, 0.3), 0.22, 0.04, (255, 236, 180))
    table = x + 0.5 if x < 0.35 else x - 0.3
    canvas.rect(table, floor - 0.2, table + 0.25, floor - 0.17, desk)
    for k in range(5):
        canvas.rect(
            table + 0.01 + k * 0.048, floor - 0.27, table + 0.045 + k * 0.048, floor - 0.2, canvas.colour(k + 1)
        )


def _park_sketch(canvas):
    """A park with trees and a bench, an open sketchbook held up in the foreground."""
    horizon = canvas.between(0.45, 0.6)
    canvas.sky(canvas.pick(["morning", "noon", "afternoon"]), horizon)
    canvas.rect(0, horizon, 1, 1, (130, 176, 100))
    for x in sorted(canvas.between(0, 1) for _ in range(canvas.rng.randint(3, 6))):
        canvas.tree(
            x,
            horizon + canvas.between(0.02, 0.1),
            canvas.between(0.3, 0.5),
            shade((80, 140, 70), canvas.between(-0.2, 0.1)),
        )
    pond = canvas.between(0.1, 0.6)
    canvas.ellipse(pond, horizon + 0.05, pond + 0.35, horizon + 0.15, (140, 190, 220))
    book_x = canvas.between(0.45, 0.7)
    canvas.polygon([(book_x - 0.25, 0.62), (book_x, 0.66), (book_x, 1.02), (book_x - 0.25, 0.98)], (250, 248, 240))
    canvas.polygon([(book_x + 0.25, 0.62), (book_x, 0.66), (book_x, 1.02), (book_x + 0.25, 0.98)], (244, 240, 230))
    for k in range(3):
        canvas.circle(book_x - 0.17 + k * 0.05, 0.78, 0.04, (120, 130, 120))
    canvas.line([(book_x + 0.05, 0.85), (book_x + 0.22, 0.8)], (120, 130, 120), 0.004)
