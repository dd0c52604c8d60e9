-- Newsroom schema, version 7: public lists that stay fast at any size.
-- LIST_EXCERPT keeps what a list shows with the row, so lists never read or cut bodies.
-- LISTING_ENTRY holds one row per published article per list (latest, section, tag, author), so a
-- page of any list is a walk down LISTING_ENTRY_ORDER_IDX: page 1,000 of a section no longer sorts
-- the whole section. Existing rows are filled in by the Java migration V8.
ALTER TABLE ARTICLE ADD COLUMN LIST_EXCERPT VARCHAR(1100);

CREATE SEQUENCE LISTING_ENTRY_SEQ START WITH 50 INCREMENT BY 50;
CREATE TABLE LISTING_ENTRY (
    ID           BIGINT       NOT NULL PRIMARY KEY,
    ARTICLE_ID   BIGINT       NOT NULL REFERENCES ARTICLE (ID),
    LISTING_KIND VARCHAR(10)  NOT NULL,
    LISTING_KEY  VARCHAR(80)  NOT NULL,
    PUBLISHED_AT TIMESTAMP    NOT NULL,
    CONSTRAINT LISTING_ENTRY_ONCE UNIQUE (ARTICLE_ID, LISTING_KIND, LISTING_KEY)
);
CREATE INDEX LISTING_ENTRY_ORDER_IDX ON LISTING_ENTRY (LISTING_KIND, LISTING_KEY, PUBLISHED_AT DESC, ARTICLE_ID DESC);
