"""Step 2, check in: participants, invitation lists, erasure on request."""
