-- Newsroom schema, version 5: revisions remember the featured image too, so restoring one brings it back.
ALTER TABLE REVISION ADD COLUMN FEATURED_IMAGE_ID BIGINT REFERENCES MEDIA_ITEM (ID);
