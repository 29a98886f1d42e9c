"""Renderers from the day model to publishable text: digest, Markdown, HTML. Pure functions."""
