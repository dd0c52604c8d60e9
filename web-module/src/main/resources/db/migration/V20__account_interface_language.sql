-- Each member of staff chooses the language of the newsroom's own pages (labels, messages, date picker),
-- independent of the language of the articles they write. Null until they choose: their pages follow the
-- browser's language (English or Russian) until then, as before this column.
ALTER TABLE ACCOUNT ADD COLUMN INTERFACE_LANGUAGE VARCHAR(8);
