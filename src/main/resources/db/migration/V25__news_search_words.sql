-- Site search of the news (issue 6): typo tolerance and speed on 20,000+ articles.
--
-- news_search_word is the vocabulary of the readable articles (folded words, as in search_text):
-- a mistyped query word that finds nothing is replaced by its closest word here (pg_trgm
-- similarity), never by a word only a draft contains. Words of an article taken down stay: they
-- were public once, and a suggestion leads to no hit when nothing readable holds the word.
CREATE TABLE news_search_word (
    word  VARCHAR(60) PRIMARY KEY
);

INSERT INTO news_search_word (word)
SELECT DISTINCT w
  FROM news_article a, unnest(string_to_array(a.search_text, ' ')) AS w
 WHERE a.status IN ('PUBLISHED', 'ARCHIVED') AND length(w) BETWEEN 3 AND 60
ON CONFLICT DO NOTHING;

-- Trigram indexes where pg_trgm is installed (V4 installs it where the server has it): the
-- vocabulary's for the closest word, the articles' for "word at the start of a word" (LIKE '% w%').
-- Without pg_trgm the search still works, exactly, by scanning; typo tolerance is then off.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        EXECUTE 'CREATE INDEX news_search_word_trgm_idx ON news_search_word USING gin (word gin_trgm_ops)';
        EXECUTE 'CREATE INDEX news_article_search_trgm_idx ON news_article USING gin (search_text gin_trgm_ops) '
             || 'WHERE status IN (''PUBLISHED'', ''ARCHIVED'')';
    END IF;
END
$$;
