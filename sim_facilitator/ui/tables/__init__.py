"""The Tables tab: breakout tables, the live overview and the report-back projector."""
