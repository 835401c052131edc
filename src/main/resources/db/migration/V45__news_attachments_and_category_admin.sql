-- Newsroom (issue 6): PDF attachments of articles, and the administration of categories.
-- Attachments are stored like the media library's photos: in the database (bytea), so every node
-- serves the same files and one backup holds them (docs/news.md). A file never changes once
-- uploaded (a new upload has a new id); sha256 is its strong ETag.

CREATE TABLE news_attachment (
    id           BIGSERIAL    PRIMARY KEY,
    article_id   BIGINT       NOT NULL REFERENCES news_article (id),
    title        VARCHAR(300) NOT NULL,
    file_name    VARCHAR(160) NOT NULL,       -- sanitised, ends in .pdf
    media_type   VARCHAR(40)  NOT NULL,       -- sniffed from the bytes
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    content      BYTEA        NOT NULL,
    position     INTEGER      NOT NULL,
    uploaded_by  VARCHAR(100) NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT news_attachment_media_type_ck CHECK (media_type = 'application/pdf'),
    CONSTRAINT news_attachment_size_ck CHECK (size_bytes > 0)
);
CREATE INDEX news_attachment_article_idx ON news_attachment (article_id, position, id);

-- Categories are administered by publishers and administrators: a hidden category is left out of
-- the public navigation and of the choice for articles; its slug never changes after creation.
ALTER TABLE news_category ADD COLUMN hidden BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE news_category ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
