-- Steps 4 and 5: where a release went online, archive number series with their templates,
-- gap-free archive numbers that are voided but never reused, and the filing cabinet.
-- Never edit once landed.

CREATE TABLE sites (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE COLLATE NOCASE,
    active  INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    sort    INTEGER NOT NULL
) STRICT;

INSERT INTO sites (name, sort) VALUES
    ('Website resmi dinas', 1), ('Media Center', 2), ('Info Publik', 3),
    ('Website pemerintah daerah', 4);

CREATE TABLE publications (
    id            INTEGER PRIMARY KEY,
    release_id    INTEGER NOT NULL REFERENCES releases(id),
    site_id       INTEGER NOT NULL REFERENCES sites(id),
    url           TEXT NOT NULL,
    published_at  TEXT NOT NULL,
    operator_id   INTEGER NOT NULL REFERENCES users(id),
    recorded_at   TEXT NOT NULL,
    UNIQUE (release_id, site_id, url)
) STRICT;
CREATE INDEX publications_by_release ON publications (release_id);
CREATE INDEX publications_by_time ON publications (published_at);

ALTER TABLE releases ADD COLUMN not_published_reason TEXT;

CREATE TABLE archive_series (
    id        INTEGER PRIMARY KEY,
    code      TEXT NOT NULL UNIQUE,
    name      TEXT NOT NULL,
    -- e.g. '{seq:03}/PR/{unit}/{month_roman}/{year}'
    template  TEXT NOT NULL,
    classification TEXT NOT NULL,
    reset     TEXT NOT NULL CHECK (reset IN ('yearly', 'monthly'))
) STRICT;

INSERT INTO archive_series (code, name, template, classification, reset) VALUES
    ('approved', 'Rilis disetujui', '{seq:03}/PR/{unit}/{month_roman}/{year}', '480', 'yearly'),
    ('rejected', 'Rilis tidak disetujui', '{seq:03}/PR-TL/{unit}/{month_roman}/{year}', '480',
     'yearly');

CREATE TABLE archive_numbers (
    id            INTEGER PRIMARY KEY,
    series_id     INTEGER NOT NULL REFERENCES archive_series(id),
    year          INTEGER NOT NULL,
    period        INTEGER NOT NULL,
    seq           INTEGER NOT NULL,
    number        TEXT NOT NULL,
    release_id    INTEGER NOT NULL REFERENCES releases(id),
    folder_id     INTEGER NOT NULL REFERENCES folders(id),
    prior_status  TEXT NOT NULL,
    allocated_at  TEXT NOT NULL,
    allocated_by  INTEGER REFERENCES users(id),
    voided_at     TEXT,
    voided_by     INTEGER REFERENCES users(id),
    void_reason   TEXT,
    UNIQUE (series_id, year, period, seq)
) STRICT;
CREATE INDEX archive_numbers_by_release ON archive_numbers (release_id);
CREATE INDEX archive_numbers_by_number ON archive_numbers (number COLLATE NOCASE);

CREATE TRIGGER archive_numbers_never_deleted
BEFORE DELETE ON archive_numbers
BEGIN
    SELECT RAISE(ABORT, 'archive numbers are never deleted');
END;

CREATE TABLE cabinets (
    id    INTEGER PRIMARY KEY,
    code  TEXT NOT NULL UNIQUE,
    name  TEXT NOT NULL
) STRICT;

CREATE TABLE drawers (
    id          INTEGER PRIMARY KEY,
    cabinet_id  INTEGER NOT NULL REFERENCES cabinets(id),
    code        TEXT NOT NULL,
    name        TEXT NOT NULL,
    UNIQUE (cabinet_id, code)
) STRICT;

CREATE TABLE folders (
    id         INTEGER PRIMARY KEY,
    drawer_id  INTEGER NOT NULL REFERENCES drawers(id),
    code       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    capacity   INTEGER NOT NULL CHECK (capacity > 0),
    closed     INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1))
) STRICT;

CREATE TABLE filings (
    release_id  INTEGER PRIMARY KEY REFERENCES releases(id),
    folder_id   INTEGER NOT NULL REFERENCES folders(id),
    filed_at    TEXT NOT NULL,
    filed_by    INTEGER REFERENCES users(id)
) STRICT;
CREATE INDEX filings_by_folder ON filings (folder_id);
