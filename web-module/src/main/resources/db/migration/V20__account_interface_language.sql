-- Each member of staff chooses the language of the newsroom's own pages (labels, messages, date picker),
-- independent of the language of the articles they write. Existing accounts keep the English they had.
ALTER TABLE ACCOUNT ADD COLUMN INTERFACE_LANGUAGE VARCHAR(8) DEFAULT 'en' NOT NULL;
