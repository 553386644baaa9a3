"""Step 3, capture: ideas typed as fast as people speak, the agenda timer."""
