"""Rules for user text shared by every layer: cleaning, direction, normalising for search."""
