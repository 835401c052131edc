-- Newsroom (issue 6): categories, tags, articles with their review workflow, revisions, old slugs
-- that redirect, and the photo library. Photos are stored in the database (bytea, already resized)
-- so that every node serves the same files and a database backup holds everything (docs/news.md).

CREATE TABLE news_category (
    id        BIGSERIAL    PRIMARY KEY,
    slug      VARCHAR(80)  NOT NULL UNIQUE,
    name_vi   VARCHAR(120) NOT NULL,
    name_en   VARCHAR(120) NOT NULL,
    position  INTEGER      NOT NULL DEFAULT 0
);

CREATE TABLE news_tag (
    id    BIGSERIAL    PRIMARY KEY,
    slug  VARCHAR(80)  NOT NULL UNIQUE,
    name  VARCHAR(80)  NOT NULL
);

CREATE TABLE news_photo (
    id           BIGSERIAL    PRIMARY KEY,
    file_name    VARCHAR(255) NOT NULL,
    media_type   VARCHAR(40)  NOT NULL,      -- sniffed from the bytes: image/jpeg or image/png
    width        INTEGER      NOT NULL,      -- of the page size
    height       INTEGER      NOT NULL,
    page_bytes   BYTEA        NOT NULL,      -- at most ocop.news.photos.page-width wide
    thumb_bytes  BYTEA        NOT NULL,      -- at most ocop.news.photos.thumbnail-width wide
    caption      VARCHAR(500) NOT NULL,
    alt_text     VARCHAR(300) NOT NULL,
    credit       VARCHAR(200) NOT NULL,
    search_text  VARCHAR(1200) NOT NULL,
    uploaded_by  VARCHAR(100) NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT news_photo_media_type_ck CHECK (media_type IN ('image/jpeg', 'image/png'))
);
CREATE INDEX news_photo_uploaded_idx ON news_photo (uploaded_at DESC, id DESC);

CREATE TABLE news_article (
    id                BIGSERIAL     PRIMARY KEY,
    slug              VARCHAR(120)  NOT NULL UNIQUE,
    title             VARCHAR(300)  NOT NULL,
    lead              VARCHAR(1000) NOT NULL,
    body_html         TEXT          NOT NULL,    -- sanitised on save (NewsHtml)
    author_line       VARCHAR(200)  NOT NULL,
    category_id       BIGINT        NOT NULL REFERENCES news_category (id),
    cover_photo_id    BIGINT        REFERENCES news_photo (id),
    status            VARCHAR(12)   NOT NULL,
    publish_at        TIMESTAMP WITH TIME ZONE,  -- when a SCHEDULED article goes out
    unpublish_at      TIMESTAMP WITH TIME ZONE,  -- when a PUBLISHED article is taken down
    published_at      TIMESTAMP WITH TIME ZONE,  -- the publication date shown to readers
    ever_published    BOOLEAN       NOT NULL DEFAULT FALSE,  -- the slug no longer follows the title
    review_note       VARCHAR(1000),
    search_text       TEXT          NOT NULL,    -- SearchText.fold of title, lead, body text, tags
    created_by        VARCHAR(100)  NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by        VARCHAR(100)  NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT news_article_status_ck CHECK (status IN ('DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED'))
);
CREATE INDEX news_article_public_idx ON news_article (status, published_at DESC, id DESC);
CREATE INDEX news_article_category_idx ON news_article (category_id, status, published_at DESC);
CREATE INDEX news_article_due_idx ON news_article (status, publish_at);
CREATE INDEX news_article_updated_idx ON news_article (updated_at DESC, id DESC);

CREATE TABLE news_article_tag (
    article_id  BIGINT NOT NULL REFERENCES news_article (id),
    tag_id      BIGINT NOT NULL REFERENCES news_tag (id),
    PRIMARY KEY (article_id, tag_id)
);
CREATE INDEX news_article_tag_tag_idx ON news_article_tag (tag_id, article_id);

-- Slugs an article had before; /tin-tuc/{old} answers 301 to the current slug.
CREATE TABLE news_slug_history (
    slug        VARCHAR(120) PRIMARY KEY,
    article_id  BIGINT       NOT NULL REFERENCES news_article (id)
);

-- Every saved version of an article's text; a diff compares two, a restore copies one back.
CREATE TABLE news_revision (
    id           BIGSERIAL     PRIMARY KEY,
    article_id   BIGINT        NOT NULL REFERENCES news_article (id),
    number       INTEGER       NOT NULL,
    title        VARCHAR(300)  NOT NULL,
    lead         VARCHAR(1000) NOT NULL,
    body_html    TEXT          NOT NULL,
    author_line  VARCHAR(200)  NOT NULL,
    category_id  BIGINT        NOT NULL,
    tags         VARCHAR(1000) NOT NULL,
    saved_by     VARCHAR(100)  NOT NULL,
    saved_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (article_id, number)
);

-- One row: when anything the public news pages show last changed (ETag / Last-Modified).
CREATE TABLE news_public_state (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO news_public_state (id, changed_at) VALUES (1, now());

-- The portal's standing categories (editors choose one per article).
INSERT INTO news_category (slug, name_vi, name_en, position) VALUES
    ('kinh-te-tap-the', 'Kinh tế tập thể', 'Collective economy', 10),
    ('san-pham-ocop', 'Sản phẩm OCOP', 'OCOP products', 20),
    ('chinh-sach', 'Chính sách', 'Policies', 30),
    ('hoat-dong', 'Hoạt động', 'Events', 40),
    ('thong-bao', 'Thông báo', 'Announcements', 50);
