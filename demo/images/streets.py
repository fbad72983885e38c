"""Outdoor scenes: shopping streets, the town skyline, the station square and a summer festival."""

from demo.images.canvas import shade
from demo.images.registry import motif

AWNING_WHITE = (250, 246, 238)


@motif("street")
def draw_street(canvas, subject):
    """A shopping street: an arcade in perspective, a tree-lined avenue or an evening lane."""
    {"arcade": _arcade, "lanterns": _arcade_lanterns, "avenue": _avenue, "lane": _lane}[subject or "arcade"](canvas)


def _receding_shops(canvas, vanish_x, horizon, count, side, colours, roof):
    """Shop fronts along one side of a street seen down its length, nearest first."""
    edge = 0.0 if side < 0 else 1.0
    for i in range(count):
        near, far = (i / count) ** 0.7, ((i + 1) / count) ** 0.7
        x_near, x_far = edge + (vanish_x - edge) * near, edge + (vanish_x - edge) * far
        top_near, top_far = roof + (horizon - 0.05 - roof) * near, roof + (horizon - 0.05 - roof) * far
        bottom_near, bottom_far = 1 - (1 - horizon) * near, 1 - (1 - horizon) * far
        wall = colours[i % len(colours)]
        canvas.polygon([(x_near, top_near), (x_far, top_far), (x_far, bottom_far), (x_near, bottom_near)], wall)
        awning_top_near, awning_top_far = (
            top_near + (bottom_near - top_near) * 0.2,
            top_far + (bottom_far - top_far) * 0.2,
        )
        drop = 0.06 * (1 - near)
        stripes = 4
        for s in range(stripes):
            a, b = s / stripes, (s + 1) / stripes
            xa, xb = x_near + (x_far - x_near) * a, x_near + (x_far - x_near) * b
            ya, yb = (
                awning_top_near + (awning_top_far - awning_top_near) * a,
                awning_top_near + (awning_top_far - awning_top_near) * b,
            )
            fill = canvas.colour(1) if s % 2 == 0 else AWNING_WHITE
            canvas.polygon([(xa, ya), (xb, yb), (xb, yb + drop * (1 - b)), (xa, ya + drop * (1 - a))], fill)
        window_top = top_near + (bottom_near - top_near) * 0.45
        canvas.polygon(
            [
                (x_near, window_top),
                (x_far, window_top + (top_far - top_near) * 0.5),
                (x_far, bottom_far),
                (x_near, bottom_near),
            ],
            shade(wall, -0.25),
        )


def _arcade(canvas, lantern_scale=1.0):
    vanish_x, horizon = canvas.between(0.35, 0.65), canvas.between(0.42, 0.55)
    canvas.rect(0, 0, 1, 1, shade(canvas.colour(0), -0.1))
    # The arcade roof: glass panels converging on the vanishing point.
    canvas.polygon(
        [(0, 0), (1, 0), (vanish_x + 0.04, horizon - 0.12), (vanish_x - 0.04, horizon - 0.12)], canvas.colour(0)
    )
    ribs = canvas.rng.randint(5, 9)
    for i in range(ribs + 1):
        x = i / ribs
        canvas.line([(x, 0), (vanish_x + (x - 0.5) * 0.08, horizon - 0.12)], canvas.colour(4), 0.006)
    canvas.polygon(
        [(0, 1), (1, 1), (vanish_x + 0.03, horizon), (vanish_x - 0.03, horizon)], shade(canvas.colour(3), -0.15)
    )
    for i in range(8):
        share = (i / 8) ** 1.6
        y = 1 - (1 - horizon) * share
        canvas.line([(0, y), (1, y)], shade(canvas.colour(3), -0.25), 0.003)
    walls = [canvas.colour(3), shade(canvas.colour(3), -0.1), shade(canvas.colour(4), 0.5)]
    count = canvas.rng.randint(4, 7)
    _receding_shops(canvas, vanish_x, horizon, count, -1, walls, 0.12)
    _receding_shops(canvas, vanish_x, horizon, count, 1, walls[::-1], 0.12)
    for depth in range(canvas.rng.randint(5, 8)):
        share = (depth / 8) ** 0.8
        y = 0.06 + (horizon - 0.2) * share
        spread = 0.42 * (1 - share)
        for x in (vanish_x - spread, vanish_x, vanish_x + spread):
            canvas.lantern(x, y, 0.035 * lantern_scale * (1 - share * 0.85), canvas.colour(2))
    for x, _ in canvas.scatter(canvas.rng.randint(2, 6), 0.15, 0.85, 0, 1):
        share = canvas.between(0.1, 0.7)
        base = 1 - (1 - horizon) * share
        canvas.person(
            vanish_x + (x - vanish_x) * (1 - share), base, 0.42 * (1 - share), canvas.colour(canvas.rng.randint(1, 4))
        )


def _arcade_lanterns(canvas):
    """Lanterns close up under the arcade roof, the street behind them."""
    _arcade(canvas, lantern_scale=0.6)
    count = canvas.rng.randint(4, 6)
    canvas.line([(0, 0.05), (1, 0.09)], canvas.colour(4), 0.006)
    for i in range(count):
        x = (i + 0.5) / count + canvas.between(-0.03, 0.03)
        canvas.lantern(
            x, 0.06 + 0.04 * x, canvas.between(0.07, 0.1), canvas.colour(2), glow=shade(canvas.colour(2), 0.6)
        )


def _avenue(canvas):
    horizon = canvas.between(0.5, 0.62)
    canvas.sky(canvas.pick(["morning", "noon", "afternoon"]), horizon)
    road = canvas.between(0.78, 0.86)
    canvas.rect(0, horizon, 1, road, shade(canvas.colour(3), -0.05))
    canvas.rect(0, road, 1, 1, shade(canvas.colour(4), 0.35))
    x = canvas.between(-0.1, 0)
    while x < 1:
        width = canvas.between(0.12, 0.22)
        top = canvas.between(0.22, 0.4)
        wall = canvas.pick([canvas.colour(3), shade(canvas.colour(3), -0.12), shade(canvas.colour(0), -0.2)])
        canvas.rect(x, top, x + width - 0.01, road, wall)
        canvas.rect(x + 0.01, road - 0.2, x + width - 0.02, road, shade(wall, -0.35))
        canvas.rect(x + 0.02, top + 0.04, x + width - 0.03, top + 0.09, canvas.colour(4))
        canvas.polygon(
            [
                (x, road - 0.24),
                (x + width - 0.01, road - 0.24),
                (x + width + 0.01, road - 0.18),
                (x - 0.02, road - 0.18),
            ],
            canvas.colour(1),
        )
        x += width
    autumn = canvas.rng.random() < 0.3
    leaves = (214, 130, 60) if autumn else canvas.colour(1)
    for i in range(canvas.rng.randint(3, 5)):
        tx = (i + canvas.between(0.3, 0.7)) / 4.5
        canvas.tree(tx, road + 0.06, canvas.between(0.55, 0.75), shade(leaves, canvas.between(-0.2, 0.1)))
    for x, y in canvas.scatter(canvas.rng.randint(1, 4), 0.05, 0.95, road + 0.06, 0.98):
        canvas.person(x, y, 0.3, canvas.colour(canvas.rng.randint(1, 4)))


def _lane(canvas):
    """A narrow lane at nightfall: eaves on both sides and glowing lanterns."""
    time = canvas.pick(["dusk", "evening"])
    vanish_x, horizon = canvas.between(0.4, 0.6), canvas.between(0.45, 0.55)
    canvas.sky(time, horizon)
    canvas.polygon(
        [(0, 1), (1, 1), (vanish_x + 0.02, horizon), (vanish_x - 0.02, horizon)], shade(canvas.colour(4), 0.1)
    )
    walls = [shade(canvas.colour(4), 0.2), shade(canvas.colour(1), -0.2)]
    count = canvas.rng.randint(3, 6)
    _receding_shops(canvas, vanish_x, horizon, count, -1, walls, canvas.between(0.05, 0.2))
    _receding_shops(canvas, vanish_x, horizon, count, 1, walls[::-1], canvas.between(0.05, 0.2))
    for i in range(count * 2):
        share = (i / (count * 2)) ** 0.8
        side = -1 if i % 2 else 1
        x = vanish_x + side * (0.45 * (1 - share))
        y = 0.3 + (horizon - 0.3) * share
        canvas.lantern(x, y, 0.045 * (1 - share * 0.8), canvas.colour(2), glow=shade(canvas.colour(2), 0.3))


@motif("skyline")
def draw_skyline(canvas, subject):
    """The town at dusk or by day: low houses, lit windows and fields in front."""
    horizon = canvas.between(0.74, 0.82)
    canvas.gradient(canvas.colour(0), canvas.colour(1), 0, horizon)
    canvas.circle(canvas.between(0.1, 0.9), canvas.between(0.1, 0.3), canvas.between(0.04, 0.07), canvas.colour(4))
    canvas.rect(0, horizon, 1, 1, canvas.colour(3))
    x = 0.0
    while x < 1:
        width = canvas.between(0.05, 0.13)
        top = canvas.between(0.42, horizon - 0.08)
        canvas.rect(x, top, x + width - 0.005, horizon + 0.01, shade(canvas.colour(2), canvas.between(-0.15, 0.1)))
        for wy in range(int((horizon - top) / 0.045)):
            for wx in range(int(width / 0.025)):
                if canvas.rng.random() < 0.45:
                    left, upper = x + 0.01 + wx * 0.025, top + 0.02 + wy * 0.045
                    canvas.rect(left, upper, left + 0.01, upper + 0.018, canvas.colour(4))
        x += width
    if subject != "painted":
        canvas.rect(0, horizon - 0.02, 1, horizon - 0.01, shade(canvas.colour(2), -0.3))
        train_x = canvas.between(0, 0.6)
        canvas.rect(train_x, horizon - 0.07, train_x + 0.35, horizon - 0.02, (236, 236, 230))
        canvas.rect(train_x, horizon - 0.045, train_x + 0.35, horizon - 0.04, canvas.colour(2))
    for row in range(5):
        y = horizon + 0.03 + row * (1 - horizon) / 5
        canvas.line([(0, y), (1, y + canvas.between(-0.02, 0.02))], shade(canvas.colour(3), 0.15), 0.006)


@motif("plaza")
def draw_plaza(canvas, subject):
    """A civic building on a station square, with trees and people crossing."""
    horizon = canvas.between(0.72, 0.82)
    canvas.sky(canvas.pick(["noon", "afternoon", "morning"]), horizon)
    canvas.rect(0, horizon, 1, 1, canvas.colour(4))
    left = canvas.between(0.2, 0.35)
    right = left + canvas.between(0.35, 0.5)
    canvas.rect(left, canvas.between(0.1, 0.2), right, horizon, canvas.colour(1))
    for row in range(12):
        y = 0.22 + row * 0.045
        if y > horizon - 0.05:
            break
        for col in range(int((right - left) / 0.045)):
            x = left + 0.015 + col * 0.045
            canvas.rect(x, y, x + 0.03, y + 0.03, canvas.colour(2))
    for x in sorted(canvas.between(0.02, 0.98) for _ in range(canvas.rng.randint(3, 6))):
        if not left - 0.05 < x < right + 0.05:
            canvas.tree(x, horizon + 0.04, canvas.between(0.3, 0.45), canvas.colour(3))
    for x, y in canvas.scatter(canvas.rng.randint(3, 7), 0.05, 0.95, horizon + 0.08, 0.97):
        canvas.person(x, y, 0.22 + (y - horizon) * 0.5, shade(canvas.colour(2), canvas.between(-0.5, 0.3)))


@motif("festival")
def draw_festival(canvas, subject):
    """A summer festival at nightfall: a yagura stage strung with lanterns, people in happi coats."""
    horizon = canvas.between(0.55, 0.65)
    canvas.sky(canvas.pick(["dusk", "evening"]), horizon)
    canvas.rect(0, horizon, 1, 1, shade(canvas.colour(4), 0.15))
    centre = canvas.between(0.35, 0.65)
    wood = canvas.colour(4)
    canvas.rect(centre - 0.14, horizon - 0.08, centre + 0.14, horizon + 0.12, wood)
    canvas.rect(centre - 0.1, horizon - 0.3, centre + 0.1, horizon - 0.08, shade(wood, 0.2))
    canvas.polygon(
        [(centre - 0.15, horizon - 0.3), (centre + 0.15, horizon - 0.3), (centre, horizon - 0.42)], shade(wood, -0.3)
    )
    canvas.rect(centre - 0.12, horizon - 0.06, centre + 0.12, horizon - 0.0, canvas.colour(1))
    canvas.circle(centre, horizon - 0.19, 0.06, shade(canvas.colour(1), -0.3))
    for side in (-1, 1):
        for i in range(8):
            share = i / 8
            x = centre + side * (0.1 + share * 0.6)
            y = horizon - 0.38 + share * share * 0.25
            canvas.lantern(x, y, 0.02, canvas.colour(2) if i % 2 else (248, 240, 222), glow=None)
    for x, y in canvas.scatter(canvas.rng.randint(5, 9), 0.03, 0.97, horizon + 0.15, 0.98):
        canvas.person(
            x,
            y,
            0.3 + (y - horizon) * 0.3,
            canvas.pick([canvas.colour(1), canvas.colour(3)]),
            arms_up=canvas.rng.random() < 0.3,
        )
