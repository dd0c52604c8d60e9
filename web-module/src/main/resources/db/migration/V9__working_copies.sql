-- Newsroom schema, version 9: working copies, the editor's autosave. Plain SQL for H2 2.x and PostgreSQL; times UTC.

-- What a member of staff has typed in the editor and not saved yet, kept every few seconds of typing so
-- that a closed tab, a crash or an ended session loses nothing. One row per person and article
-- (ARTICLE_ID null: a new article not yet created). Never a revision and never seen by readers: it does
-- not touch ARTICLE, whose VERSION and revisions move only when the article is saved.
CREATE SEQUENCE WORKING_COPY_SEQ START WITH 50 INCREMENT BY 50;
CREATE TABLE WORKING_COPY (
    ID               BIGINT        NOT NULL PRIMARY KEY,
    ARTICLE_ID       BIGINT        REFERENCES ARTICLE (ID),
    USERNAME         VARCHAR(60)   NOT NULL,
    BASED_ON_VERSION BIGINT        NOT NULL,
    SAVED_AT         TIMESTAMP     NOT NULL,
    TITLE            VARCHAR(200),
    SLUG             VARCHAR(160),
    EXCERPT          VARCHAR(1000),
    BODY             VARCHAR,
    SECTION_SLUGS    VARCHAR(1000) NOT NULL,
    TAGS             VARCHAR(2000) NOT NULL,
    BYLINES          VARCHAR(1000) NOT NULL,
    LANG_CODE        VARCHAR(5),
    IMAGE_ID         BIGINT        REFERENCES MEDIA_ITEM (ID),
    IMAGE_CAPTION    VARCHAR(1000),
    IMAGE_CREDIT     VARCHAR(200),
    IMAGE_ALT        VARCHAR(500),
    NOTE             VARCHAR(200)
);
CREATE INDEX WORKING_COPY_OWNER_IDX ON WORKING_COPY (USERNAME, ARTICLE_ID);
