-- The entries of one settlement are found by its name (record/twins.py: the same name placed a
-- few km apart is one place), on every update that touches a place.
CREATE INDEX record_reports_place_name ON record_reports(place);
CREATE INDEX record_control_places_name ON record_control_places(place);
