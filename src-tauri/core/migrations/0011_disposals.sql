-- What was done with a file at the end of its retention steps, recorded once with its berita
-- acara: moved to the records unit (stage 'pindah') and its final disposition carried out
-- (stage 'akhir': destroyed, handed over permanently, or reviewed). A record never changes and
-- is never deleted; a file (berkas) itself stays as it was closed.
CREATE TABLE berkas_disposals (
    id           INTEGER PRIMARY KEY,
    berkas_id    INTEGER NOT NULL REFERENCES berkas(id),
    stage        TEXT NOT NULL CHECK (stage IN ('pindah', 'akhir')),
    disposition  TEXT NOT NULL
                 CHECK (disposition IN ('pindah', 'musnah', 'permanen', 'dinilai kembali')),
    done_on      TEXT NOT NULL,
    ba_number    TEXT NOT NULL,
    recorded_at  TEXT NOT NULL,
    recorded_by  INTEGER REFERENCES users(id),
    UNIQUE (berkas_id, stage)
) STRICT;

CREATE TRIGGER berkas_disposals_never_change BEFORE UPDATE ON berkas_disposals
BEGIN
    SELECT RAISE(ABORT, 'a disposal record never changes');
END;

CREATE TRIGGER berkas_disposals_never_deleted BEFORE DELETE ON berkas_disposals
BEGIN
    SELECT RAISE(ABORT, 'a disposal record is never deleted');
END;

-- Only a closed file is moved or disposed of.
CREATE TRIGGER berkas_disposals_only_closed BEFORE INSERT ON berkas_disposals
WHEN (SELECT closed_at FROM berkas WHERE id = NEW.berkas_id) IS NULL
BEGIN
    SELECT RAISE(ABORT, 'only a closed file (berkas) is moved or disposed of');
END;
