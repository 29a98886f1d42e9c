-- daybook schema 9: the translation memory learns titles, leads and photo captions besides
-- body text. Each pair says which part of the event it came from, so that `daybook tm
-- stats` can count the memory and a day's recall per part. Existing pairs are body text.
ALTER TABLE tm_segments ADD COLUMN field TEXT NOT NULL DEFAULT 'body';  -- title, lead, caption, body
