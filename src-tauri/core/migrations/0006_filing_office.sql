-- Filing in a real office (issue 13): the label stocks and printer offsets the archivist sets
-- up, kept in the store (backed up, the same for every account and computer) rather than in
-- one web view's local storage; and the rank (pangkat/golongan) of a user, printed under the
-- Kadis's name. Never edit once landed.

-- User-defined label stocks; the Avery ones are built in and never stored. Every length in mm.
CREATE TABLE label_stocks (
    name         TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
    label_w      REAL NOT NULL,
    label_h      REAL NOT NULL,
    cols         INTEGER NOT NULL,
    rows         INTEGER NOT NULL,
    margin_left  REAL NOT NULL,
    margin_top   REAL NOT NULL,
    gap_x        REAL NOT NULL,
    gap_y        REAL NOT NULL,
    saved_at     TEXT NOT NULL,
    saved_by     INTEGER REFERENCES users(id)
) STRICT;

-- How far a printer shifts a stock's labels, read off the calibration sheet.
CREATE TABLE print_offsets (
    printer      TEXT NOT NULL COLLATE NOCASE,
    stock        TEXT NOT NULL COLLATE NOCASE,
    offset_x_mm  REAL NOT NULL,
    offset_y_mm  REAL NOT NULL,
    saved_at     TEXT NOT NULL,
    saved_by     INTEGER REFERENCES users(id),
    PRIMARY KEY (printer, stock)
) STRICT;

-- "Pembina Utama Muda (IV/c)"; empty when not given.
ALTER TABLE users ADD COLUMN rank TEXT NOT NULL DEFAULT '';

-- What a folder holds is its live archive numbers (a voided number leaves the folder; its rows
-- stay as history): counted for every folder list and suggestion, so indexed.
CREATE INDEX archive_numbers_live_by_folder ON archive_numbers (folder_id) WHERE voided_at IS NULL;
