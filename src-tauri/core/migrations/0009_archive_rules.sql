-- The archive by the national rules (issue 17): the office's classification scheme with each
-- code's retention and security classification, the code each release is filed under, the
-- files (berkas) an archivist gathers archived releases into, and who may open a release
-- classified terbatas or rahasia. The seeded scheme is a small default for a communications
-- office's public-information records; the office imports its own (`class import`).
-- Never edit once landed.

CREATE TABLE class_codes (
    code            TEXT NOT NULL PRIMARY KEY,
    name            TEXT NOT NULL,
    active_years    INTEGER NOT NULL CHECK (active_years BETWEEN 0 AND 100),
    inactive_years  INTEGER NOT NULL CHECK (inactive_years BETWEEN 0 AND 100),
    disposition     TEXT NOT NULL
                    CHECK (disposition IN ('musnah', 'dinilai kembali', 'permanen')),
    security        TEXT NOT NULL DEFAULT 'biasa'
                    CHECK (security IN ('biasa', 'terbatas', 'rahasia')),
    sort            INTEGER NOT NULL
) STRICT;

INSERT INTO class_codes (code, name, active_years, inactive_years, disposition, security, sort)
VALUES
    ('PR.01.01', 'Siaran pers (press release) instansi', 2, 5, 'dinilai kembali', 'biasa', 1),
    ('PR.01.02', 'Klarifikasi dan hak jawab', 2, 5, 'permanen', 'biasa', 2),
    ('PR.02.01', 'Publikasi di website dan media sosial', 2, 3, 'musnah', 'biasa', 3),
    ('PR.02.02', 'Pengumuman dan penyebarluasan informasi', 1, 2, 'musnah', 'biasa', 4),
    ('PR.03.01', 'Liputan kegiatan pimpinan', 2, 5, 'permanen', 'biasa', 5),
    ('PR.03.02', 'Undangan liputan dan agenda pimpinan', 1, 1, 'musnah', 'biasa', 6),
    ('PR.04.01', 'Informasi yang dikecualikan (terbatas)', 2, 5, 'dinilai kembali',
     'terbatas', 7),
    ('PR.04.02', 'Informasi yang dikecualikan (rahasia)', 5, 10, 'dinilai kembali',
     'rahasia', 8);

-- The code suggested for a release of each news type; the admin or archivist changes it.
CREATE TABLE class_suggestions (
    news_type_id  INTEGER PRIMARY KEY REFERENCES news_types(id),
    code          TEXT NOT NULL REFERENCES class_codes(code)
) STRICT;

INSERT INTO class_suggestions (news_type_id, code)
SELECT n.id, m.code FROM news_types n JOIN (
    SELECT 'Kegiatan pimpinan' AS name, 'PR.03.01' AS code
    UNION ALL SELECT 'Pengumuman', 'PR.02.02'
    UNION ALL SELECT 'Klarifikasi/hak jawab', 'PR.01.02'
    UNION ALL SELECT 'Undangan liputan', 'PR.03.02'
    UNION ALL SELECT 'Lainnya', 'PR.01.01'
) m ON m.name = n.name;

-- Which roles open a release of each restricted class (comma-separated role names, as
-- `Role::as_str`); biasa opens for everyone. Set by the admin.
CREATE TABLE security_access (
    security  TEXT NOT NULL PRIMARY KEY CHECK (security IN ('terbatas', 'rahasia')),
    roles     TEXT NOT NULL,
    set_at    TEXT,
    set_by    INTEGER REFERENCES users(id)
) STRICT;

INSERT INTO security_access (security, roles) VALUES
    ('terbatas', 'Kadis,Kabid,Kasi,Archivist,Secretary'),
    ('rahasia', 'Kadis,Archivist');

-- A release's classification: its code (given when archived, from the suggestion) and its
-- own security marking, which can only raise the code's.
CREATE TABLE release_classes (
    release_id  INTEGER PRIMARY KEY REFERENCES releases(id),
    code        TEXT REFERENCES class_codes(code),
    security    TEXT CHECK (security IS NULL OR security IN ('biasa', 'terbatas', 'rahasia')),
    set_at      TEXT NOT NULL,
    set_by      INTEGER REFERENCES users(id)
) STRICT;

-- A file (berkas): numbered gap-free per year, under one code, of one processing unit, for a
-- period; closed at its end, after which it never changes and takes no item.
CREATE TABLE berkas (
    id            INTEGER PRIMARY KEY,
    year          INTEGER NOT NULL,
    seq           INTEGER NOT NULL,
    code          TEXT NOT NULL REFERENCES class_codes(code),
    description   TEXT NOT NULL,
    unit          TEXT NOT NULL,
    folder_id     INTEGER REFERENCES folders(id),
    period_start  TEXT NOT NULL,
    period_end    TEXT,
    opened_at     TEXT NOT NULL,
    opened_by     INTEGER REFERENCES users(id),
    closed_at     TEXT,
    closed_by     INTEGER REFERENCES users(id),
    UNIQUE (year, seq)
) STRICT;
CREATE INDEX berkas_by_folder ON berkas (folder_id);

-- The items of a file: archived releases, numbered gap-free within the file. A release is an
-- item of one file.
CREATE TABLE berkas_items (
    release_id  INTEGER PRIMARY KEY REFERENCES releases(id),
    berkas_id   INTEGER NOT NULL REFERENCES berkas(id),
    item_no     INTEGER NOT NULL,
    added_at    TEXT NOT NULL,
    added_by    INTEGER REFERENCES users(id),
    UNIQUE (berkas_id, item_no)
) STRICT;

CREATE TRIGGER berkas_never_deleted BEFORE DELETE ON berkas
BEGIN
    SELECT RAISE(ABORT, 'a file (berkas) is never deleted');
END;

CREATE TRIGGER berkas_closed_never_changes BEFORE UPDATE ON berkas
WHEN OLD.closed_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a closed file (berkas) never changes');
END;

CREATE TRIGGER berkas_items_never_deleted BEFORE DELETE ON berkas_items
BEGIN
    SELECT RAISE(ABORT, 'an item of a file (berkas) is never deleted');
END;

CREATE TRIGGER berkas_items_never_change BEFORE UPDATE ON berkas_items
BEGIN
    SELECT RAISE(ABORT, 'an item of a file (berkas) never changes');
END;

CREATE TRIGGER berkas_items_only_open BEFORE INSERT ON berkas_items
WHEN (SELECT closed_at FROM berkas WHERE id = NEW.berkas_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a closed file (berkas) takes no new item');
END;

CREATE TRIGGER release_classes_fixed_when_closed BEFORE UPDATE ON release_classes
WHEN EXISTS (SELECT 1 FROM berkas_items i JOIN berkas b ON b.id = i.berkas_id
             WHERE i.release_id = OLD.release_id AND b.closed_at IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'the classification of a release in a closed file never changes');
END;

CREATE TRIGGER release_classes_never_deleted BEFORE DELETE ON release_classes
BEGIN
    SELECT RAISE(ABORT, 'a classification is never deleted');
END;
