-- Issue 16: one spasm, one episode, also across corrections of a session. An episode opened from
-- a session log names the log and the spasm (exercise, side, region), so that a correction that
-- adds a spasm opens its episode and one that only changes the severity opens none.
-- Portable SQL: runs on H2 (PostgreSQL mode) and PostgreSQL.
ALTER TABLE spasm_episode ADD COLUMN session_log_id VARCHAR(100);
ALTER TABLE spasm_episode ADD COLUMN session_spasm_key VARCHAR(300);

CREATE INDEX spasm_episode_session_idx ON spasm_episode (session_log_id);
