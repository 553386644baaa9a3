"""Flipchart and sticky-wall photos: images made safe (``images``), stored as
records pointing to their content by hash (``records``)."""
