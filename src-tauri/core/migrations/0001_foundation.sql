-- PressDesk foundation: office, users, the SOP template as data, the agenda book with its
-- evidence, step timings, the audit chain and the search index. Never edit once landed.

CREATE TABLE office (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    name        TEXT NOT NULL,
    unit_code   TEXT NOT NULL,
    address     TEXT NOT NULL,
    timezone    TEXT NOT NULL CHECK (timezone IN ('WIB', 'WITA', 'WIT')),
    logo_sha    TEXT REFERENCES files(sha256),
    created_at  TEXT NOT NULL
) STRICT;

CREATE TABLE users (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    nip         TEXT NOT NULL UNIQUE,
    role        TEXT NOT NULL
                CHECK (role IN ('Kasi', 'Kadis', 'Kabid', 'Operator', 'Archivist', 'Admin')),
    position    TEXT NOT NULL,
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at  TEXT NOT NULL
) STRICT;

CREATE TABLE sop_templates (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    office      TEXT NOT NULL,
    is_default  INTEGER NOT NULL CHECK (is_default IN (0, 1))
) STRICT;

CREATE TABLE sop_steps (
    template_id         INTEGER NOT NULL REFERENCES sop_templates(id),
    seq                 INTEGER NOT NULL,
    name                TEXT NOT NULL,
    roles               TEXT NOT NULL,
    state_reached       TEXT NOT NULL,
    time_standard_secs  INTEGER NOT NULL CHECK (time_standard_secs > 0),
    output              TEXT NOT NULL,
    PRIMARY KEY (template_id, seq)
) STRICT;

INSERT INTO sop_templates (id, code, title, office, is_default) VALUES
    (1, 'SOP-004', 'Layanan Informasi Media On Line Melalui Website',
     'Diskominfo Provinsi Kalimantan Utara', 1);

INSERT INTO sop_steps VALUES
    (1, 1, 'Menerima press release beserta bukti multimedia dan memeriksa format tata naskah dinas',
        'Kasi', 'Registered', 420, 'Baris Buku Agenda dan nomor agenda'),
    (1, 2, 'Memeriksa dan memilah sebagai bahan website; paraf Kadis',
        'Kasi,Kadis', 'Initialed', 420, 'Keputusan setuju / tidak setuju'),
    (1, 3, 'Mengelompokkan rilis disetujui dan tidak disetujui; paraf Kadis dan Kabid',
        'Kadis,Kabid', 'Approved', 420, 'Kelompok disetujui dan tidak disetujui'),
    (1, 4, 'Memasukkan rilis yang disetujui ke website',
        'Operator', 'Published', 420, 'Alamat (URL) dan waktu tayang'),
    (1, 5, 'Memberi nomor dan menyimpan rilis di filing kabinet',
        'Archivist', 'Archived', 420, 'Nomor arsip dan lokasi simpan');

CREATE TABLE news_types (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE COLLATE NOCASE,
    active  INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    sort    INTEGER NOT NULL
) STRICT;

INSERT INTO news_types (name, sort) VALUES
    ('Kegiatan pimpinan', 1), ('Pengumuman', 2), ('Klarifikasi/hak jawab', 3),
    ('Undangan liputan', 4), ('Lainnya', 99);

-- Gap-free numbering: one counter row per series and year, bumped inside BEGIN IMMEDIATE.
CREATE TABLE counters (
    series  TEXT NOT NULL,
    year    INTEGER NOT NULL,
    last    INTEGER NOT NULL,
    PRIMARY KEY (series, year)
) STRICT;

CREATE TABLE files (
    sha256       TEXT PRIMARY KEY,
    size         INTEGER NOT NULL,
    mime         TEXT NOT NULL,
    width        INTEGER,
    height       INTEGER,
    captured_at  TEXT,
    has_thumb    INTEGER NOT NULL CHECK (has_thumb IN (0, 1)),
    created_at   TEXT NOT NULL
) STRICT;

CREATE TABLE releases (
    id              INTEGER PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE,
    agenda_year     INTEGER NOT NULL,
    agenda_seq      INTEGER NOT NULL,
    template_id     INTEGER NOT NULL REFERENCES sop_templates(id),
    status          TEXT NOT NULL CHECK (status IN
                    ('Registered', 'Initialed', 'Approved', 'Rejected', 'Published', 'Archived')),
    received_at     TEXT NOT NULL,
    sender_org      TEXT NOT NULL,
    sender_contact  TEXT NOT NULL,
    letter_no       TEXT NOT NULL,
    letter_date     TEXT,
    title           TEXT NOT NULL,
    news_type_id    INTEGER NOT NULL REFERENCES news_types(id),
    event_date      TEXT,
    event_place     TEXT NOT NULL,
    body            TEXT NOT NULL,
    checklist       TEXT NOT NULL,
    remarks         TEXT NOT NULL,
    received_by     INTEGER REFERENCES users(id),
    created_at      TEXT NOT NULL,
    UNIQUE (agenda_year, agenda_seq)
) STRICT;

CREATE INDEX releases_by_received ON releases (received_at DESC, id DESC);
CREATE INDEX releases_by_status ON releases (status, received_at DESC, id DESC);
CREATE INDEX releases_by_type ON releases (news_type_id, received_at DESC, id DESC);
CREATE INDEX releases_by_letter_no ON releases (letter_no COLLATE NOCASE);

CREATE TABLE evidence (
    id             INTEGER PRIMARY KEY,
    release_id     INTEGER NOT NULL REFERENCES releases(id),
    seq            INTEGER NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('photo', 'video', 'letter')),
    file_sha       TEXT NOT NULL REFERENCES files(sha256),
    original_name  TEXT NOT NULL,
    added_at       TEXT NOT NULL,
    UNIQUE (release_id, file_sha),
    UNIQUE (release_id, seq)
) STRICT;

CREATE INDEX evidence_by_file ON evidence (file_sha);

CREATE TABLE step_timings (
    release_id  INTEGER NOT NULL REFERENCES releases(id),
    step_seq    INTEGER NOT NULL,
    started_at  TEXT NOT NULL,
    ended_at    TEXT,
    actor_id    INTEGER REFERENCES users(id),
    PRIMARY KEY (release_id, step_seq)
) STRICT;

-- Every write appends one event; `hash` covers the event and the previous event's hash.
CREATE TABLE audit_events (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    actor_id   INTEGER,
    action     TEXT NOT NULL,
    entity     TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    payload    TEXT NOT NULL,
    prev_hash  TEXT NOT NULL,
    hash       TEXT NOT NULL UNIQUE
) STRICT;

CREATE INDEX audit_by_entity ON audit_events (entity, entity_id, id);

CREATE VIRTUAL TABLE releases_fts USING fts5 (
    title, body, sender, numbers,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);
