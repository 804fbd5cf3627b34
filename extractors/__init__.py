"""Extractors: tables, metadata, facts, model statuses, references."""
