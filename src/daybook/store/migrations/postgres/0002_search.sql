-- daybook schema 2 on PostgreSQL (mirrors SQLite's 0002_search): each block's tsvector holds
-- both its stems in the event's language (weight D) and its accent-folded words as written
-- (weight A), so one GIN lookup matches stems, exact words and prefixes, and exact words rank
-- higher. Rows written at schema 1 are rebuilt here.

UPDATE blocks SET tsv = setweight(to_tsvector(config, text), 'D')
    || setweight(to_tsvector('daybook_simple', text), 'A');

CREATE INDEX event_people_by_person ON event_people (person_id);
CREATE INDEX events_by_date_desc ON events (date DESC);
