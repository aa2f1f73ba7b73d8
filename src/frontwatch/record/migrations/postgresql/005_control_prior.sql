-- The side a control claim's verb says held the place just before: 'Ukrainian forces
-- recaptured X' and 'Russian forces withdrew from X' both tell that Russia held X until then.
-- Filled when reports are read (a rebuild fills it for reports read before).
ALTER TABLE record_reports ADD COLUMN control_prior TEXT;
