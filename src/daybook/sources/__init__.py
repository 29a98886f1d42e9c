"""Readers of raw input: decode a file, tell its format, hand it to the right parser."""
