-- The readers' section menu (issue 15): which sections it lists and in what order, as admins arrange
-- it on the sections page (like WordPress's Appearance > Menus, its order is its own, not the sections').
-- NULL: not in the menu. The top-level countries start in it, in the sections' order, so a site that
-- upgrades has a menu at once.
ALTER TABLE SECTION ADD COLUMN MENU_POSITION INTEGER;
UPDATE SECTION SET MENU_POSITION = SORT_ORDER WHERE KIND = 'COUNTRY' AND PARENT_ID IS NULL;
