-- Newsroom schema, version 15: image renditions (issue 15). Plain SQL for H2 2.x and PostgreSQL.

-- Each JPEG or PNG image gets smaller copies at 320, 640, 960, 1200 and 1600 pixels wide (those narrower
-- than the original), stored beside it as <SHA256>-<width>.<jpg|png> and, where cwebp is installed,
-- <SHA256>-<width>.webp. RENDITION_WIDTHS lists those made ("320,640,960"); null means still to be made:
-- news.media.RenditionQueue finds those rows after each upload, and after this upgrade every image already
-- in the library, and makes them in the background. "" is none (too small, or not JPEG or PNG).
ALTER TABLE MEDIA_ITEM ADD COLUMN RENDITION_WIDTHS VARCHAR(40);
ALTER TABLE MEDIA_ITEM ADD COLUMN RENDITION_WEBP BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE MEDIA_ITEM SET RENDITION_WIDTHS = ''
 WHERE MEDIA_TYPE NOT IN ('image/jpeg', 'image/png') OR WIDTH IS NULL OR WIDTH <= 320;

CREATE INDEX MEDIA_ITEM_RENDITIONS_DUE_IDX ON MEDIA_ITEM (RENDITION_WIDTHS);
