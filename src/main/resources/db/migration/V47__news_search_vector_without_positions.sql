-- Site search of the news, session 5 (issue 6): the tsvector of V26 kept every word's positions,
-- 2.5 KB an article, stored out of line (TOAST): each article the search checked (the newest ones
-- read in date order for common words, or the index's candidates) was fetched from the TOAST table
-- and decompressed, 20-75 ms for the commonest queries on 20,000 articles. The search only asks
-- whether words occur ('word:*' & ...), never where, so positions are dropped (strip: 1 KB) and the
-- vector is kept in the row (STORAGE MAIN). The GIN index holds the same words as before.
ALTER TABLE news_article DROP COLUMN search_vector;
ALTER TABLE news_article
    ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (strip(to_tsvector('simple', search_text))) STORED;
ALTER TABLE news_article ALTER COLUMN search_vector SET STORAGE MAIN;

CREATE INDEX news_article_search_vector_idx ON news_article USING gin (search_vector)
    WHERE status IN ('PUBLISHED', 'ARCHIVED');

ANALYZE news_article;
