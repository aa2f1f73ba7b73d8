-- The SQLite schema (../001_initial.sql) in PostgreSQL's types: the whole
-- Document as JSON, coordinates as double precision, times as timestamptz.
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    language TEXT,
    published TEXT,
    title TEXT,
    url TEXT,
    outlet TEXT,
    source_path TEXT,
    processed_at TIMESTAMPTZ NOT NULL,
    pipeline TEXT NOT NULL,
    doc JSON NOT NULL  -- JSON, not JSONB: kept as written, so an export is the same byte for byte
);
CREATE TABLE duplicates (
    id TEXT PRIMARY KEY,
    same_as TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    source_path TEXT,
    seen_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE entities (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    text TEXT NOT NULL, label TEXT NOT NULL, canonical TEXT
);
CREATE INDEX entities_article ON entities(article_id);
CREATE INDEX entities_canonical ON entities(canonical);
CREATE TABLE toponyms (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    name TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION, country_code TEXT, admin1 TEXT,
    geonameid BIGINT, precision TEXT
);
CREATE INDEX toponyms_article ON toponyms(article_id);
CREATE TABLE events (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL,
    date TEXT, date_precision TEXT, actor1 TEXT, actor2 TEXT,
    location_name TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION, country_code TEXT,
    fatalities INTEGER, claimed_by TEXT, modality TEXT,
    evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL,
    PRIMARY KEY (article_id, n)
);
CREATE INDEX events_type_date ON events(event_type, date);
CREATE TABLE read_errors (
    source TEXT NOT NULL,
    article_id TEXT,
    message TEXT NOT NULL,
    at TIMESTAMPTZ NOT NULL,  -- first seen; the same problem seen again is not a new row
    PRIMARY KEY (source, message)
);
