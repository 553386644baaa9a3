"""Step 7, hand off and merge: bundles, conflicts, the national dashboard and synthesis."""
