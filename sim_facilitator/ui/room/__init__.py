"""The room: the desktop side of phones joining the workshop (join screen, session, status)."""
