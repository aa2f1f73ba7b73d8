-- How a report's evidence names its place (named, reference, towards, unanchored): a place
-- named only as a reference point ('20 km east of X') is not the place a claim is about.
ALTER TABLE record_reports ADD COLUMN place_role TEXT;
-- a claimant's loss reports, and an article's loss figures, found without a scan
DROP INDEX record_reports_claimant;
CREATE INDEX record_reports_claimant ON record_reports(claimant, sub_event_type);
CREATE INDEX record_losses_report ON record_losses(article_id);
