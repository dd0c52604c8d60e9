-- Which database this is: a node's search index on its disk records it and is reused only over the same
-- database (a fresh or replaced database gets a new moment, so an old index is rebuilt instead of trusted).
CREATE TABLE NEWSROOM_DATABASE (
    ID         INTEGER      NOT NULL PRIMARY KEY,
    CREATED_AT TIMESTAMP(6) NOT NULL
);
INSERT INTO NEWSROOM_DATABASE (ID, CREATED_AT) VALUES (1, CURRENT_TIMESTAMP);
-- Read at every node's start (id and version of every published article) without touching the rows.
CREATE INDEX ARTICLE_STATUS_VERSION_IDX ON ARTICLE (STATUS, ID, VERSION);
