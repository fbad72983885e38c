"""The alt text an image gets where it is used: written for that use, never the file name.

Wagtail falls back to an image's title, and a title defaults to the uploaded file's name, in
the source language, on every language version of the page. Here the order is: the alt text
written beside the image on the page (an ImageBlock's, translated with the page), else the
image's description, else none at all (an empty alt, as for a decorative image).
"""


def image_alt_text(image, written_for_this_use=""):
    if image is None:
        return ""
    if getattr(image, "decorative", False):
        return ""
    return written_for_this_use or getattr(image, "contextual_alt_text", None) or image.description or ""
