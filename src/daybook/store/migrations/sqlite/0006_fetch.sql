-- The archive of record: where each captured response lies in the WARC files, and what
-- the fetcher knows of each URL and each day (so that a refusal is never an empty day).
CREATE TABLE captures (
    file TEXT NOT NULL,
    "offset" BIGINT NOT NULL,
    length BIGINT NOT NULL,
    url TEXT NOT NULL,
    fetched_url TEXT NOT NULL,
    captured_at TEXT NOT NULL,
    status INTEGER NOT NULL,
    payload_digest TEXT,
    etag TEXT,
    last_modified TEXT,
    via TEXT NOT NULL,
    PRIMARY KEY (file, "offset")
);
CREATE INDEX captures_by_url ON captures (url, captured_at);
CREATE TABLE fetch_urls (
    url TEXT PRIMARY KEY,
    day TEXT,
    language TEXT,
    state TEXT NOT NULL,
    status INTEGER,
    message TEXT,
    attempts INTEGER NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX fetch_urls_by_day ON fetch_urls (day, language);
CREATE TABLE fetch_days (
    date TEXT NOT NULL,
    language TEXT NOT NULL,
    state TEXT NOT NULL,
    events INTEGER NOT NULL,
    failed INTEGER NOT NULL,
    message TEXT,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (date, language)
);
