-- The office's working calendar (issue 14): the working hours of each weekday and the
-- holidays the admin sets, so that a time standard of "2 hari" counts working time. Never edit
-- once landed.

-- One row per ISO weekday (1 = Senin … 7 = Minggu); a day off has no hours. Minutes after the
-- local midnight, the span [open_min, close_min).
CREATE TABLE working_hours (
    weekday    INTEGER NOT NULL PRIMARY KEY CHECK (weekday BETWEEN 1 AND 7),
    open_min   INTEGER CHECK (open_min BETWEEN 0 AND 1439),
    close_min  INTEGER CHECK (close_min BETWEEN 1 AND 1440),
    saved_at   TEXT NOT NULL,
    saved_by   INTEGER REFERENCES users(id),
    CHECK ((open_min IS NULL) = (close_min IS NULL)),
    CHECK (open_min IS NULL OR open_min < close_min)
) STRICT;

-- The civil service week: Monday–Thursday 07.30–16.00, Friday 07.30–16.30.
INSERT INTO working_hours (weekday, open_min, close_min, saved_at) VALUES
    (1, 450, 960, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    (2, 450, 960, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    (3, 450, 960, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    (4, 450, 960, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    (5, 450, 990, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    (6, NULL, NULL, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    (7, NULL, NULL, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));

-- National holidays and the office's own (cuti bersama included), one name per local date.
CREATE TABLE holidays (
    date       TEXT NOT NULL PRIMARY KEY
               CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    added_at   TEXT NOT NULL,
    added_by   INTEGER REFERENCES users(id)
) STRICT;
