-- Site search of the news at national scale (issue 6): the folded words of each article as a
-- tsvector ('simple': no stemming, no stop words; the text is already folded by SearchText.fold),
-- kept by PostgreSQL itself, so a word at the start of a word of the text is the prefix query
-- 'word:*' on an exact GIN index instead of LIKE '% word%' rechecked on every long text. Its
-- statistics (most common words) tell the planner when a word is common: then the newest readable
-- articles are read in order (the partial index below) until the page is full, instead of sorting
-- every match.
ALTER TABLE news_article
    ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED;

CREATE INDEX news_article_search_vector_idx ON news_article USING gin (search_vector)
    WHERE status IN ('PUBLISHED', 'ARCHIVED');
CREATE INDEX news_article_readable_idx ON news_article (published_at DESC, id DESC)
    WHERE status IN ('PUBLISHED', 'ARCHIVED');

-- replaced by the tsvector for the public search (the back office's few thousand drafts are scanned)
DROP INDEX IF EXISTS news_article_search_trgm_idx;

ANALYZE news_article;
