"""Hostile input: files that are not files, pages that exhaust a parser, impossible dates,
text no format can carry, terminal escapes, odd paths, hostile servers, a tampered model."""
