"""People at work together: meetings and seminars, tour groups with their guide, fairs, a factory."""

import math

from demo.images.canvas import shade
from demo.images.goods import GOODS
from demo.images.registry import motif
from demo.images.workshops import draw_barrels


@motif("meeting")
def draw_meeting(canvas, subject):
    """People around a table, a whiteboard behind; `two` for a conversation across a desk, `seminar` for rows."""
    wall, table, board, person, person_alt = canvas.palette[:5]
    board_x = canvas.between(0.15, 0.45)
    canvas.rect(board_x, 0.06, board_x + canvas.between(0.35, 0.5), 0.38, board)
    for i in range(canvas.rng.randint(2, 5)):
        y = 0.12 + i * 0.055
        canvas.line([(board_x + 0.04, y), (board_x + canvas.between(0.15, 0.32), y)], person_alt, 0.008)
    floor = canvas.between(0.6, 0.7)
    canvas.rect(0, floor, 1, 1, shade(wall, -0.1))
    if subject == "two":
        canvas.person(0.3, 1.0, 0.8, person, facing=1)
        canvas.person(0.7, 1.0, 0.78, person_alt, facing=-1)
        canvas.rect(0.15, 0.72, 0.85, 0.78, table)
        canvas.rect(0.4, 0.68, 0.52, 0.72, (250, 250, 246))
        return
    if subject == "seminar":
        for row in range(3):
            for k in range(canvas.rng.randint(4, 6)):
                x = 0.08 + k * 0.17 + row * 0.04 + canvas.between(-0.02, 0.02)
                canvas.person(
                    x, 1.15 - row * 0.12, 0.55 - row * 0.06, person if (k + row) % 2 else person_alt, seated=True
                )
        canvas.person(board_x + 0.45, floor + 0.05, 0.55, shade(person, -0.3), arms_up=True, facing=-1)
        return
    cx, rx = canvas.between(0.4, 0.6), canvas.between(0.3, 0.4)
    seats = canvas.rng.randint(4, 8)
    for i in range(seats):
        angle = math.pi * (0.05 + i * 0.9 / max(seats - 1, 1))
        x = cx + rx * math.cos(angle)
        y = floor + 0.1 - 0.12 * math.sin(angle)
        canvas.person(x, y + 0.2, 0.5, person if i % 2 else person_alt, seated=True)
    canvas.ellipse(cx - rx, floor + 0.08, cx + rx, 0.98, table)
    for _ in range(canvas.rng.randint(2, 5)):
        x = canvas.between(cx - rx * 0.6, cx + rx * 0.6)
        canvas.rect(x, floor + 0.18, x + 0.05, floor + 0.24, (250, 250, 246))


def _guide_and_group(canvas, floor, clothes):
    """A guide holding up a small flag and a group of visitors listening, nearest largest."""
    guide_x = canvas.pick([canvas.between(0.08, 0.22), canvas.between(0.78, 0.92)])
    facing = 1 if guide_x < 0.5 else -1
    canvas.person(guide_x, floor + 0.2, 0.68, canvas.colour(1), facing=facing, arms_up=True, flag=canvas.colour(4))
    count = canvas.rng.randint(4, 8)
    start, stop = (guide_x + 0.12, 0.98) if facing > 0 else (0.02, guide_x - 0.12)
    for x, y in canvas.scatter(count, start, stop, floor + 0.15, floor + 0.3):
        canvas.person(x, y, 0.5 + (y - floor) * 0.6, canvas.pick(clothes), facing=-facing)


def _factory_line(canvas, floor):
    """A conveyor of jars passing under the lights of a pickle factory."""
    belt = floor - 0.12
    canvas.rect(0, belt, 1, belt + 0.05, (90, 96, 104))
    for k in range(12):
        canvas.circle(k / 11, belt + 0.055, 0.015, (60, 64, 70))
    for k in range(canvas.rng.randint(6, 10)):
        GOODS["jars"](canvas, 0.04 + k * 0.1, belt - 0.04, 0.1, canvas.colour(2))
    for k in range(4):
        x = 0.1 + k * 0.25
        canvas.line([(x, 0), (x, 0.12)], (80, 80, 80), 0.003)
        canvas.ellipse(x - 0.05, 0.12, x + 0.05, 0.16, (255, 246, 200))


def _studio_backdrop(canvas, floor):
    for k in range(canvas.rng.randint(3, 5)):
        x = 0.05 + k * 0.22
        canvas.rect(x, floor - 0.15, x + 0.18, floor - 0.05, canvas.colour(2))
        canvas.rect(x + 0.03, floor - 0.14, x + 0.15, floor - 0.07, (250, 250, 236))
    for k in range(6):
        canvas.rect(0.05 + k * 0.15, 0.1, 0.15 + k * 0.15, 0.24, (250, 248, 240))


def _dyeing_backdrop(canvas, floor):
    for k in range(canvas.rng.randint(3, 6)):
        x = 0.05 + k * 0.17
        canvas.rect(x, 0.02, x + 0.1, floor - 0.05, shade(canvas.colour(2), canvas.between(-0.2, 0.3)))
        for row in range(8):
            canvas.circle(x + 0.05, 0.07 + row * (floor - 0.1) / 8, 0.015, (246, 244, 236))
    canvas.rect(0, floor - 0.06, 1, floor, (196, 164, 120))


def _sweets_counter(canvas, floor):
    canvas.rect(0, floor - 0.14, 1, floor, canvas.colour(2))
    canvas.rect(0, floor - 0.16, 1, floor - 0.14, shade(canvas.colour(2), -0.3))
    for k in range(canvas.rng.randint(5, 9)):
        GOODS["sweets"](canvas, 0.06 + k * 0.11, floor - 0.2, 0.09, canvas.colour(3))


def _pickling_class(canvas, floor):
    canvas.rect(0.05, floor - 0.12, 0.95, floor - 0.06, canvas.colour(2))
    for k in range(canvas.rng.randint(3, 5)):
        x = 0.12 + k * 0.2
        canvas.ellipse(x - 0.06, floor - 0.2, x + 0.06, floor - 0.1, (170, 120, 80))
        canvas.ellipse(x - 0.05, floor - 0.19, x + 0.05, floor - 0.12, (200, 170, 120))
        GOODS["nukazuke"](canvas, x, floor - 0.16, 0.08, None)


TOUR_BACKDROPS = {
    "factory-line": _factory_line,
    "studio": _studio_backdrop,
    "dyeing": _dyeing_backdrop,
    "sweets-counter": _sweets_counter,
    "pickling-class": _pickling_class,
}


@motif("tour")
def draw_tour(canvas, subject):
    """A tour group with its guide; the subject is where they are (a factory line, a studio, a dyeing shop...)."""
    if subject == "barrels":
        draw_barrels(canvas, subject)
        floor = 0.65
    else:
        canvas.rect(0, 0, 1, 1, canvas.colour(0))
        floor = canvas.between(0.58, 0.68)
        canvas.rect(0, floor, 1, 1, shade(canvas.colour(0), -0.25))
        TOUR_BACKDROPS[subject](canvas, floor)
    _guide_and_group(canvas, floor, [canvas.colour(2), canvas.colour(3), shade(canvas.colour(4), -0.3), (90, 110, 150)])


@motif("bunting")
def draw_bunting(canvas, subject):
    """A fair: a hall with rows of booth tents under strings of bunting."""
    sky, hall, tent, flag, flag_alt = canvas.palette[:5]
    horizon = canvas.between(0.65, 0.75)
    canvas.gradient(sky, (255, 255, 255), 0, horizon)
    hall_left = canvas.between(0.05, 0.3)
    canvas.rect(hall_left, canvas.between(0.2, 0.3), hall_left + canvas.between(0.5, 0.65), horizon, hall)
    canvas.rect(0, horizon, 1, 1, shade(hall, -0.2))
    for row in range(canvas.rng.randint(2, 4)):
        y = 0.04 + row * 0.08
        sag = canvas.between(0.02, 0.06)
        for i in range(20):
            x = i / 20
            drop = sag * math.sin(math.pi * x)
            canvas.polygon(
                [(x, y + drop), (x + 0.04, y + drop), (x + 0.02, y + drop + 0.07)], flag if (i + row) % 2 else flag_alt
            )
    tents = canvas.rng.randint(3, 6)
    for i in range(tents):
        x0 = i / tents + 0.01
        x1 = (i + 1) / tents - 0.01
        top = horizon - canvas.between(0.15, 0.22)
        canvas.polygon([(x0, horizon), ((x0 + x1) / 2, top), (x1, horizon)], tent if i % 2 else shade(tent, 0.3))
        canvas.rect(x0 + 0.01, horizon, x1 - 0.01, horizon + 0.12, (250, 250, 250))
    for x, y in canvas.scatter(canvas.rng.randint(3, 8), 0.03, 0.97, horizon + 0.17, 0.99):
        canvas.person(x, y, 0.25, canvas.pick([flag, flag_alt, tent]))


@motif("factory")
def draw_factory(canvas, subject):
    """A small factory with a saw-tooth roof, a chimney and turning gears."""
    sky, building, roof, gear, window = canvas.palette[:5]
    canvas.sky(canvas.pick(["morning", "noon", "afternoon"]), 1)
    base = canvas.between(0.8, 0.88)
    left, right = canvas.between(0.04, 0.15), canvas.between(0.65, 0.8)
    wall_top = canvas.between(0.4, 0.5)
    canvas.rect(left, wall_top, right, base, building)
    teeth = canvas.rng.randint(3, 7)
    tooth = (right - left) / teeth
    for i in range(teeth):
        x0 = left + i * tooth
        canvas.polygon([(x0, wall_top), (x0 + tooth, wall_top - 0.14), (x0 + tooth, wall_top)], roof)
        canvas.rect(x0 + tooth * 0.2, wall_top + 0.1, x0 + tooth * 0.8, wall_top + 0.22, window)
    chimney = canvas.between(left + 0.05, right - 0.08)
    canvas.rect(chimney, wall_top - 0.35, chimney + 0.04, wall_top, roof)
    canvas.rect(0, base, 1, 1, shade(building, -0.3))
    for k, (cx, cy, radius) in enumerate([(0.87, 0.55, 0.09), (0.8, 0.75, 0.06)]):
        turn = canvas.between(0, 1) + k
        for tooth_index in range(10):
            angle = tooth_index * math.pi / 5 + turn
            tx = cx + canvas.size(radius) * math.cos(angle) / canvas.width
            ty = cy + canvas.size(radius) * math.sin(angle) / canvas.height
            canvas.circle(tx, ty, radius * 0.25, gear)
        canvas.circle(cx, cy, radius, gear)
        canvas.circle(cx, cy, radius * 0.35, sky)
