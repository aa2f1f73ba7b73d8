-- News feeds followed by `frontwatch feeds`, and the items already read from each,
-- so that a poll fetches only what is new.
CREATE TABLE feeds (
    url TEXT PRIMARY KEY,
    added_at TEXT NOT NULL,
    polled_at TEXT
);
CREATE TABLE feed_items (
    feed_url TEXT NOT NULL REFERENCES feeds(url) ON DELETE CASCADE,
    item TEXT NOT NULL,
    article_id TEXT,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (feed_url, item)
);
