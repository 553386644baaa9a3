"""Photos of flipcharts and sticky walls on the laptop: added, shown, captioned, removed."""
