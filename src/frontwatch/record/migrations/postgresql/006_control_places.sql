-- The other places one control claim gives to a side: a verb governs every place of the list
-- after it ('Russian forces captured A, B, and C'), yet an event is placed at one of them. One
-- row per further place; the claim's holder, date and claimant are its report's.
CREATE TABLE record_control_places (
    article_id TEXT NOT NULL,
    event_index INTEGER NOT NULL,
    place_key TEXT NOT NULL,
    place TEXT NOT NULL,
    geonameid BIGINT,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    country_code TEXT,
    admin1 TEXT,
    precision TEXT,
    PRIMARY KEY (article_id, event_index, place_key)
);
CREATE INDEX record_control_places_key ON record_control_places(place_key);
-- The verb group that gives a claim's place to a side (gain, regain, leave, holds): a side's
-- withdrawal from a whole region ('Russian forces withdrew from X Oblast') speaks for every
-- settlement of it that side held.
ALTER TABLE record_reports ADD COLUMN control_verb TEXT;
