-- Rates keep what the bank wrote. Plain SQL for H2 2.x and PostgreSQL.

-- The decimals the bank wrote (87,4120 has four), which the QUOTE column's fixed six turned into
-- 87.412000; and the bank's own previous-day figure from the same file (NBK <change>, CBU Diff), which
-- the day's change is measured against instead of whatever row was stored before (on a first fetch:
-- months-old sample rates).
ALTER TABLE EXCHANGE_RATE ADD COLUMN PUBLISHED_SCALE INTEGER;
ALTER TABLE EXCHANGE_RATE ADD COLUMN PREVIOUS_QUOTE DECIMAL(20, 6);
ALTER TABLE HELD_RATE ADD COLUMN PUBLISHED_SCALE INTEGER;
ALTER TABLE HELD_RATE ADD COLUMN PREVIOUS_QUOTE DECIMAL(20, 6);

-- Rows stored before: each bank writes a fixed number of decimals (NBK and CBU two, NBKR and NBT four),
-- so a bank's own row gets that scale where its figure has no more digits. Cross rates, manual entries
-- and confirmations keep the column's six.
UPDATE EXCHANGE_RATE SET PUBLISHED_SCALE = 2
 WHERE SOURCE IN ('NBK', 'CBU') AND DERIVED = FALSE AND CONFIRMED_BY IS NULL AND QUOTE = ROUND(QUOTE, 2);
UPDATE EXCHANGE_RATE SET PUBLISHED_SCALE = 4
 WHERE SOURCE IN ('NBKR', 'NBT') AND DERIVED = FALSE AND CONFIRMED_BY IS NULL AND QUOTE = ROUND(QUOTE, 4);
UPDATE HELD_RATE SET PUBLISHED_SCALE = 2
 WHERE SOURCE IN ('NBK', 'CBU') AND DERIVED = FALSE AND QUOTE = ROUND(QUOTE, 2);
UPDATE HELD_RATE SET PUBLISHED_SCALE = 4
 WHERE SOURCE IN ('NBKR', 'NBT') AND DERIVED = FALSE AND QUOTE = ROUND(QUOTE, 4);

-- The manat row seeded on the first start is the configured peg, not a sample from a bank's file.
UPDATE EXCHANGE_RATE
   SET SOURCE = 'CBT', PUBLISHED_SCALE = 2,
       NOTE = 'configured peg of the Central Bank of Turkmenistan: 3.50 TMT per 1 USD since 2015-01-01 (configured in NEWSROOM_RATES_TMT_PEG; in force while the bank''s daily file does not answer)'
 WHERE CURRENCY = 'TMT' AND SOURCE = 'Official peg'
   AND NOTE = 'sample data from the bank''s published file, seeded on first start';
UPDATE EXCHANGE_RATE SET PUBLISHED_SCALE = 2
 WHERE CURRENCY = 'TMT' AND SOURCE = 'CBT' AND PUBLISHED_SCALE IS NULL AND QUOTE = ROUND(QUOTE, 2)
   AND NOTE LIKE 'official peg of the Central Bank of Turkmenistan:%';
