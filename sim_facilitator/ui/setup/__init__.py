"""Step 1, prepare: details, framework of principles, agenda, guiding questions."""
