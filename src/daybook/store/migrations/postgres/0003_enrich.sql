-- daybook schema 3 on PostgreSQL (mirrors SQLite's 0003_enrich): the enrichment tables, with
-- the same names and columns and native types. Filled by `daybook enrich`; never touches an
-- event's content hash nor makes a revision.

-- The people registry: curated people and those learned from the sources.
CREATE TABLE people (
    person_id TEXT PRIMARY KEY,
    name      TEXT NOT NULL,                 -- preferred name
    external  JSONB,                         -- external ids
    curated   BOOLEAN NOT NULL DEFAULT false
);

CREATE TABLE person_names (
    person_id TEXT NOT NULL,
    name      TEXT NOT NULL,
    language  TEXT,
    PRIMARY KEY (person_id, name)
);
CREATE INDEX person_names_by_name ON person_names (name);

-- Roles held, bounded by the dates of the events that name them.
CREATE TABLE person_roles (
    person_id TEXT NOT NULL,
    role      TEXT NOT NULL,
    language  TEXT,
    date_from DATE,
    date_to   DATE
);
CREATE INDEX person_roles_by_person ON person_roles (person_id);

-- Every participant, speaker and Persons tag of an event, linked to a person.
CREATE TABLE person_links (
    event_id  TEXT NOT NULL,
    language  TEXT NOT NULL,
    name      TEXT NOT NULL,
    relation  TEXT NOT NULL,                 -- participant | speaker | tagged
    person_id TEXT,
    role      TEXT
);
CREATE INDEX person_links_by_event ON person_links (event_id, language);
CREATE INDEX person_links_by_person ON person_links (person_id);

-- People, organisations and places named in the text, offsets into a text unit.
CREATE TABLE entities (
    event_id   TEXT NOT NULL,
    language   TEXT NOT NULL,
    seq        INTEGER NOT NULL,             -- 0 title + lead, 1.. the blocks
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    type       TEXT NOT NULL,                -- person | org | place
    entity_id  TEXT,
    source     TEXT NOT NULL                 -- model | gazetteer | registry
);
CREATE INDEX entities_by_event ON entities (event_id, language);
CREATE INDEX entities_by_entity ON entities (entity_id);

CREATE TABLE figures (
    event_id   TEXT NOT NULL,
    language   TEXT NOT NULL,
    seq        INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    value      DOUBLE PRECISION NOT NULL,    -- SQLite's REAL is 8 bytes too
    unit       TEXT,
    context    TEXT NOT NULL                 -- the sentence that gives the figure
);
CREATE INDEX figures_by_event ON figures (event_id, language);

CREATE TABLE dates (
    event_id   TEXT NOT NULL,
    language   TEXT NOT NULL,
    seq        INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    value      DATE NOT NULL,
    end_value  DATE                          -- last day of a span ("30 et 31 octobre")
);
CREATE INDEX dates_by_event ON dates (event_id, language);
CREATE INDEX dates_by_value ON dates (value);

CREATE TABLE block_languages (
    event_id   TEXT NOT NULL,
    language   TEXT NOT NULL,
    seq        INTEGER NOT NULL,
    detected   TEXT,
    confidence DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (event_id, language, seq)
);

-- Which revision of each event the enrich step has done, for resuming.
CREATE TABLE enrich_done (
    event_id     TEXT NOT NULL,
    language     TEXT NOT NULL,
    revision     INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    version      INTEGER NOT NULL,
    done_at      TEXT NOT NULL,              -- ISO text, as the other ingestion times
    PRIMARY KEY (event_id, language)
);
