-- A coarse grid cell (0.1 degree) for each located report: the reports near a point are found
-- by index in the nine cells around it, on the days that matter, instead of by a range on latitude.
ALTER TABLE record_reports ADD COLUMN cell INTEGER;
UPDATE record_reports SET cell = CAST(floor((lat + 90) * 10) AS INTEGER) * 10000 + CAST(floor((lon + 180) * 10) AS INTEGER)
    WHERE lat IS NOT NULL;
DROP INDEX record_reports_near;
CREATE INDEX record_reports_cell ON record_reports(family, cell, date_lo);
