-- Audit log: who changed which official data, when, from where, and the values before and after.
-- Append-only: the application only ever INSERTs; the trigger below refuses UPDATE, DELETE and
-- TRUNCATE for every database user the application connects as (see docs/audit.md).

CREATE TABLE audit_entry (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(100)             NOT NULL,
    actor_ip     VARCHAR(64),
    user_agent   VARCHAR(255),
    module       VARCHAR(40)              NOT NULL,
    entity_type  VARCHAR(80)              NOT NULL,
    entity_id    VARCHAR(200)             NOT NULL,
    action       VARCHAR(40)              NOT NULL,
    before_value JSONB,
    after_value  JSONB
);

COMMENT ON TABLE audit_entry IS 'Append-only audit log of changes to official data; UPDATE, DELETE and TRUNCATE are refused by trigger';

-- Reads are newest first (ORDER BY occurred_at DESC, id DESC), overall and per filter the
-- administration page offers; each index ends in that order so a page stops after LIMIT rows.
-- An entity's history (entity id alone or with its type) is the most frequent read: registry
-- detail pages show it. Action and free text are only combined with these.
CREATE INDEX audit_entry_occurred_at_idx ON audit_entry (occurred_at DESC, id DESC);
CREATE INDEX audit_entry_entity_idx ON audit_entry (entity_id, entity_type, occurred_at DESC, id DESC);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor, occurred_at DESC, id DESC);
CREATE INDEX audit_entry_module_idx ON audit_entry (module, occurred_at DESC, id DESC);

CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % is not allowed on audit rows', TG_OP
        USING HINT = 'Audit rows are never changed or removed; record a new entry instead.';
END;
$$;

-- Statement level: any UPDATE, DELETE or TRUNCATE statement fails, even one that matches no row.
CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();
