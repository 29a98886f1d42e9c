-- daybook schema 1 on PostgreSQL: the SQLite schema with native types, JSONB documents and
-- full-text search in tsvector columns (one text search configuration per event language).

-- Accent folding inside the text search configurations ("été" finds "ete" and back).
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION daybook_french (COPY = french);
ALTER TEXT SEARCH CONFIGURATION daybook_french
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
CREATE TEXT SEARCH CONFIGURATION daybook_english (COPY = english);
ALTER TEXT SEARCH CONFIGURATION daybook_english
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
CREATE TEXT SEARCH CONFIGURATION daybook_russian (COPY = russian);
ALTER TEXT SEARCH CONFIGURATION daybook_russian
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, russian_stem;
CREATE TEXT SEARCH CONFIGURATION daybook_simple (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION daybook_simple
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;

-- Every version of every event ever read; the current one is also in events.
CREATE TABLE revisions (
    id           TEXT NOT NULL,
    language     TEXT NOT NULL,
    revision     INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    doc          JSONB NOT NULL,
    origin       TEXT,
    ingested_at  TEXT NOT NULL,            -- ISO text, kept verbatim so a copy is exact
    PRIMARY KEY (id, language, revision)
);

CREATE TABLE events (
    id             TEXT NOT NULL,
    language       TEXT NOT NULL,
    date           DATE NOT NULL,
    number         INTEGER NOT NULL,
    start          TEXT,                   -- as the source wrote it, with its offset
    start_utc      TIMESTAMPTZ,
    timezone       TEXT,
    place          TEXT,
    kind           TEXT NOT NULL,
    title          TEXT NOT NULL,
    lead           TEXT,
    url            TEXT,
    published      TIMESTAMPTZ,
    announced_date DATE,
    content_hash   TEXT NOT NULL,
    revision       INTEGER NOT NULL,
    doc            JSONB NOT NULL,         -- the event's contract JSON
    first_seen     TEXT NOT NULL,
    last_changed   TEXT NOT NULL,
    PRIMARY KEY (id, language),
    -- An event row can never point at a revision that is not stored.
    FOREIGN KEY (id, language, revision) REFERENCES revisions (id, language, revision)
);
CREATE INDEX events_by_date ON events (date, language);
CREATE INDEX events_by_kind ON events (kind);

-- What a digest says of a whole day (its title and principal).
CREATE TABLE days (
    date      DATE NOT NULL,
    language  TEXT NOT NULL,
    title     TEXT,
    principal TEXT,
    origin    TEXT,
    PRIMARY KEY (date, language)
);

-- Daily listing pages: which ids a page shows for each date, in the page's order.
CREATE TABLE listing_entries (
    page_url  TEXT NOT NULL,
    page_date DATE NOT NULL,
    position  INTEGER NOT NULL,
    event_id  TEXT NOT NULL,
    date      DATE NOT NULL,
    time      TEXT,
    title     TEXT,
    complete  BOOLEAN NOT NULL,            -- true when the page shows the whole date group
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

-- Blocks of the current revision, one row each, for search hits and snippets. ``tsv`` is
-- built with the configuration of the event's language (see postgres.TS_CONFIGS).
CREATE TABLE blocks (
    rowid      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id         TEXT NOT NULL,
    language   TEXT NOT NULL,
    seq        INTEGER NOT NULL,           -- 0 is the title and lead, 1.. the blocks
    type       TEXT NOT NULL,
    speaker    TEXT,
    provenance TEXT NOT NULL,
    text       TEXT NOT NULL,
    config     REGCONFIG NOT NULL,
    tsv        TSVECTOR NOT NULL
);
CREATE INDEX blocks_by_event ON blocks (id, language);
CREATE INDEX blocks_tsv ON blocks USING GIN (tsv);

-- One row per file read: what it was and how it went.
CREATE TABLE ingest_log (
    seq      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    path     TEXT NOT NULL,
    sha256   TEXT,
    reader   TEXT,
    status   TEXT NOT NULL,                -- ok | failed | skipped
    message  TEXT,
    at       TEXT NOT NULL
);
