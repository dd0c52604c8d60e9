-- Newsroom schema, version 19: two editions, English at / and Russian under /ru/.
-- Each list row names the edition it is on (the article's language's: Russian articles on the Russian
-- edition's lists, every other language on the English one), and the list index starts with it, so an
-- edition's homepage, section, tag or author page is still one walk down LISTING_ENTRY_ORDER_IDX.
ALTER TABLE LISTING_ENTRY ADD COLUMN EDITION VARCHAR(5) DEFAULT 'en' NOT NULL;
UPDATE LISTING_ENTRY SET EDITION = 'ru'
 WHERE ARTICLE_ID IN (SELECT ID FROM ARTICLE WHERE LANG_CODE = 'ru' OR LANG_CODE LIKE 'ru-%');
DROP INDEX LISTING_ENTRY_ORDER_IDX;
CREATE INDEX LISTING_ENTRY_ORDER_IDX ON LISTING_ENTRY (EDITION, LISTING_KIND, LISTING_KEY, PUBLISHED_AT DESC, ARTICLE_ID DESC);

-- A section's name in the Russian edition (admin-editable; empty shows the section's own name).
ALTER TABLE SECTION ADD COLUMN NAME_RU VARCHAR(120);
UPDATE SECTION SET NAME_RU = 'Казахстан' WHERE SLUG = 'kazakhstan';
UPDATE SECTION SET NAME_RU = 'Кыргызстан' WHERE SLUG = 'kyrgyzstan';
UPDATE SECTION SET NAME_RU = 'Таджикистан' WHERE SLUG = 'tajikistan';
UPDATE SECTION SET NAME_RU = 'Туркменистан' WHERE SLUG = 'turkmenistan';
UPDATE SECTION SET NAME_RU = 'Узбекистан' WHERE SLUG = 'uzbekistan';
UPDATE SECTION SET NAME_RU = 'Политика' WHERE SLUG = 'politics';
UPDATE SECTION SET NAME_RU = 'Экономика' WHERE SLUG = 'economy';
UPDATE SECTION SET NAME_RU = 'Общество' WHERE SLUG = 'society';

-- An article's translation in the other edition: each of the pair names the other.
ALTER TABLE ARTICLE ADD COLUMN TRANSLATION_ID BIGINT REFERENCES ARTICLE (ID);
