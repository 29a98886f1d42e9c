-- daybook schema 1: events in one language each, their revisions, days, listings, search index.

CREATE TABLE events (
    id             TEXT NOT NULL,
    language       TEXT NOT NULL,
    date           TEXT NOT NULL,
    number         INTEGER NOT NULL,
    start          TEXT,
    start_utc      TEXT,
    timezone       TEXT,
    place          TEXT,
    kind           TEXT NOT NULL,
    title          TEXT NOT NULL,
    lead           TEXT,
    url            TEXT,
    published      TEXT,
    announced_date TEXT,
    content_hash   TEXT NOT NULL,
    revision       INTEGER NOT NULL,
    doc            TEXT NOT NULL,          -- the event's contract JSON
    first_seen     TEXT NOT NULL,
    last_changed   TEXT NOT NULL,
    PRIMARY KEY (id, language)
);
CREATE INDEX events_by_date ON events (date, language);
CREATE INDEX events_by_kind ON events (kind);

-- Every version of every event ever read; the current one is also in events.
CREATE TABLE revisions (
    id           TEXT NOT NULL,
    language     TEXT NOT NULL,
    revision     INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    doc          TEXT NOT NULL,
    origin       TEXT,
    ingested_at  TEXT NOT NULL,
    PRIMARY KEY (id, language, revision)
);

-- What a digest says of a whole day (its title and principal).
CREATE TABLE days (
    date      TEXT NOT NULL,
    language  TEXT NOT NULL,
    title     TEXT,
    principal TEXT,
    origin    TEXT,
    PRIMARY KEY (date, language)
);

-- Daily listing pages: which ids a page shows for each date, in the page's order.
CREATE TABLE listing_entries (
    page_url  TEXT NOT NULL,
    page_date TEXT NOT NULL,
    position  INTEGER NOT NULL,
    event_id  TEXT NOT NULL,
    date      TEXT NOT NULL,
    time      TEXT,
    title     TEXT,
    complete  INTEGER NOT NULL,            -- 1 when the page shows the whole date group
    PRIMARY KEY (page_url, position)
);
CREATE INDEX listing_by_date ON listing_entries (date);

-- Facets: one row per participant, speaker and tag of the current revision.
CREATE TABLE event_people (
    id        TEXT NOT NULL,
    language  TEXT NOT NULL,
    name      TEXT NOT NULL,
    role      TEXT,
    relation  TEXT NOT NULL,               -- participant | speaker | tagged
    person_id TEXT
);
CREATE INDEX event_people_by_event ON event_people (id, language);
CREATE INDEX event_people_by_name ON event_people (name);

CREATE TABLE event_tags (
    id       TEXT NOT NULL,
    language TEXT NOT NULL,
    facet    TEXT NOT NULL,                -- geography | topics | persons
    value    TEXT NOT NULL
);
CREATE INDEX event_tags_by_event ON event_tags (id, language);
CREATE INDEX event_tags_by_value ON event_tags (facet, value);

-- Blocks of the current revision, one row each, for search hits and snippets.
CREATE TABLE blocks (
    rowid      INTEGER PRIMARY KEY,
    id         TEXT NOT NULL,
    language   TEXT NOT NULL,
    seq        INTEGER NOT NULL,           -- 0 is the title and lead, 1.. the blocks
    type       TEXT NOT NULL,
    speaker    TEXT,
    provenance TEXT NOT NULL,
    text       TEXT NOT NULL
);
CREATE INDEX blocks_by_event ON blocks (id, language);

CREATE VIRTUAL TABLE blocks_fts USING fts5 (
    text,
    content = 'blocks',
    content_rowid = 'rowid',
    tokenize = "unicode61 remove_diacritics 2"
);

-- One row per file read: what it was and how it went.
CREATE TABLE ingest_log (
    path     TEXT NOT NULL,
    sha256   TEXT,
    reader   TEXT,
    status   TEXT NOT NULL,                -- ok | failed | skipped
    message  TEXT,
    at       TEXT NOT NULL
);
