-- The page cache's version (issue 6): every node keeps rendered public pages in memory and drops
-- them when this number moves. A node reads it in the background every few hundred milliseconds
-- (ocop.page-cache.refresh-interval), never per request. It moves in the same transaction as the
-- change it announces, so a node that sees the new number also sees the new content.
CREATE TABLE portal_page_version (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    version     BIGINT NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO portal_page_version (id, version, changed_at) VALUES (1, 1, now());

-- What readers of the news see changes (publishing, scheduled publishing and unpublishing, edits of
-- published articles, categories): news_public_state moves on, and so does the page version.
CREATE FUNCTION portal_page_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE portal_page_version SET version = version + 1, changed_at = now() WHERE id = 1;
    RETURN NULL;
END;
$$;

CREATE TRIGGER news_public_state_bumps_page_version
    AFTER UPDATE ON news_public_state
    FOR EACH STATEMENT EXECUTE FUNCTION portal_page_version_bump();

-- Petition answers: publishing an answer, taking it down, or changing a published petition (its
-- answer, its topic) changes the public answer list and answer pages. Row-level, only for rows
-- that are or were published, so the back office's other workflow steps leave the cache alone.
CREATE TRIGGER petitions_petition_published_bumps_page_version
    AFTER UPDATE ON petitions_petition
    FOR EACH ROW WHEN (OLD.published_at IS NOT NULL OR NEW.published_at IS NOT NULL)
    EXECUTE FUNCTION portal_page_version_bump();
