"""The demo content, one module per section of the site.

Pages are listed parents first, and a page comes after the pages it refers to; the
builder creates them in this order (builder.validate checks it).
"""

from home.demo.data import anime, crafts, pickles, shops, site, snippets, stories, support, tourism

# Support programmes come before the profiles, whose stories link to them.
_SECTIONS = [support, shops, pickles, crafts, anime, tourism, stories]

IMAGES = [*site.IMAGES, *(image for section in _SECTIONS for image in getattr(section, "IMAGES", []))]

SNIPPETS = snippets.SNIPPETS
CONTACT_OFFICE = "commerce-office"

HOME = site.HOME
PAGES = [*site.INDEXES, *site.STANDARD_PAGES, *(page for section in _SECTIONS for page in section.PAGES)]
