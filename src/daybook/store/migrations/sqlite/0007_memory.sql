-- daybook schema 7: the translation memory. Sentence pairs a person translated, aligned from
-- a publisher's edited digest against the page of the same event in the source language;
-- read before any engine (daybook.translate.memory). Its own tables: aligning never touches
-- an event's content hash nor makes a revision.
CREATE TABLE tm_segments (
    src_lang   TEXT NOT NULL,
    dst_lang   TEXT NOT NULL,
    event_id   TEXT NOT NULL,
    src_key    TEXT NOT NULL,                 -- sha1 of the normalised source
    tgt_key    TEXT NOT NULL,                 -- sha1 of the target as written
    source     TEXT NOT NULL,
    target     TEXT NOT NULL,
    src_norm   TEXT NOT NULL,                 -- what fuzzy matching compares
    n_chars    INTEGER NOT NULL,              -- length of src_norm: the fuzzy length band
    head       TEXT NOT NULL,                 -- first words of src_norm: fuzzy candidates
    tail       TEXT NOT NULL,                 -- last words of src_norm: fuzzy candidates
    provenance TEXT NOT NULL,                 -- human
    date       TEXT NOT NULL,                 -- the digest's date
    source_url TEXT,
    created    TEXT NOT NULL,
    PRIMARY KEY (src_lang, dst_lang, event_id, src_key, tgt_key)
);
CREATE INDEX tm_segments_by_key ON tm_segments (src_key, src_lang, dst_lang, date);
CREATE INDEX tm_segments_by_head ON tm_segments (src_lang, dst_lang, head, n_chars);
CREATE INDEX tm_segments_by_tail ON tm_segments (src_lang, dst_lang, tail, n_chars);
CREATE INDEX tm_segments_by_date ON tm_segments (date);

-- One row per aligned pair of renditions of an event: which revisions were aligned, and
-- how much of them; an unchanged pair is not aligned again.
CREATE TABLE tm_alignments (
    event_id   TEXT NOT NULL,
    src_lang   TEXT NOT NULL,
    dst_lang   TEXT NOT NULL,
    src_hash   TEXT NOT NULL,
    dst_hash   TEXT NOT NULL,
    blocks     INTEGER NOT NULL,              -- target blocks with text
    aligned    INTEGER NOT NULL,              -- of them aligned with a source block
    segments   INTEGER NOT NULL,              -- pairs stored
    aligned_at TEXT NOT NULL,
    PRIMARY KEY (event_id, src_lang, dst_lang)
);
