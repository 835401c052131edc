-- Petitions over national-scale data (docs/benchmarks.md, "Petitions: public dashboard and answer
-- search") and e-mail notifications (docs/petitions.md, "E-mail").

-- The public dashboard counts a year's petitions per lead department: everything it reads is in
-- this index (index-only scan of the year's range instead of a scan of the wide rows). It also
-- serves the list of years.
CREATE INDEX petitions_petition_received_ix
    ON petitions_petition (received_on) INCLUDE (lead_department, status, answered_on, answer_deadline);

-- Published answers, newest first: the first pages come from this partial index in order, and the
-- count of the filters by topic and department is an index-only scan of the published rows.
CREATE INDEX petitions_petition_published_ix
    ON petitions_petition (published_at DESC, code DESC) INCLUDE (topic_code, lead_department)
    WHERE published_at IS NOT NULL AND status IN ('PUBLISHED', 'CLOSED');

-- Word search is LIKE '%word%' on the folded text (code, title, answer — never the petitioner). A
-- trigram index is added only where pg_trgm is installed (as V4/V6; this migration creates no
-- extension): without it the search reads the published rows, which stays acceptable at 10,000.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        EXECUTE 'CREATE INDEX petitions_petition_search_trgm_ix ON petitions_petition USING gin (search_text gin_trgm_ops)';
    END IF;
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'no trigram index for the petitions search (%)', SQLERRM;
END
$$;

-- E-mail: the department's mailbox for its reminders (null: not e-mailed), and a notice to the
-- petitioner when the answer is published (sent only when the petitioner left an e-mail address,
-- read from the petition when it is sent, never copied here; its "deadline" is the publication day).
ALTER TABLE petitions_department ADD COLUMN email VARCHAR(254);

ALTER TABLE petitions_notification DROP CONSTRAINT petitions_notification_kind_ck;
ALTER TABLE petitions_notification ADD CONSTRAINT petitions_notification_kind_ck CHECK (kind IN ('ANSWER_REMINDER',
    'ANSWER_ESCALATION', 'FORWARD_REMINDER', 'FORWARD_ESCALATION', 'ANSWER_PUBLISHED'));

-- The mail job picks what is still to send.
CREATE INDEX petitions_notification_unsent_ix ON petitions_notification (id) WHERE emailed_at IS NULL;
