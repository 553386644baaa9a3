"""The frame around the work: start-up, main window, home, welcome, recovery, settings, help."""
