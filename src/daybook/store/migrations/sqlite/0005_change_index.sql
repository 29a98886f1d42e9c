-- When the archive last changed (ETag, Last-Modified, feeds): one index lookup, not a scan
-- of every event document.
CREATE INDEX events_by_change ON events (last_changed);
