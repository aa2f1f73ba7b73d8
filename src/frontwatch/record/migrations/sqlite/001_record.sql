-- The record: what frontwatch keeps across articles. Written only by
-- frontwatch.record from the store's articles; stages never read it.
CREATE TABLE record_articles (
    article_id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    pipeline TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
-- the claims ledger: one row per extracted event of a stored article
CREATE TABLE record_reports (
    article_id TEXT NOT NULL,
    event_index INTEGER NOT NULL,
    cluster_id TEXT,
    outlet TEXT,
    source TEXT NOT NULL,          -- the independent source it counts as (a cited outlet, else its own)
    cites TEXT,                    -- the outlet it repeats («riporta la Cnn»), if any
    published TEXT,
    language TEXT,
    event_type TEXT NOT NULL,
    sub_event_type TEXT NOT NULL,
    family TEXT NOT NULL,
    date TEXT,
    date_precision TEXT,
    date_lo TEXT,                  -- the days the report may refer to
    date_hi TEXT,
    actor1 TEXT,
    actor2 TEXT,
    place TEXT,
    place_key TEXT,
    geonameid INTEGER,
    lat REAL,
    lon REAL,
    country_code TEXT,
    admin1 TEXT,
    precision TEXT,
    fatalities INTEGER,
    quantities TEXT NOT NULL,      -- JSON list of {value, unit, qualifier}
    claimed_by TEXT,
    claimant TEXT NOT NULL,        -- claimed_by, else the outlet speaking in its own voice
    claimant_side TEXT,            -- RU, UA, another country code, or 'independent'
    modality TEXT NOT NULL,
    control_holder TEXT,
    control_extent TEXT,
    control_use TEXT,              -- 'control', or why the timeline leaves it out ('towards', …)
    held_by TEXT,                  -- who a report shows holding the place without a control claim: the
                                   -- defender of a told defence ('repelled assaults on X'), or 'contested'
                                   -- for fighting in the place itself
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    evidence_text TEXT NOT NULL,
    PRIMARY KEY (article_id, event_index)
);
CREATE INDEX record_reports_cluster ON record_reports(cluster_id);
CREATE INDEX record_reports_match ON record_reports(family, date_lo);
CREATE INDEX record_reports_place ON record_reports(place_key);
CREATE INDEX record_reports_claimant ON record_reports(claimant);
CREATE TABLE record_clusters (
    cluster_id TEXT PRIMARY KEY,
    family TEXT NOT NULL,
    event_type TEXT NOT NULL,
    sub_event_type TEXT NOT NULL,
    date TEXT,
    date_precision TEXT,
    sort_date TEXT NOT NULL,
    actor1 TEXT,
    actor2 TEXT,
    side1 TEXT,
    side2 TEXT,
    place TEXT,
    place_key TEXT,
    geonameid INTEGER,
    lat REAL,
    lon REAL,
    country_code TEXT,
    admin1 TEXT,
    precision TEXT,
    fatalities INTEGER,
    modality TEXT NOT NULL,
    outlets INTEGER NOT NULL,
    reports INTEGER NOT NULL,
    first_reported TEXT,
    data TEXT NOT NULL             -- JSON: merged fields, claimed_by list, disagreements
);
CREATE INDEX record_clusters_order ON record_clusters(sort_date, cluster_id);
CREATE INDEX record_clusters_place ON record_clusters(place_key);
CREATE TABLE record_contradictions (
    contradiction_id TEXT PRIMARY KEY,
    scope TEXT NOT NULL,           -- what it was derived from: cluster:…, place:…, losses:…
    kind TEXT NOT NULL,
    place TEXT,
    place_key TEXT,
    date TEXT,
    summary TEXT NOT NULL,
    data TEXT NOT NULL             -- JSON: both sides, each with its reports and evidence
);
CREATE INDEX record_contradictions_scope ON record_contradictions(scope);
CREATE INDEX record_contradictions_place ON record_contradictions(place_key);
-- the derived control status of a place: one row per change
CREATE TABLE record_control (
    place_key TEXT NOT NULL,
    place TEXT NOT NULL,
    geonameid INTEGER,
    lat REAL,
    lon REAL,
    country_code TEXT,
    admin1 TEXT,
    from_date TEXT NOT NULL,
    holder TEXT NOT NULL,
    extent TEXT NOT NULL,
    basis TEXT NOT NULL,
    claimants TEXT NOT NULL,
    reports INTEGER NOT NULL,
    PRIMARY KEY (place_key, from_date)
);
CREATE TABLE record_losses (
    claimant TEXT NOT NULL,
    category TEXT NOT NULL,
    kind TEXT NOT NULL,            -- cumulative or daily
    date TEXT NOT NULL,
    value REAL NOT NULL,
    article_id TEXT NOT NULL,
    event_index INTEGER NOT NULL,
    flag TEXT,                     -- 'decrease' or 'jump' against the claimant's previous total
    PRIMARY KEY (claimant, category, kind, article_id, event_index)
);
