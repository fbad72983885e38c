"""The fictional demo site: its content as data files, and the builder that loads them (`manage.py seed_demo`)."""
