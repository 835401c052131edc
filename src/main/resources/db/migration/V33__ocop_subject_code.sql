-- A stable code for OCOP subjects, given by the province in its history files: the import of the
-- sheet chu-the upserts subjects by it (issue 4 item 8). Subjects recorded on the pages have none.
ALTER TABLE ocop_subject ADD COLUMN code VARCHAR(64) UNIQUE;
