-- The SOP as data (issue 14): every template of the seeds in versions whose steps say their
-- act, roles, state, time standard, output and requirements; the roles the other SOPs name;
-- each release bound to the version it started under and its place in it; when a step was
-- taken up; the media center's duty roster. Never edit once landed.

-- The roles of SOP 001, 003 and 000 beside SOP 004's. SQLite cannot widen a CHECK in place, so
-- `users` is rebuilt (the migration runner turns foreign keys off around a migration and checks
-- them before it commits); every column is copied as it is.
CREATE TABLE users_new (
    id                  INTEGER PRIMARY KEY,
    name                TEXT NOT NULL,
    nip                 TEXT NOT NULL UNIQUE,
    role                TEXT NOT NULL
                        CHECK (role IN ('Kasi', 'Kadis', 'Kabid', 'Operator', 'Archivist', 'Admin',
                            'Reporter', 'MediaTeam', 'Processor', 'Secretary', 'Staff')),
    position            TEXT NOT NULL,
    active              INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at          TEXT NOT NULL,
    pin_hash            TEXT,
    failed_pins         INTEGER NOT NULL DEFAULT 0,
    locked_until        TEXT,
    saved_initials_sha  TEXT REFERENCES files(sha256),
    saved_initials_w_mm REAL,
    saved_initials_h_mm REAL,
    rank                TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO users_new (id, name, nip, role, position, active, created_at, pin_hash, failed_pins,
        locked_until, saved_initials_sha, saved_initials_w_mm, saved_initials_h_mm, rank)
    SELECT id, name, nip, role, position, active, created_at, pin_hash, failed_pins,
        locked_until, saved_initials_sha, saved_initials_w_mm, saved_initials_h_mm, rank
    FROM users;
DROP TABLE users;
ALTER TABLE users_new RENAME TO users;

-- A template (`sop_templates`, one per SOP) has versions; an admin's change makes a new one and
-- a release keeps the version it started under. Versions and their steps never change.
-- (`sop_steps` of 0001 is SOP 004's first version, copied here; nothing reads it any more.)
ALTER TABLE sop_templates ADD COLUMN summary TEXT NOT NULL DEFAULT '';

CREATE TABLE sop_versions (
    id           INTEGER PRIMARY KEY,
    template_id  INTEGER NOT NULL REFERENCES sop_templates(id),
    version      INTEGER NOT NULL CHECK (version >= 1),
    title        TEXT NOT NULL,
    record_book  TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    created_by   INTEGER REFERENCES users(id),
    UNIQUE (template_id, version)
) STRICT;

CREATE TABLE sop_version_steps (
    version_id       INTEGER NOT NULL REFERENCES sop_versions(id),
    seq              INTEGER NOT NULL CHECK (seq >= 1),
    name             TEXT NOT NULL,
    act              TEXT NOT NULL CHECK (act IN ('roster', 'register', 'assign', 'submit',
                         'write', 'check_paraf', 'co_paraf', 'verify', 'publish', 'document',
                         'archive', 'complete')),
    roles            TEXT NOT NULL,
    state_reached    TEXT NOT NULL CHECK (state_reached IN
                         ('Registered', 'Initialed', 'Approved', 'Published', 'Archived')),
    state_label      TEXT NOT NULL,
    standard_kind    TEXT NOT NULL CHECK (standard_kind IN ('minutes', 'hours', 'working_days',
                         'months', 'before_event', 'after_event', 'none')),
    standard_amount  INTEGER NOT NULL CHECK (standard_amount >= 0),
    output           TEXT NOT NULL,
    requirements     TEXT NOT NULL,
    sites            INTEGER NOT NULL DEFAULT 1 CHECK (sites >= 1),
    PRIMARY KEY (version_id, seq)
) STRICT;

CREATE TRIGGER sop_versions_never_change BEFORE UPDATE ON sop_versions
BEGIN SELECT RAISE(ABORT, 'an SOP version never changes; make a new one'); END;
CREATE TRIGGER sop_versions_never_deleted BEFORE DELETE ON sop_versions
BEGIN SELECT RAISE(ABORT, 'an SOP version is never deleted'); END;
CREATE TRIGGER sop_version_steps_never_change BEFORE UPDATE ON sop_version_steps
BEGIN SELECT RAISE(ABORT, 'an SOP version never changes; make a new one'); END;
CREATE TRIGGER sop_version_steps_never_deleted BEFORE DELETE ON sop_version_steps
BEGIN SELECT RAISE(ABORT, 'an SOP version is never deleted'); END;

UPDATE sop_templates SET summary = 'Lima langkah, masing-masing 7 menit; Buku Agenda Press Release.'
WHERE id = 1;
INSERT INTO sop_templates (id, code, title, office, is_default, summary) VALUES
    (2, 'SOP-001', 'Layanan dan Posting Konten Berita di Website Media Center dan Info Publik',
     'DKISP Kota Palangka Raya', 0,
     'Jadwal piket bulanan, agenda pimpinan H-1, liputan, kirim bahan 1 jam, sunting dan '
     || 'verifikasi 3 jam, tayang di tiga website 2 jam, dokumentasi H+1.'),
    (3, 'SOP-003', 'Penyebarluasan Informasi', 'Diskominfo Kota Pontianak', 0,
     'Bahan liputan 2 jam, ditulis menjadi berita 1 jam, koreksi tim pengolah 30 menit, siap '
     || 'disebarluaskan 30 menit.'),
    (4, 'SOP-000', 'Pengelolaan Media Informasi dan Komunikasi Publik (SOP IV.3)',
     'DKISP Kota Palangka Raya', 0,
     'Menghimpun 2 hari, inventarisasi 240 menit, evaluasi 2 hari, pengelolaan melalui media '
     || '2 hari, layanan media elektronik 120 menit, distribusi 60 menit.');

INSERT INTO sop_versions (id, template_id, version, title, record_book, note, created_at) VALUES
    (1, 1, 1, 'Layanan Informasi Media On Line Melalui Website', 'Buku Agenda Press Release',
     'Bawaan PressDesk', '2026-01-01T00:00:00Z'),
    (2, 2, 1, 'Layanan dan Posting Konten Berita di Website Media Center dan Info Publik',
     'Buku Jadwal Kegiatan', 'Bawaan PressDesk', '2026-01-01T00:00:00Z'),
    (3, 3, 1, 'Penyebarluasan Informasi', 'Laporan Berita yang Disebarluaskan',
     'Bawaan PressDesk', '2026-01-01T00:00:00Z'),
    (4, 4, 1, 'Pengelolaan Media Informasi dan Komunikasi Publik', 'Buku Agenda Informasi Publik',
     'Bawaan PressDesk', '2026-01-01T00:00:00Z');

INSERT INTO sop_version_steps (version_id, seq, name, act, roles, state_reached, state_label,
        standard_kind, standard_amount, output, requirements, sites) VALUES
    (1, 1, 'Menerima press release beserta bukti multimedia dan memeriksa format tata naskah dinas',
        'register', 'Kasi', 'Registered', 'Terdaftar', 'minutes', 7,
        'Baris Buku Agenda dan nomor agenda', 'Form Press Release, bukti foto/video asli', 1),
    (1, 2, 'Memeriksa dan memilah sebagai bahan website; paraf Kadis',
        'check_paraf', 'Kasi,Kadis', 'Initialed', 'Diparaf', 'minutes', 7,
        'Keputusan setuju / tidak setuju', 'Press release yang sudah terdaftar', 1),
    (1, 3, 'Mengelompokkan rilis disetujui dan tidak disetujui; paraf Kadis dan Kabid',
        'co_paraf', 'Kadis,Kabid', 'Approved', 'Disetujui', 'minutes', 7,
        'Kelompok disetujui dan tidak disetujui', 'Rilis yang sudah diparaf Kadis', 1),
    (1, 4, 'Memasukkan rilis yang disetujui ke website',
        'publish', 'Operator', 'Published', 'Tayang', 'minutes', 7,
        'Alamat (URL) dan waktu tayang', 'Rilis yang disetujui dan diparaf', 1),
    (1, 5, 'Memberi nomor dan menyimpan rilis di filing kabinet',
        'archive', 'Archivist', 'Archived', 'Diarsipkan', 'minutes', 7,
        'Nomor arsip dan lokasi simpan', 'Rilis yang sudah diparaf dan ditandatangani', 1),

    (2, 1, 'Menyusun jadwal piket petugas media center',
        'roster', 'Kasi', 'Registered', 'Terjadwal', 'months', 1,
        'Jadwal piket bulanan', 'Daftar petugas media center', 1),
    (2, 2, 'Menerima dan meneruskan agenda kegiatan pimpinan',
        'register', 'Kasi,MediaTeam', 'Registered', 'Agenda diterima', 'before_event', 1,
        'Buku Jadwal Kegiatan', 'Agenda kegiatan pimpinan', 1),
    (2, 3, 'Menugaskan peliputan kegiatan kepada reporter',
        'assign', 'Kasi,MediaTeam', 'Registered', 'Ditugaskan', 'none', 0,
        'Reporter yang meliput', 'Jadwal piket, agenda kegiatan', 1),
    (2, 4, 'Mengirim hasil liputan melalui e-mail resmi ke grup media center',
        'submit', 'Reporter', 'Registered', 'Bahan dikirim', 'hours', 1,
        'Bahan liputan (naskah, foto, video)', 'Hasil liputan', 1),
    (2, 5, 'Menyunting serta memverifikasi kebenaran dan kelayakan berita',
        'verify', 'MediaTeam', 'Approved', 'Diverifikasi', 'hours', 3,
        'Berita layak tayang', 'Bahan liputan', 1),
    (2, 6, 'Memposting berita ke website Media Center, Info Publik dan website Pemerintah Kota',
        'publish', 'Operator,MediaTeam', 'Published', 'Tayang', 'hours', 2,
        'Alamat (URL) di tiga website', 'Berita yang sudah diverifikasi', 3),
    (2, 7, 'Mendokumentasikan hasil liputan dan berita yang ditayangkan',
        'document', 'MediaTeam,Archivist', 'Published', 'Didokumentasikan', 'after_event', 1,
        'Dokumentasi liputan dan berita', 'Berita yang sudah tayang', 1),

    (3, 1, 'Menerima bahan liputan',
        'register', 'Kasi,Processor', 'Registered', 'Bahan diterima', 'hours', 2,
        'Bahan liputan tercatat', 'Bahan liputan (naskah, foto, video)', 1),
    (3, 2, 'Mengolah bahan menjadi berita',
        'write', 'Processor', 'Registered', 'Ditulis', 'hours', 1,
        'Naskah berita', 'Bahan liputan', 1),
    (3, 3, 'Mengoreksi berita oleh tim pengolah sebelum dirilis',
        'verify', 'Processor,Kasi', 'Approved', 'Dikoreksi', 'minutes', 30,
        'Berita siap rilis', 'Naskah berita', 1),
    (3, 4, 'Menyebarluaskan berita',
        'publish', 'Operator,Processor', 'Published', 'Disebarluaskan', 'minutes', 30,
        'Berita yang disebarluaskan; laporan kepada Kepala Dinas', 'Berita yang sudah dikoreksi', 1),

    (4, 1, 'Menghimpun informasi',
        'register', 'Staff,Kasi', 'Registered', 'Dihimpun', 'working_days', 2,
        'Informasi terhimpun', 'Sumber informasi', 1),
    (4, 2, 'Menginventarisasi dan menyusun informasi',
        'write', 'Staff,Kasi', 'Registered', 'Disusun', 'minutes', 240,
        'Bahan informasi tersusun', 'Informasi terhimpun', 1),
    (4, 3, 'Mengevaluasi informasi',
        'verify', 'Kabid,Secretary', 'Approved', 'Dievaluasi', 'working_days', 2,
        'Informasi layak disebarluaskan', 'Bahan informasi tersusun', 1),
    (4, 4, 'Mengelola informasi melalui media pemerintah dan non pemerintah',
        'publish', 'Staff,Operator', 'Published', 'Dikelola melalui media', 'working_days', 2,
        'Informasi di media', 'Informasi yang sudah dievaluasi', 1),
    (4, 5, 'Pelayanan informasi melalui media elektronik',
        'complete', 'Operator,Staff', 'Published', 'Dilayankan', 'minutes', 120,
        'Layanan informasi elektronik', 'Informasi di media', 1),
    (4, 6, 'Mendistribusikan informasi ke media dan website',
        'complete', 'Staff,Kasi', 'Published', 'Didistribusikan', 'minutes', 60,
        'Informasi terdistribusi', 'Layanan informasi elektronik', 1);

-- Each release is bound to the version it started under and knows the last step it finished
-- (its place; the status is the state that step reached). Coverage goes to one reporter.
ALTER TABLE releases ADD COLUMN sop_version_id INTEGER REFERENCES sop_versions(id);
ALTER TABLE releases ADD COLUMN step_done INTEGER NOT NULL DEFAULT 1 CHECK (step_done >= 0);
ALTER TABLE releases ADD COLUMN assignee_id INTEGER REFERENCES users(id);
-- A withdrawn release never changes (0004's trigger): set aside for this one backfill, then
-- made again exactly as it was.
DROP TRIGGER releases_withdrawn_never_change;
UPDATE releases SET sop_version_id = 1,
    step_done = coalesce((SELECT max(t.step_seq) FROM step_timings t
                          WHERE t.release_id = releases.id AND t.ended_at IS NOT NULL), 1);
CREATE TRIGGER releases_withdrawn_never_change
BEFORE UPDATE ON releases
WHEN OLD.withdrawn_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'release is withdrawn and immutable');
END;
CREATE INDEX releases_by_step ON releases (sop_version_id, step_done, received_at DESC, id DESC);

-- When the responsible person took the step up (opened it from their queue or began the act):
-- the time before it is waiting, not handling.
ALTER TABLE step_timings ADD COLUMN taken_up_at TEXT;
ALTER TABLE step_timings ADD COLUMN taken_up_by INTEGER REFERENCES users(id);
-- What the person who did the step wrote with it ("dokumentasi di map 2026/11").
ALTER TABLE step_timings ADD COLUMN note TEXT NOT NULL DEFAULT '';

-- The media center's monthly duty roster (SOP 001 step 1): who is on duty which day.
CREATE TABLE duty_roster (
    day         TEXT NOT NULL,
    user_id     INTEGER NOT NULL REFERENCES users(id),
    duty        TEXT NOT NULL DEFAULT '',
    set_at      TEXT NOT NULL,
    set_by      INTEGER REFERENCES users(id),
    PRIMARY KEY (day, user_id)
) STRICT;
