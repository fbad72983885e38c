"""The drawing surface the scenes share: coordinates as fractions of the picture, colour helpers and people.

Scenes place everything in fractions of the width and height, so a picture drawn small
(as the tests do) has the same composition as the full-size one.
"""

import math

from PIL import ImageDraw

# Sky gradients (top, bottom) and how much of the scene's light they cast, by time of day.
TIMES_OF_DAY = {
    "morning": ((168, 206, 232), (252, 236, 206)),
    "noon": ((120, 180, 226), (214, 234, 248)),
    "afternoon": ((150, 196, 222), (246, 226, 190)),
    "dusk": ((92, 84, 140), (246, 168, 110)),
    "evening": ((28, 36, 74), (112, 78, 120)),
}
SKIN_TONES = [(241, 201, 165), (224, 172, 132), (250, 214, 186), (198, 144, 108)]
HAIR = [(43, 38, 36), (70, 52, 40), (30, 30, 34), (120, 110, 104)]


def rgb(hex_colour):
    hex_colour = hex_colour.lstrip("#")
    return tuple(int(hex_colour[i : i + 2], 16) for i in (0, 2, 4))


def shade(colour, amount):
    """Lighter (amount > 0) or darker (amount < 0), by a fraction of the way to white or black."""
    target = 255 if amount > 0 else 0
    return tuple(int(c + (target - c) * abs(amount)) for c in colour)


def mix(a, b, share):
    return tuple(int(x + (y - x) * share) for x, y in zip(a, b, strict=True))


class Canvas:
    """A Pillow drawing addressed in fractions, with the picture's palette and seeded randomness."""

    def __init__(self, image, palette, rng):
        self.image = image
        self.draw = ImageDraw.Draw(image)
        self.width, self.height = image.size
        self.palette = palette
        self.rng = rng

    def colour(self, index):
        return self.palette[index % len(self.palette)]

    def pick(self, options):
        return options[self.rng.randrange(len(options))]

    def between(self, low, high):
        return self.rng.uniform(low, high)

    def point(self, x, y):
        return (x * self.width, y * self.height)

    def size(self, fraction):
        """A length that scales with the picture's shorter side (circles stay round)."""
        return fraction * min(self.width, self.height)

    def rect(self, x0, y0, x1, y1, fill, outline=None, width=1):
        box = [*self.point(min(x0, x1), min(y0, y1)), *self.point(max(x0, x1), max(y0, y1))]
        self.draw.rectangle(box, fill=fill, outline=outline, width=width)

    def ellipse(self, x0, y0, x1, y1, fill):
        self.draw.ellipse([*self.point(min(x0, x1), min(y0, y1)), *self.point(max(x0, x1), max(y0, y1))], fill=fill)

    def circle(self, x, y, radius, fill):
        """A round circle of `radius` (a fraction of the shorter side) centred on (x, y)."""
        cx, cy = self.point(x, y)
        r = self.size(radius)
        self.draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=fill)

    def polygon(self, points, fill):
        self.draw.polygon([self.point(x, y) for x, y in points], fill=fill)

    def line(self, points, fill, width=0.004):
        self.draw.line([self.point(x, y) for x, y in points], fill=fill, width=max(int(self.size(width)), 1))

    def gradient(self, top, bottom, y0=0.0, y1=1.0):
        start, stop = int(self.height * y0), int(self.height * y1)
        for y in range(start, stop):
            share = (y - start) / max(stop - start - 1, 1)
            self.draw.line([(0, y), (self.width, y)], fill=mix(top, bottom, share))

    def sky(self, time, horizon):
        """The sky down to the horizon, with the sun or moon placed by the seed."""
        top, bottom = TIMES_OF_DAY[time]
        self.gradient(top, bottom, 0, horizon)
        x, y = self.between(0.1, 0.9), horizon * self.between(0.2, 0.6)
        if time == "evening":
            self.circle(x, y, 0.04, (250, 240, 210))
        elif time in ("dusk", "morning"):
            self.circle(x, horizon * 0.85, 0.07, (255, 214, 150))
        else:
            self.circle(x, y, 0.05, (255, 244, 200))

    def person(self, x, base, height, clothes, *, facing=0, arms_up=False, seated=False, flag=None):
        """A standing (or seated) figure from its feet at (x, base); `height` is a fraction of the picture.

        `arms_up` raises the arm on the side it faces, holding up a small flag of colour `flag` if given.
        """
        skin, hair = self.pick(SKIN_TONES), self.pick(HAIR)
        head = height * 0.13
        body_top = base - height * (0.62 if seated else 0.82)
        hip = base - height * (0.2 if seated else 0.42)
        half = height * 0.12 * self.height / self.width
        if not seated:
            legs = shade(clothes, -0.45)
            self.rect(x - half * 0.8, hip, x - half * 0.15, base, legs)
            self.rect(x + half * 0.15, hip, x + half * 0.8, base, legs)
        self.polygon(
            [(x - half, body_top), (x + half, body_top), (x + half * 1.15, hip), (x - half * 1.15, hip)], clothes
        )
        self.ellipse(x - half, body_top - half * 0.3, x + half, body_top + half * 0.6, clothes)
        if arms_up:
            side = facing or 1
            hand = (x + side * half * 2.2, body_top - head * 1.5)
            self.line([(x + side * half, body_top + head * 0.3), hand], clothes, 0.012)
            if flag:
                pole = hand[1] - head * 1.2
                self.line([hand, (hand[0], pole)], (90, 90, 90), 0.004)
                self.polygon(
                    [(hand[0], pole), (hand[0] + side * half * 1.6, pole + head * 0.3), (hand[0], pole + head * 0.6)],
                    flag,
                )
        head_x = x + facing * half * 0.15
        head_half = head * 0.5 * self.height / self.width
        self.ellipse(head_x - head_half, body_top - head * 1.05, head_x + head_half, body_top - head * 0.05, skin)
        self.draw.chord(
            [
                *self.point(head_x - head_half, body_top - head * 1.1),
                *self.point(head_x + head_half, body_top - head * 0.45),
            ],
            180,
            360,
            fill=hair,
        )

    def lantern(self, x, y, radius, body, glow=None):
        """A paper chochin lantern hanging from (x, y)."""
        if glow:
            self.circle(x, y + self.size(radius) / self.height * 1.2, radius * 1.8, glow)
        cx, cy = self.point(x, y)
        r = self.size(radius)
        self.draw.ellipse([cx - r * 0.8, cy, cx + r * 0.8, cy + r * 2.4], fill=body)
        band = shade(body, -0.55)
        self.draw.rectangle([cx - r * 0.5, cy - r * 0.15, cx + r * 0.5, cy + r * 0.2], fill=band)
        self.draw.rectangle([cx - r * 0.5, cy + r * 2.2, cx + r * 0.5, cy + r * 2.55], fill=band)

    def tree(self, x, base, height, leaves, trunk=(110, 80, 52)):
        """A round-crowned tree standing at (x, base), `height` a fraction of the picture's height."""
        self.rect(x - 0.008, base - height * 0.55, x + 0.008, base, trunk)
        radius = height * 0.3 * self.height / min(self.width, self.height)
        unit_x, unit_y = min(self.width, self.height) / self.width, min(self.width, self.height) / self.height
        for _ in range(5):
            dx, dy = self.between(-1, 1) * radius * unit_x, self.between(-0.6, 0.4) * radius * unit_y
            self.circle(x + dx, base - height * 0.75 + dy, radius * 0.75, leaves)

    def scatter(self, count, x0, x1, y0, y1):
        """`count` seeded points in a box, left to right."""
        return sorted((self.between(x0, x1), self.between(y0, y1)) for _ in range(count))

    def flower(self, x, y, radius, petal, centre, petals=5):
        turn = self.between(0, math.pi)
        for k in range(petals):
            angle = turn + k * 2 * math.pi / petals
            px = x + self.size(radius * 0.6) * math.cos(angle) / self.width
            py = y + self.size(radius * 0.6) * math.sin(angle) / self.height
            self.circle(px, py, radius * 0.5, petal)
        self.circle(x, y, radius * 0.3, centre)
