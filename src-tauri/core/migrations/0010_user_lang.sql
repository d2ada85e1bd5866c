-- Each user's interface language (issue 16): 'id' (Bahasa Indonesia, the default) or 'en',
-- chosen on the sign-in screen or in Pengaturan and applied at the user's next sign-in.
-- Printed documents stay Indonesian whatever it is. Never edit once landed.

ALTER TABLE users ADD COLUMN lang TEXT NOT NULL DEFAULT 'id' CHECK (lang IN ('id', 'en'));
