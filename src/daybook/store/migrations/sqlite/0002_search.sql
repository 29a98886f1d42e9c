-- daybook schema 2: search. A stemmed copy of each block beside its text, both in one FTS5
-- index; stems are made in Python (Snowball, in the block's language) by SQLiteStore._index,
-- so rows written before this migration have an empty stem until their event is re-read.
--
-- Each event gets a stable integer key, and a block's rowid is key * 2^20 + seq: the index
-- then yields the event of a hit without a join, which keeps ranking per event cheap.

CREATE TABLE event_keys (
    key      INTEGER PRIMARY KEY,
    id       TEXT NOT NULL,
    language TEXT NOT NULL,
    UNIQUE (id, language)
);
INSERT INTO event_keys (id, language) SELECT id, language FROM events ORDER BY date, id;

ALTER TABLE blocks ADD COLUMN stem TEXT NOT NULL DEFAULT '';

DROP TABLE blocks_fts;

UPDATE blocks SET rowid = -rowid;
UPDATE blocks SET rowid = seq + 1048576 * (
    SELECT k.key FROM event_keys k WHERE k.id = blocks.id AND k.language = blocks.language);

CREATE VIRTUAL TABLE blocks_fts USING fts5 (
    text,
    stem,
    content = 'blocks',
    content_rowid = 'rowid',
    tokenize = "unicode61 remove_diacritics 2"
);

INSERT INTO blocks_fts (blocks_fts) VALUES ('rebuild');

CREATE INDEX blocks_by_speaker ON blocks (speaker);
CREATE INDEX event_people_by_person ON event_people (person_id);
CREATE INDEX events_by_place ON events (place);
