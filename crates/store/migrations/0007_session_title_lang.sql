-- The language a session's title and description are written in (a code of
-- the languages vocabulary), so that pages in another language mark it with
-- `lang` (WCAG 3.1.2). NULL: not said.
ALTER TABLE activity_sessions ADD COLUMN title_lang TEXT;
