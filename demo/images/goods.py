"""Goods drawn small, for shop windows, and large, for still lifes: one function per kind of thing.

Each draws one item centred on (x, y) whose size is a fraction of the picture's shorter side.
"""

import math

from demo.images.canvas import shade

WHITE = (248, 246, 240)
RICE = (250, 248, 242)
BEAN = (96, 48, 52)
PASTELS = [(240, 176, 188), (178, 214, 160), (250, 222, 140), (196, 176, 226), (250, 250, 244)]


def _w(canvas, size):
    return canvas.size(size) / canvas.width


def _h(canvas, size):
    return canvas.size(size) / canvas.height


def sweets(canvas, x, y, size, colour):
    """A namagashi: a pastel mound shaped like a flower."""
    canvas.flower(x, y, size * 0.55, canvas.pick(PASTELS), shade(colour, 0.4), petals=canvas.rng.randint(5, 6))


def monaka(canvas, x, y, size, colour):
    """A daikon-shaped wafer: a long pale shell with a grid pressed into it."""
    w, h = _w(canvas, size) * 0.4, _h(canvas, size) * 0.9
    shell = (226, 196, 146)
    canvas.ellipse(x - w, y - h * 0.5, x + w, y + h * 0.5, shell)
    for k in range(1, 4):
        canvas.line(
            [(x - w * 0.7, y - h * 0.5 + k * h / 4), (x + w * 0.7, y - h * 0.5 + k * h / 4)], shade(shell, -0.2), 0.003
        )
    canvas.polygon([(x - w * 0.6, y - h * 0.45), (x, y - h * 0.8), (x + w * 0.6, y - h * 0.45)], (120, 160, 80))


def daifuku(canvas, x, y, size, colour):
    canvas.circle(x, y, size * 0.45, RICE)
    canvas.circle(x - _w(canvas, size) * 0.1, y - _h(canvas, size) * 0.1, size * 0.2, WHITE)
    for _ in range(3):
        canvas.circle(
            x + _w(canvas, size) * canvas.between(-0.3, 0.3),
            y + _h(canvas, size) * canvas.between(-0.2, 0.3),
            size * 0.04,
            BEAN,
        )


def tea(canvas, x, y, size, colour):
    """A tea caddy: a cylinder with a lid and a label band."""
    w, h = _w(canvas, size) * 0.3, _h(canvas, size) * 0.5
    canvas.rect(x - w, y - h, x + w, y + h, colour)
    canvas.rect(x - w, y - h - h * 0.2, x + w, y - h, shade(colour, -0.35))
    canvas.rect(x - w, y - h * 0.2, x + w, y + h * 0.3, (240, 232, 210))


def croquette(canvas, x, y, size, colour):
    w, h = _w(canvas, size) * 0.5, _h(canvas, size) * 0.32
    canvas.ellipse(x - w, y - h, x + w, y + h, (206, 146, 72))
    for _ in range(6):
        canvas.circle(
            x + w * canvas.between(-0.7, 0.7), y + h * canvas.between(-0.6, 0.6), size * 0.04, (232, 186, 110)
        )


def bread(canvas, x, y, size, colour):
    w, h = _w(canvas, size) * 0.55, _h(canvas, size) * 0.3
    crust = canvas.pick([(196, 132, 70), (214, 160, 90), (170, 110, 60)])
    canvas.ellipse(x - w, y - h, x + w, y + h, crust)
    for k in range(3):
        dx = (k - 1) * w * 0.45
        canvas.line([(x + dx - w * 0.12, y - h * 0.5), (x + dx + w * 0.12, y + h * 0.3)], shade(crust, 0.35), 0.006)


def pot(canvas, x, y, size, colour):
    w, h = _w(canvas, size) * 0.45, _h(canvas, size) * 0.3
    metal = canvas.pick([(150, 156, 162), (120, 110, 100), (184, 120, 80)])
    canvas.rect(x - w, y - h, x + w, y + h, metal)
    canvas.ellipse(x - w, y - h * 1.3, x + w, y - h * 0.7, shade(metal, 0.3))
    canvas.rect(x + w, y - h * 0.6, x + w * 1.5, y - h * 0.4, shade(metal, -0.4))


def knife(canvas, x, y, size, colour):
    w, h = _w(canvas, size) * 0.6, _h(canvas, size) * 0.08
    canvas.polygon([(x - w, y - h), (x + w * 0.2, y - h), (x + w * 0.35, y + h), (x - w, y + h * 1.4)], (214, 220, 226))
    canvas.rect(x + w * 0.2, y - h * 0.8, x + w, y + h * 0.8, (96, 64, 44))


def bottle(canvas, x, y, size, colour):
    """A sake bottle: tall, dark glass, with a paper label."""
    w, h = _w(canvas, size) * 0.16, _h(canvas, size) * 0.6
    glass = canvas.pick([(40, 78, 60), (90, 60, 40), (40, 50, 80)])
    canvas.rect(x - w, y - h * 0.5, x + w, y + h, glass)
    canvas.polygon([(x - w, y - h * 0.5), (x + w, y - h * 0.5), (x + w * 0.4, y - h), (x - w * 0.4, y - h)], glass)
    canvas.rect(x - w * 0.8, y, x + w * 0.8, y + h * 0.5, (244, 238, 222))


def cloth(canvas, x, y, size, colour):
    """A bolt of kimono cloth standing on end, with a small repeated pattern."""
    w, h = _w(canvas, size) * 0.25, _h(canvas, size) * 0.6
    base = canvas.pick([colour, shade(colour, 0.4), shade(colour, -0.3)])
    canvas.rect(x - w, y - h, x + w, y + h, base)
    for row in range(6):
        for col in range(2):
            canvas.circle(x - w * 0.5 + col * w, y - h * 0.8 + row * h * 0.32, size * 0.04, shade(base, 0.5))


def tofu(canvas, x, y, size, colour):
    w, h = _w(canvas, size) * 0.4, _h(canvas, size) * 0.28
    canvas.rect(x - w, y - h, x + w, y + h, WHITE)
    canvas.polygon(
        [(x - w, y - h), (x - w * 0.7, y - h * 1.4), (x + w * 1.3, y - h * 1.4), (x + w, y - h)], (255, 255, 252)
    )
    canvas.polygon(
        [(x + w, y - h), (x + w * 1.3, y - h * 1.4), (x + w * 1.3, y + h * 0.6), (x + w, y + h)], (226, 226, 218)
    )


def daikon(canvas, x, y, size, colour):
    """A whole daikon lying on its side, leaves to the left."""
    w, h = _w(canvas, size) * 0.9, _h(canvas, size) * 0.12
    canvas.polygon(
        [
            (x - w, y - h * 0.6),
            (x + w * 0.8, y - h * 0.5),
            (x + w, y),
            (x + w * 0.8, y + h * 0.5),
            (x - w, y + h * 0.8),
        ],
        WHITE,
    )
    for k in range(3):
        canvas.polygon(
            [(x - w, y - h * 0.3), (x - w * 1.5, y - h * (2.2 - k)), (x - w * 1.3, y + h * k * 0.4)], (96, 150, 70)
        )


def takuan(canvas, x, y, size, colour):
    """Slices of yellow takuan fanned out."""
    for k in range(4):
        dx = _w(canvas, size) * (k - 1.5) * 0.22
        canvas.circle(x + dx, y, size * 0.28, shade((236, 196, 70), -0.05 * k))
        canvas.circle(x + dx, y, size * 0.2, (246, 218, 110))


def pickled_white(canvas, x, y, size, colour):
    """Bettarazuke: a white daikon piece glistening with grains of rice koji."""
    w, h = _w(canvas, size) * 0.5, _h(canvas, size) * 0.2
    canvas.ellipse(x - w, y - h, x + w, y + h, (244, 240, 226))
    for _ in range(10):
        canvas.circle(x + w * canvas.between(-0.8, 0.8), y + h * canvas.between(-0.6, 0.6), size * 0.025, RICE)


def vegetable_slices(canvas, x, y, size, colour):
    """Nukazuke: slices of cucumber, aubergine and carrot."""
    kinds = [((70, 120, 60), (190, 210, 150)), ((70, 40, 80), (220, 210, 180)), ((226, 120, 50), (240, 160, 90))]
    skin, flesh = canvas.pick(kinds)
    canvas.circle(x, y, size * 0.3, skin)
    canvas.circle(x, y, size * 0.24, flesh)


def jar(canvas, x, y, size, colour):
    """A glass jar of pickles with a coloured lid."""
    w, h = _w(canvas, size) * 0.35, _h(canvas, size) * 0.5
    canvas.rect(x - w, y - h, x + w, y + h, (214, 232, 226))
    canvas.rect(x - w * 0.9, y - h * 0.4, x + w * 0.9, y + h * 0.95, (236, 226, 170))
    for _ in range(5):
        canvas.circle(
            x + w * canvas.between(-0.6, 0.6), y + h * canvas.between(-0.2, 0.8), size * 0.06, (246, 242, 220)
        )
    canvas.rect(x - w * 1.05, y - h * 1.2, x + w * 1.05, y - h, colour)


def book(canvas, x, y, size, colour):
    """A book lying open, a drawing on each page."""
    w, h = _w(canvas, size) * 0.6, _h(canvas, size) * 0.35
    canvas.polygon([(x - w, y - h), (x, y - h * 0.8), (x, y + h), (x - w, y + h * 0.8)], WHITE)
    canvas.polygon([(x + w, y - h), (x, y - h * 0.8), (x, y + h), (x + w, y + h * 0.8)], (240, 236, 226))
    canvas.circle(x - w * 0.5, y, size * 0.12, colour)
    canvas.rect(x + w * 0.25, y - h * 0.4, x + w * 0.75, y + h * 0.3, shade(colour, 0.4))


def cup(canvas, x, y, size, colour):
    w, h = _w(canvas, size) * 0.35, _h(canvas, size) * 0.3
    canvas.rect(x - w, y - h, x + w, y + h, WHITE)
    canvas.ellipse(x - w, y - h * 1.3, x + w, y - h * 0.7, colour)
    canvas.ellipse(x - w * 1.4, y + h * 0.8, x + w * 1.4, y + h * 1.3, shade(WHITE, -0.1))


def steam(canvas, x, y, size):
    for k in range(3):
        dx = _w(canvas, size) * (k - 1) * 0.25
        points = [
            (x + dx + _w(canvas, size) * 0.06 * math.sin(t / 2), y - _h(canvas, size) * t / 10) for t in range(12)
        ]
        canvas.line(points, (250, 250, 250), 0.005)


GOODS = {
    "sweets": sweets,
    "monaka": monaka,
    "daifuku": daifuku,
    "tea": tea,
    "croquettes": croquette,
    "bread": bread,
    "hardware": pot,
    "knives": knife,
    "sake": bottle,
    "kimono": cloth,
    "tofu": tofu,
    "daikon": daikon,
    "takuan": takuan,
    "bettarazuke": pickled_white,
    "nukazuke": vegetable_slices,
    "jars": jar,
    "books": book,
    "coffee": cup,
}
