-- The seed data of SQLite migrations 0001, 0003, 0007 and 0008, copied as they stand: SOP 004's
-- first steps, the news types, the websites, the archive series, the four SOP templates in
-- their first versions and the civil-service week. Never edit once landed.

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

INSERT INTO news_types (name, sort) VALUES
    ('Kegiatan pimpinan', 1), ('Pengumuman', 2), ('Klarifikasi/hak jawab', 3),
    ('Undangan liputan', 4), ('Lainnya', 99);

INSERT INTO sites (name, sort) VALUES
    ('Website resmi dinas', 1), ('Media Center', 2), ('Info Publik', 3),
    ('Website pemerintah daerah', 4);

INSERT INTO archive_series (code, name, template, classification, reset) VALUES
    ('approved', 'Rilis disetujui', '{seq:03}/PR/{unit}/{month_roman}/{year}', '480', 'yearly'),
    ('rejected', 'Rilis tidak disetujui', '{seq:03}/PR-TL/{unit}/{month_roman}/{year}', '480',
     'yearly');

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

-- The civil service week: Monday–Thursday 07.30–16.00, Friday 07.30–16.30.
INSERT INTO working_hours (weekday, open_min, close_min, saved_at) VALUES
    (1, 450, 960, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')),
    (2, 450, 960, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')),
    (3, 450, 960, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')),
    (4, 450, 960, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')),
    (5, 450, 990, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')),
    (6, NULL, NULL, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')),
    (7, NULL, NULL, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'));

-- The rows above chose their ids; identities continue after them.
SELECT setval(pg_get_serial_sequence('sop_templates', 'id'), (SELECT max(id) FROM sop_templates));
SELECT setval(pg_get_serial_sequence('sop_versions', 'id'), (SELECT max(id) FROM sop_versions));
