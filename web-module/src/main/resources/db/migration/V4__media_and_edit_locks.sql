-- Newsroom schema, version 4: the media library and soft edit locks. Plain SQL for H2 2.x and PostgreSQL; times UTC.

-- An uploaded image and what is said about it wherever it is used. The bytes are not here: they are a file
-- under NEWSROOM_DATA_DIR/media named <SHA256>.<jpg|png|webp> (content-addressed, so identical uploads share
-- one file and a file never changes). WIDTH and HEIGHT are null when the JDK cannot read the format (WebP).
CREATE SEQUENCE MEDIA_ITEM_SEQ START WITH 50 INCREMENT BY 50;
CREATE TABLE MEDIA_ITEM (
    ID            BIGINT        NOT NULL PRIMARY KEY,
    SHA256        VARCHAR(64)   NOT NULL,
    MEDIA_TYPE    VARCHAR(40)   NOT NULL,
    SIZE_BYTES    BIGINT        NOT NULL,
    ORIGINAL_NAME VARCHAR(255),
    CAPTION       VARCHAR(1000),
    CREDIT        VARCHAR(200),
    ALT_TEXT      VARCHAR(500),
    WIDTH         INTEGER,
    HEIGHT        INTEGER,
    UPLOADED_BY   VARCHAR(60)   NOT NULL,
    UPLOADED_AT   TIMESTAMP     NOT NULL
);
CREATE INDEX MEDIA_ITEM_RECENT_IDX ON MEDIA_ITEM (UPLOADED_AT, ID);

-- The image at the head of an article; null for none.
ALTER TABLE ARTICLE ADD COLUMN FEATURED_IMAGE_ID BIGINT REFERENCES MEDIA_ITEM (ID);
CREATE INDEX ARTICLE_FEATURED_IMAGE_IDX ON ARTICLE (FEATURED_IMAGE_ID);

-- Who has an article open in the editor: at most one row per article, live while HEARTBEAT_AT is recent
-- (NEWSROOM_EDIT_LOCK_SECONDS). Soft: saves are still guarded by ARTICLE.VERSION.
CREATE TABLE EDIT_LOCK (
    ARTICLE_ID      BIGINT       NOT NULL PRIMARY KEY REFERENCES ARTICLE (ID),
    HOLDER_USERNAME VARCHAR(60)  NOT NULL,
    HOLDER_NAME     VARCHAR(120) NOT NULL,
    SINCE           TIMESTAMP    NOT NULL,
    HEARTBEAT_AT    TIMESTAMP    NOT NULL
);
