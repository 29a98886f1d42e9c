-- daybook schema 4 on PostgreSQL (mirrors SQLite's 0004_search_speed): a filter-only search
-- (kind:meeting, place:Sochi) shows the newest events first, so each filter column is
-- indexed with the date; tag values are looked up without their facet.

DROP INDEX events_by_kind;
CREATE INDEX events_by_kind ON events (kind, date, id, language);
CREATE INDEX events_by_place ON events (place, date);
CREATE INDEX event_tags_by_value_only ON event_tags (value, id, language);
