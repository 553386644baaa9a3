"""Step 4, organise: clusters, duplicates, mapping to principles, coverage."""
