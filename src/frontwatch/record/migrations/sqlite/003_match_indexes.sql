-- The reports a new report may join, found by index whatever way they share its place:
-- the same entry, a point close by, the same oblast, or the country alone.
CREATE INDEX record_reports_near ON record_reports(family, lat);
CREATE INDEX record_reports_region ON record_reports(family, admin1, date_lo);
CREATE INDEX record_reports_vague ON record_reports(family, precision, date_lo);
CREATE INDEX record_reports_entry ON record_reports(place_key, family, date_lo);
