-- Audit log: who changed which official data, when, from where, before/after.
CREATE TABLE audit_entry (
    id           BIGSERIAL PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(100)             NOT NULL,
    actor_ip     VARCHAR(64),
    module       VARCHAR(40)              NOT NULL,
    entity_type  VARCHAR(80)              NOT NULL,
    entity_id    VARCHAR(200)             NOT NULL,
    action       VARCHAR(40)              NOT NULL,
    before_value JSONB,
    after_value  JSONB
);
CREATE INDEX audit_entry_occurred_at_idx ON audit_entry (occurred_at DESC);
CREATE INDEX audit_entry_entity_idx ON audit_entry (entity_type, entity_id);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor);
