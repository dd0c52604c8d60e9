-- Newsroom schema, version 6: indexes the public pages need once there are many articles.
-- The benchmark (docs/benchmarks.md) found the homepage scanning the whole ARTICLE table at 10,000
-- articles: for the lead story (PINNED), the page validators (max UPDATED_AT) and the country blocks.
CREATE INDEX ARTICLE_UPDATED_IDX ON ARTICLE (UPDATED_AT);
CREATE INDEX ARTICLE_PINNED_IDX ON ARTICLE (PINNED, STATUS, PUBLISHED_AT);
CREATE INDEX ARTICLE_SECTION_BY_SECTION_IDX ON ARTICLE_SECTION (SECTION_ID, ARTICLE_ID);
CREATE INDEX ARTICLE_TAG_BY_TAG_IDX ON ARTICLE_TAG (TAG, ARTICLE_ID);
