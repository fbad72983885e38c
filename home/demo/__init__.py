"""Fictional demo content for the site, and the builder that loads it (see the seed_demo command)."""
