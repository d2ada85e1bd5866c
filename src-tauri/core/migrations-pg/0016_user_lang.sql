-- Each user's interface language (issue 16), as SQLite migration 0010: 'id' (the default) or
-- 'en'. The desk role reads it and changes only this column of users (core changes it for the
-- signed-in user only, as it does the saved initials). `{{app}}` is the application role.
-- Never edit once landed.

ALTER TABLE users ADD COLUMN lang text NOT NULL DEFAULT 'id' CHECK (lang IN ('id', 'en'));

GRANT SELECT (lang) ON users TO {{app}};
GRANT UPDATE (lang) ON users TO {{app}};
