-- Newsroom schema, version 2: fetching exchange rates from the banks. Plain SQL for H2 2.x and PostgreSQL.
-- Times are UTC, as in version 1.

-- Who let a rate through and why: set when an editor confirms a held rate or enters one by hand,
-- null for a rate stored straight from a bank's file. Rows are still never updated.
ALTER TABLE EXCHANGE_RATE ADD COLUMN CONFIRMED_BY VARCHAR(60);
ALTER TABLE EXCHANGE_RATE ADD COLUMN OVERRIDE_REASON VARCHAR(500);

-- A fetched quote that moved too far to show without an editor: PENDING, then CONFIRMED (stored as an
-- EXCHANGE_RATE row, EXCHANGE_RATE_ID) or REJECTED. Kept after the decision as the record of both.
CREATE SEQUENCE HELD_RATE_SEQ START WITH 50 INCREMENT BY 50;

CREATE TABLE HELD_RATE (
    ID               BIGINT         NOT NULL PRIMARY KEY,
    VERSION          BIGINT         NOT NULL,
    CURRENCY         VARCHAR(3)     NOT NULL,
    EFFECTIVE_DATE   DATE           NOT NULL,
    QUOTE            DECIMAL(20, 6) NOT NULL,
    NOMINAL          INTEGER        NOT NULL,
    SOURCE           VARCHAR(60)    NOT NULL,
    DERIVED          BOOLEAN        NOT NULL,
    PROVENANCE       VARCHAR(500)   NOT NULL,
    HELD_REASON      VARCHAR(1000)  NOT NULL,
    FETCHED_AT       TIMESTAMP      NOT NULL,
    STATUS           VARCHAR(10)    NOT NULL,
    DECIDED_BY       VARCHAR(60),
    DECIDED_AT       TIMESTAMP,
    DECISION_NOTE    VARCHAR(500),
    EXCHANGE_RATE_ID BIGINT         REFERENCES EXCHANGE_RATE (ID)
);
CREATE INDEX HELD_RATE_STATUS_IDX ON HELD_RATE (STATUS, FETCHED_AT);
CREATE INDEX HELD_RATE_QUOTE_IDX ON HELD_RATE (CURRENCY, EFFECTIVE_DATE, SOURCE);

-- How each source's fetching is going, one row per bank and one for the manat peg (CBT).
CREATE TABLE RATE_SOURCE_STATUS (
    SOURCE               VARCHAR(10)   NOT NULL PRIMARY KEY,
    LAST_ATTEMPT_AT      TIMESTAMP,
    LAST_SUCCESS_AT      TIMESTAMP,
    LAST_OUTCOME         VARCHAR(10),
    LAST_MESSAGE         VARCHAR(1000),
    LAST_ERROR           VARCHAR(1000),
    LAST_ERROR_AT        TIMESTAMP,
    CONSECUTIVE_FAILURES INTEGER       NOT NULL
);
INSERT INTO RATE_SOURCE_STATUS (SOURCE, CONSECUTIVE_FAILURES) VALUES ('NBK', 0);
INSERT INTO RATE_SOURCE_STATUS (SOURCE, CONSECUTIVE_FAILURES) VALUES ('CBU', 0);
INSERT INTO RATE_SOURCE_STATUS (SOURCE, CONSECUTIVE_FAILURES) VALUES ('NBKR', 0);
INSERT INTO RATE_SOURCE_STATUS (SOURCE, CONSECUTIVE_FAILURES) VALUES ('NBT', 0);
INSERT INTO RATE_SOURCE_STATUS (SOURCE, CONSECUTIVE_FAILURES) VALUES ('CBT', 0);

-- One instance of a cluster fetches per slot: each claims this row with a conditional UPDATE
-- (... WHERE NEXT_RUN_AFTER IS NULL OR NEXT_RUN_AFTER <= now); only one such update can succeed.
CREATE TABLE RATES_FETCH_LOCK (
    ID             BIGINT       NOT NULL PRIMARY KEY,
    NEXT_RUN_AFTER TIMESTAMP,
    TAKEN_BY       VARCHAR(120),
    TAKEN_AT       TIMESTAMP
);
INSERT INTO RATES_FETCH_LOCK (ID) VALUES (1);
