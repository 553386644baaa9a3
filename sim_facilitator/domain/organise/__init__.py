"""Organise: clusters, duplicate merging, mapping ideas and clusters to the principles.

One job per module: ``changeset`` (undoable change sets and the recorder),
``reads`` (principles, clusters, live ideas, creation times), ``clusters``,
``merges`` (merging, resolving options, the merged groups), ``duplicates``
(suggested duplicates) and ``mappings`` (strengths and coverage). Import names
from the module that defines them; this package re-exports nothing.
"""
