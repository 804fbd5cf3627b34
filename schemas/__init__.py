"""Records (pydantic) and the one DuckDB schema."""
