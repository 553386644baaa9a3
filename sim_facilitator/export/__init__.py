"""Files made for others: signed sync bundles, minutes, CSV — Qt-free."""
