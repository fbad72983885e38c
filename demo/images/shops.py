"""Shops and what they sell: shop fronts with their goods in the window, still lifes of one product, and displays."""

from demo.images.canvas import shade
from demo.images.goods import GOODS, steam
from demo.images.registry import motif

TILE = (70, 74, 82)
# Shops whose goods are sold under a striped awning; the others hang a noren curtain at the door.
AWNING_SHOPS = {"bread", "hardware", "tofu"}


@motif("shopfront")
def draw_shopfront(canvas, subject):
    """A shop seen from across the street: its roof or signboard, a noren or an awning, goods in the window."""
    horizon = canvas.between(0.82, 0.9)
    time = canvas.pick(["morning", "noon", "afternoon", "dusk"])
    canvas.sky(time, 0.3)
    left = canvas.between(0.02, 0.2)
    right = min(left + canvas.between(0.7, 0.85), 0.99)
    top = canvas.between(0.1, 0.22)
    wood, noren = canvas.colour(2), canvas.colour(1)
    # Neighbours at the edges, so the shop sits in a street.
    canvas.rect(0, top + 0.05, left, horizon, shade(canvas.colour(0), -0.15))
    canvas.rect(right, top + 0.08, 1, horizon, shade(canvas.colour(4), 0.5))
    canvas.rect(left, top, right, horizon, wood)
    if canvas.rng.random() < 0.5:
        # A tiled roof with eaves.
        canvas.polygon(
            [
                (left - 0.04, top + 0.06),
                (right + 0.04, top + 0.06),
                (right - 0.03, top - 0.05),
                (left + 0.03, top - 0.05),
            ],
            TILE,
        )
        for k in range(14):
            x = left - 0.03 + k * (right - left + 0.06) / 14
            canvas.line([(x, top - 0.04), (x - 0.01, top + 0.06)], shade(TILE, 0.25), 0.003)
    canvas.rect(left + 0.08, top + 0.08, right - 0.08, top + 0.16, shade(canvas.colour(4), -0.2))
    canvas.rect(left + 0.1, top + 0.095, right - 0.1, top + 0.145, shade(canvas.colour(0), 0.3))
    door_on_left = canvas.rng.random() < 0.5
    split = left + (right - left) * canvas.between(0.35, 0.5)
    door = (left + 0.03, split) if door_on_left else (split, right - 0.03)
    window = (split + 0.02, right - 0.03) if door_on_left else (left + 0.03, split - 0.02)
    canvas.rect(door[0], top + 0.22, door[1], horizon, shade(wood, -0.45))
    if subject not in AWNING_SHOPS:
        panels = canvas.rng.randint(2, 5)
        width = (door[1] - door[0]) / panels
        for i in range(panels):
            canvas.rect(
                door[0] + i * width + 0.004,
                top + 0.2,
                door[0] + (i + 1) * width - 0.004,
                top + 0.2 + canvas.between(0.22, 0.3),
                noren,
            )
    else:
        stripes = 8
        width = (right - left) / stripes
        for i in range(stripes):
            fill = noren if i % 2 == 0 else (250, 246, 238)
            canvas.polygon(
                [
                    (left + i * width, top + 0.18),
                    (left + (i + 1) * width, top + 0.18),
                    (left + (i + 1) * width + 0.01, top + 0.27),
                    (left + i * width + 0.01, top + 0.27),
                ],
                fill,
            )
    sill = horizon - canvas.between(0.12, 0.2)
    canvas.rect(window[0], top + 0.3, window[1], sill, shade(canvas.colour(0), 0.2))
    canvas.rect(window[0], sill, window[1], horizon, shade(wood, -0.2))
    draw_item = GOODS[subject]
    shelves = canvas.rng.randint(1, 3)
    for shelf in range(shelves):
        y = top + 0.3 + (sill - top - 0.3) * (shelf + 1) / (shelves + 0.2)
        canvas.rect(window[0], y, window[1], y + 0.012, shade(wood, 0.2))
        count = canvas.rng.randint(3, 6)
        size = min((window[1] - window[0]) * canvas.width / count / min(canvas.width, canvas.height) * 0.8, 0.1)
        for i in range(count):
            x = window[0] + (window[1] - window[0]) * (i + 0.5) / count
            draw_item(canvas, x, y - canvas.size(size) / canvas.height * 0.5, size, canvas.colour(3))
    canvas.rect(0, horizon, 1, 1, shade(canvas.colour(4), 0.25))
    if canvas.rng.random() < 0.5:
        plant_x = canvas.between(left, right)
        canvas.rect(plant_x - 0.02, horizon - 0.06, plant_x + 0.02, horizon, (150, 90, 60))
        canvas.circle(plant_x, horizon - 0.09, 0.05, (80, 130, 70))


@motif("still-life")
def draw_still_life(canvas, subject):
    """One product laid out on a table, seen from a seeded height: a few pieces, a plate or tray, a cloth."""
    horizon = canvas.between(0.3, 0.6)
    canvas.gradient(shade(canvas.colour(0), 0.2), canvas.colour(0), 0, horizon)
    table = canvas.colour(4)
    canvas.rect(0, horizon, 1, 1, table)
    for k in range(canvas.rng.randint(3, 7)):
        y = horizon + (1 - horizon) * (k + canvas.between(0.2, 0.8)) / 7
        canvas.line([(0, y), (1, y + canvas.between(-0.01, 0.01))], shade(table, -0.12), 0.003)
    if canvas.rng.random() < 0.6:
        cloth_x = canvas.between(-0.1, 0.5)
        canvas.polygon(
            [(cloth_x, horizon + 0.05), (cloth_x + 0.5, horizon + 0.02), (cloth_x + 0.6, 1), (cloth_x - 0.05, 1)],
            canvas.colour(1),
        )
    centre_x, centre_y = canvas.between(0.35, 0.65), horizon + (1 - horizon) * canvas.between(0.4, 0.55)
    if canvas.rng.random() < 0.7:
        plate = shade(canvas.colour(3), 0.6)
        canvas.ellipse(centre_x - 0.33, centre_y - 0.16, centre_x + 0.33, centre_y + 0.2, shade(plate, -0.15))
        canvas.ellipse(centre_x - 0.3, centre_y - 0.14, centre_x + 0.3, centre_y + 0.17, plate)
    draw_item = GOODS[subject]
    count = canvas.rng.randint(2, 5)
    size = canvas.between(0.3, 0.42) * (1.2 if count < 3 else 1)
    for x, y in sorted(
        canvas.scatter(count, centre_x - 0.22, centre_x + 0.22, centre_y - 0.06, centre_y + 0.08), key=lambda p: p[1]
    ):
        draw_item(canvas, x, y, size, canvas.colour(2))
    if subject in ("coffee", "tea"):
        steam(canvas, centre_x, centre_y - 0.2, size)
    # A second, smaller thing behind: the same goods in the background, or a cup of tea.
    back_x = canvas.pick([0.12, 0.86])
    draw_item(canvas, back_x, horizon + 0.04, size * 0.6, shade(canvas.colour(2), 0.3))


@motif("vegetables")
def draw_vegetables(canvas, subject):
    """Crates of fresh vegetables on a stall: daikon, cabbages and tomatoes."""
    daikon, cabbage, tomato = (248, 248, 240), canvas.colour(3), canvas.colour(4)
    crate = canvas.colour(1)
    top = canvas.between(0.45, 0.6)
    columns = canvas.rng.randint(3, 4)
    kinds = ["daikon", "cabbage", "tomato"]
    canvas.rng.shuffle(kinds)
    for col in range(columns):
        kind = kinds[col % 3]
        x0 = col / columns + 0.01
        x1 = (col + 1) / columns - 0.01
        for _ in range(canvas.rng.randint(5, 9)):
            x = canvas.between(x0 + 0.03, x1 - 0.06)
            y = canvas.between(top - 0.2, top - 0.02)
            if kind == "daikon":
                canvas.ellipse(x, y - 0.05, x + 0.035, y + 0.3, daikon)
                canvas.polygon(
                    [(x, y - 0.05), (x + 0.035, y - 0.05), (x + 0.05, y - 0.14), (x - 0.015, y - 0.14)], (96, 150, 70)
                )
            elif kind == "cabbage":
                canvas.circle(x + 0.03, y + 0.04, 0.07, shade(cabbage, canvas.between(-0.1, 0.1)))
            else:
                canvas.circle(x + 0.02, y + 0.08, 0.04, shade(tomato, canvas.between(-0.1, 0.1)))
        canvas.rect(x0, top, x1, 0.97, crate)
        for k in range(3):
            y = top + 0.08 + k * (0.97 - top) / 3
            canvas.line([(x0, y), (x1, y)], shade(crate, -0.25), 0.006)


@motif("cups")
def draw_cups(canvas, subject):
    """Cups of coffee on a wooden counter, steam rising, a drip stand behind."""
    counter = canvas.between(0.55, 0.68)
    canvas.rect(0, counter, 1, 1, canvas.colour(1))
    canvas.rect(0, counter - 0.02, 1, counter, shade(canvas.colour(1), -0.3))
    count = canvas.rng.randint(2, 4)
    for i in range(count):
        x = (i + 0.5) / count + canvas.between(-0.04, 0.04)
        GOODS["coffee"](canvas, x, counter + 0.1, canvas.between(0.25, 0.35), canvas.colour(3))
        steam(canvas, x, counter - 0.05, 0.3)
    stand = canvas.between(0.1, 0.9)
    canvas.rect(stand - 0.005, counter - 0.35, stand + 0.005, counter, shade(canvas.colour(1), -0.5))
    canvas.rect(stand - 0.005, counter - 0.35, stand + 0.08, counter - 0.33, shade(canvas.colour(1), -0.5))
    canvas.polygon(
        [(stand + 0.04, counter - 0.32), (stand + 0.12, counter - 0.32), (stand + 0.08, counter - 0.2)], (244, 240, 230)
    )


@motif("books")
def draw_books(canvas, subject):
    """Shelves of second-hand books with spines in many colours."""
    shelf = canvas.colour(0)
    rows = canvas.rng.randint(3, 5)
    for row in range(rows):
        bottom = (row + 1) / rows - 0.02
        canvas.rect(0, bottom, 1, bottom + 0.025, shade(shelf, -0.4))
        x = canvas.between(0, 0.03)
        while x < 0.98:
            width = canvas.between(0.015, 0.04)
            height = canvas.between(0.55, 0.85) / rows
            if canvas.rng.random() < 0.08:
                # A book lying flat, or a gap.
                x += width * 2
                continue
            canvas.rect(
                x, bottom - height, x + width, bottom, canvas.colour(canvas.rng.randint(1, len(canvas.palette) - 1))
            )
            x += width + 0.003
