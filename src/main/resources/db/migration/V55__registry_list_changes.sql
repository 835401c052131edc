-- The organisations whose list entry changed, for the per-node index of the back-office list
-- (registry.OrganisationListIndex): every node applies the changes of the transactions that
-- committed since it last looked (tx at or above the xmin of the snapshot it last looked with), so
-- that a list read on any node after a write on another sees it. Kept by statement triggers (one
-- INSERT ... SELECT per statement, also for the bulk imports' unnest statements); rows older than
-- ocop.registry.list-index.change-retention are pruned, and a node that has not looked for that
-- long rebuilds its index instead. '*' stands for every organisation (TRUNCATE).

CREATE TABLE registry_list_change (
    tx              XID8        NOT NULL DEFAULT pg_current_xact_id(),
    organisation_id VARCHAR(64) NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

COMMENT ON TABLE registry_list_change IS
    'Derived by triggers: organisations whose list entry (row, status changes) changed, per writing transaction';

CREATE INDEX registry_list_change_tx_idx ON registry_list_change (tx);
CREATE INDEX registry_list_change_recorded_idx ON registry_list_change (recorded_at);

-- One function for every trigger below: the table and the operation tell which transition table
-- and column hold the organisations (a statement trigger's transition tables are planned only when
-- their branch runs).
CREATE FUNCTION registry_list_change_record() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        INSERT INTO registry_list_change (organisation_id) VALUES ('*');
    ELSIF TG_TABLE_NAME = 'registry_organisation' AND TG_OP = 'DELETE' THEN
        INSERT INTO registry_list_change (organisation_id) SELECT DISTINCT o.id FROM old_rows o;
    ELSIF TG_TABLE_NAME = 'registry_organisation' THEN
        INSERT INTO registry_list_change (organisation_id) SELECT DISTINCT n.id FROM new_rows n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO registry_list_change (organisation_id) SELECT DISTINCT o.organisation_id FROM old_rows o;
    ELSE
        INSERT INTO registry_list_change (organisation_id) SELECT DISTINCT n.organisation_id FROM new_rows n;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER registry_list_change_insert AFTER INSERT ON registry_organisation
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION registry_list_change_record();
CREATE TRIGGER registry_list_change_update AFTER UPDATE ON registry_organisation
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION registry_list_change_record();
CREATE TRIGGER registry_list_change_delete AFTER DELETE ON registry_organisation
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION registry_list_change_record();
CREATE TRIGGER registry_list_change_truncate AFTER TRUNCATE ON registry_organisation
    FOR EACH STATEMENT EXECUTE FUNCTION registry_list_change_record();

-- the status on a date (registry_status_period) follows the status changes, which a correction
-- may write without touching the organisation's row
CREATE TRIGGER registry_list_change_status_insert AFTER INSERT ON registry_status_change
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION registry_list_change_record();
CREATE TRIGGER registry_list_change_status_update AFTER UPDATE ON registry_status_change
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION registry_list_change_record();
CREATE TRIGGER registry_list_change_status_delete AFTER DELETE ON registry_status_change
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION registry_list_change_record();
