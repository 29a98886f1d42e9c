"""The read-only web site, JSON API and feeds (``daybook serve``)."""
