-- The skin markers found on a photo that fit no point of its view's marker set: shown to the
-- practitioner to name or remove, never guessed. A JSON array of {x, y, diameter, confidence,
-- uncertainty, rgb}; NULL for photos stored before markers were looked for.
-- Portable SQL: runs on H2 (PostgreSQL mode) and PostgreSQL.
ALTER TABLE assessment_view ADD COLUMN unassigned_markers_json TEXT;
