-- A phone on a flaky connection sends a finished session again until it hears back. Each send
-- carries the same client-generated Idempotency-Key; the first answer is kept here so that a
-- replay gets the original outcome and the session is stored once (the unique constraint holds
-- even when two retries race). Portable SQL: runs on H2 (PostgreSQL mode) and PostgreSQL.
CREATE TABLE session_replay (
    client_id        BIGINT NOT NULL REFERENCES client (id),
    idempotency_key  VARCHAR(100) NOT NULL,
    log_id           VARCHAR(100) NOT NULL,
    status           INTEGER NOT NULL,
    answer_json      TEXT NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT session_replay_key_unique UNIQUE (client_id, idempotency_key)
);
