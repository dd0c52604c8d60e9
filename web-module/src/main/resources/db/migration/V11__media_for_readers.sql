-- Images are for readers only once an article using them is published (or they were uploaded as public
-- library images); until then only signed-in staff are sent them. Existing images used by published
-- articles, as featured image or in the body, are for readers already.
ALTER TABLE MEDIA_ITEM ADD COLUMN PUBLIC_SINCE TIMESTAMP;

UPDATE MEDIA_ITEM SET PUBLIC_SINCE = UPLOADED_AT
 WHERE ID IN (SELECT FEATURED_IMAGE_ID FROM ARTICLE WHERE STATUS = 'PUBLISHED' AND FEATURED_IMAGE_ID IS NOT NULL);

UPDATE MEDIA_ITEM SET PUBLIC_SINCE = UPLOADED_AT
 WHERE PUBLIC_SINCE IS NULL
   AND EXISTS (SELECT 1 FROM ARTICLE a WHERE a.STATUS = 'PUBLISHED'
                 AND a.BODY LIKE CONCAT('%/media/', CAST(MEDIA_ITEM.ID AS VARCHAR(20)), '.%'));
