"""Step 6, record: actions, decisions and summary, the minutes."""
