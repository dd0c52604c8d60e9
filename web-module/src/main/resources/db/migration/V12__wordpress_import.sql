-- Newsroom schema, version 12: importing a WordPress site. Plain SQL for H2 2.x and PostgreSQL; times UTC.

-- One import of one WXR file. Progress (TOTAL, DONE, CURRENT_ITEM) and the counts are written in the same
-- transaction as each item, so a reload sees where the run is and an interrupted run resumes at DONE.
CREATE SEQUENCE IMPORT_RUN_SEQ START WITH 50 INCREMENT BY 50;
CREATE TABLE IMPORT_RUN (
    ID           BIGINT        NOT NULL PRIMARY KEY,
    SITE         VARCHAR(300),
    SOURCE_FILE  VARCHAR(1000) NOT NULL,
    SOURCE_NAME  VARCHAR(255),
    UPLOADS_DIR  VARCHAR(1000),
    UPLOADS_URL  VARCHAR(1000),
    DRY_RUN      BOOLEAN       NOT NULL,
    STATE        VARCHAR(20)   NOT NULL,
    TOTAL        INTEGER       NOT NULL,
    DONE         INTEGER       NOT NULL,
    CURRENT_ITEM VARCHAR(300),
    CREATED      INTEGER       NOT NULL,
    UPDATED      INTEGER       NOT NULL,
    UNCHANGED    INTEGER       NOT NULL,
    SKIPPED      INTEGER       NOT NULL,
    FAILED       INTEGER       NOT NULL,
    PROBLEM      VARCHAR(2000),
    STARTED_BY   VARCHAR(60)   NOT NULL,
    STARTED_AT   TIMESTAMP     NOT NULL,
    RESUMED_AT   TIMESTAMP,
    UPDATED_AT   TIMESTAMP     NOT NULL,
    FINISHED_AT  TIMESTAMP
);
CREATE INDEX IMPORT_RUN_RECENT_IDX ON IMPORT_RUN (STARTED_AT, ID);

-- Every item a run did not simply create or find unchanged, and every note worth reading: the report.
CREATE SEQUENCE IMPORT_REPORT_LINE_SEQ START WITH 50 INCREMENT BY 50;
CREATE TABLE IMPORT_REPORT_LINE (
    ID        BIGINT        NOT NULL PRIMARY KEY,
    RUN_ID    BIGINT        NOT NULL REFERENCES IMPORT_RUN (ID),
    POSITION  INTEGER       NOT NULL,
    ITEM_KIND VARCHAR(20)   NOT NULL,
    WP_ID     VARCHAR(300),
    LABEL     VARCHAR(300),
    OUTCOME   VARCHAR(20)   NOT NULL,
    MESSAGE   VARCHAR(2000) NOT NULL
);
CREATE INDEX IMPORT_REPORT_LINE_RUN_IDX ON IMPORT_REPORT_LINE (RUN_ID, POSITION, ID);

-- What each WordPress item became, keyed on the site and the item's WordPress id (or login, or slug):
-- a re-run finds it here, compares FINGERPRINT and changes nothing when the item did not change.
CREATE TABLE IMPORTED_ITEM (
    ITEM_KEY    VARCHAR(700) NOT NULL PRIMARY KEY,
    SITE        VARCHAR(300) NOT NULL,
    ITEM_KIND   VARCHAR(20)  NOT NULL,
    TARGET_ID   BIGINT       NOT NULL,
    FINGERPRINT VARCHAR(64)  NOT NULL,
    IMPORTED_AT TIMESTAMP    NOT NULL
);
CREATE INDEX IMPORTED_ITEM_KIND_IDX ON IMPORTED_ITEM (SITE, ITEM_KIND);

-- The old site's other addresses of an imported article (?p=ID, a page's /about/, an attachment page,
-- a _wp_old_slug permalink), decoded and lower-case: each answers 301 to the article's address.
CREATE TABLE IMPORTED_ADDRESS (
    PATH       VARCHAR(600) NOT NULL PRIMARY KEY,
    ARTICLE_ID BIGINT       NOT NULL REFERENCES ARTICLE (ID)
);
CREATE INDEX IMPORTED_ADDRESS_ARTICLE_IDX ON IMPORTED_ADDRESS (ARTICLE_ID);

-- WordPress categories nest (Energy under Economy); a section may now have a parent section.
ALTER TABLE SECTION ADD COLUMN PARENT_ID BIGINT REFERENCES SECTION (ID);
