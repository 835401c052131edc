-- OCOP applications history import (issue 4 item 8, sheet danh-gia-ocop): an application is either
-- made on the pages (APP) or loaded from a province's history (IMPORT). Imported applications are
-- upserted by round and product, so one imported application per product and round; the members'
-- totals are kept when the history knows them (1048-era history knows only the mean).
ALTER TABLE ocop_application
    ADD COLUMN origin        VARCHAR(8)     NOT NULL DEFAULT 'APP' CHECK (origin IN ('APP', 'IMPORT')),
    ADD COLUMN member_totals NUMERIC(6, 2)[];

CREATE UNIQUE INDEX ocop_application_imported ON ocop_application (round_id, product_id) WHERE origin = 'IMPORT';

-- a product's earlier evaluations (kind checks of the import, the product's history)
CREATE INDEX ocop_application_product ON ocop_application (product_id, decision_date);
