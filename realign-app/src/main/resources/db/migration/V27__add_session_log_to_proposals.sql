-- The session log version a proposal rests on, so that a proposal whose log was corrected since is
-- superseded rather than left open. Empty for proposals stored before this migration.
-- Portable SQL: runs on H2 (PostgreSQL mode) and PostgreSQL.
ALTER TABLE progression_proposal ADD COLUMN log_id VARCHAR(100);
ALTER TABLE progression_proposal ADD COLUMN log_version INTEGER;
