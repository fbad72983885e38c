"""The motifs the scene modules draw, by name: `@motif("name")` registers a function(canvas, subject)."""

MOTIFS = {}


def motif(name):
    def register(function):
        MOTIFS[name] = function
        return function

    return register
