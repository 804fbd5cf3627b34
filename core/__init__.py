"""Bottom layer: records-free helpers every stage shares (errors, Vietnamese text, numbers, places)."""
