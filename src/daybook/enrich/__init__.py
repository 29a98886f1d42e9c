"""Enrichment: knowledge added to what the parsers read (time zones of places, people, ...).

Each module is pure and loads its data lazily, once per process.
"""
