//! The Buku Agenda's cells and column widths: each row as the ledger prints it (short dates,
//! numbers broken after "/", what has not happened yet left blank), and the widths of the
//! columns measured over every row as the rows go by.

use chrono::NaiveDate;

use super::base::{Style, Weight};
use super::canvas::Canvas;
use super::fonts::Fonts;
use super::grid::{slashed, BODY, HEAD, PAD_X, SMALL};
use super::ledger_paraf::{paraf_cell, Mark};
use super::table::{span, Row};
use crate::model::TimeZone;
use crate::reports::{LedgerRow, LEDGER_COLUMNS};
use crate::timefmt;

/// Flexible columns: index and share of the room left; the rest are as wide as they need.
const FLEXIBLE: [(usize, f32); 6] = [
    (2, 24.0),
    (3, 18.0),
    (4, 44.0),
    (5, 13.0),
    (12, 17.0),
    (13, 16.0),
];
/// A flexible column's longest word counts up to this width.
const WORD_CAP: f32 = 24.0;

/// The column widths, from the widest content seen so far.
pub(super) struct Widths<'f> {
    fonts: &'f Fonts,
    w: [f32; 14],
    /// The widest archive number part, before clamping.
    archive: f32,
    paper: bool,
}

impl<'f> Widths<'f> {
    pub fn new(fonts: &'f Fonts) -> Widths<'f> {
        let mut w = [0.0f32; 14];
        let bold = Style::new(Weight::Bold, BODY.size);
        let mut me = Widths {
            fonts,
            w,
            archive: 0.0,
            paper: false,
        };
        for (i, title) in LEDGER_COLUMNS.iter().enumerate() {
            w[i] = me.longest_word(HEAD, title);
        }
        w[0] = w[0].max(me.text_w(bold, "000/0000"));
        w[1] = w[1].max(me.text_w(BODY, "30-09-2026"));
        w[9] = w[9].max(me.text_w(BODY, "disetujui"));
        w[10] = w[10].max(me.text_w(BODY, "30-09-2026"));
        me.w = w;
        me
    }

    fn text_w(&self, s: Style, t: &str) -> f32 {
        self.fonts.width(s.weight, s.size, t) + 2.0 * PAD_X + 0.6
    }

    fn longest_word(&self, s: Style, t: &str) -> f32 {
        t.split_whitespace()
            .map(|w| self.text_w(s, w))
            .fold(0.0, f32::max)
    }

    /// The widest part of a number broken after "/".
    fn part(&self, t: &str) -> f32 {
        t.split_inclusive('/')
            .map(|p| self.text_w(BODY, p))
            .fold(0.0, f32::max)
    }

    pub fn add(&mut self, r: &LedgerRow) {
        let bold = Style::new(Weight::Bold, BODY.size);
        let agenda = self.text_w(bold, &r.agenda_no);
        let archive = self.part(r.archive_no.as_deref().unwrap_or("—"));
        let flexible = [
            self.longest_word(BODY, &r.sender_org),
            self.part(&r.letter_no),
            self.longest_word(BODY, &r.title),
            self.longest_word(BODY, &r.news_type),
            self.longest_word(BODY, r.location.as_deref().unwrap_or("—")),
            self.longest_word(BODY, &r.remarks),
        ];
        self.w[0] = self.w[0].max(agenda);
        self.archive = self.archive.max(archive);
        for ((i, _), v) in FLEXIBLE.iter().zip(flexible) {
            self.w[*i] = self.w[*i].max(v.min(WORD_CAP));
        }
        self.paper |= [&r.paraf_kadis, &r.paraf_kabid]
            .into_iter()
            .any(|m| m.as_ref().is_some_and(|m| m.paper));
    }

    /// Fixed columns as wide as their content needs, the rest shared by sender, letter, title,
    /// news type, location and remarks, none narrower than its longest word or title word.
    pub fn finish(self, content_width: f32) -> [f32; 14] {
        let mut w = self.w;
        // A paper paraf's caption ("dikonfirmasi") sets the paraf columns' width.
        let paraf = if self.paper {
            self.text_w(SMALL, "dikonfirmasi")
        } else {
            12.5
        };
        w[7] = w[7].max(paraf);
        w[8] = w[8].max(paraf);
        w[11] = w[11].max(self.archive.clamp(16.0, 26.0));
        let fixed: f32 = w.iter().sum::<f32>() - FLEXIBLE.iter().map(|f| w[f.0]).sum::<f32>();
        let total: f32 = FLEXIBLE.iter().map(|f| f.1).sum();
        let rest = content_width - fixed;
        for (i, share) in FLEXIBLE {
            w[i] = (rest * share / total).max(w[i]);
        }
        // What the minimums took beyond the width comes off the title.
        let over = w.iter().sum::<f32>() - content_width;
        if over > 0.0 {
            w[4] = (w[4] - over).max(24.0);
        }
        w
    }
}

/// "01-10-2026": a ledger's dates, short enough for one line.
fn short_date(d: NaiveDate) -> String {
    d.format("%d-%m-%Y").to_string()
}

/// The local day of a stored UTC time, short.
fn short_day(stored: &str, tz: TimeZone) -> Option<String> {
    let t = timefmt::from_db(stored).ok()?;
    Some(short_date(timefmt::local_date(t, tz)))
}

pub(super) fn cells(
    c: &Canvas,
    r: &LedgerRow,
    marks: [Mark; 2],
    widths: &[f32; 14],
    tz: TimeZone,
) -> Row {
    let [kadis, kabid] = marks;
    let dash = || vec![span("—", BODY)];
    let mut sender = vec![span(r.sender_org.trim(), BODY)];
    if !r.sender_contact.trim().is_empty() {
        sender.push(span(r.sender_contact.trim(), SMALL));
    }
    let letter_date = r.letter_date.as_deref();
    let letter_date = letter_date.and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    let letter = match (r.letter_no.trim(), letter_date) {
        ("", None) => dash(),
        (no, date) => {
            let no = if no.is_empty() { "—" } else { no };
            let mut v = slashed(c, no, BODY, widths[3] - 2.0 * PAD_X);
            v.extend(date.map(|d| span(short_date(d), SMALL)));
            v
        }
    };
    let received = short_day(&r.received_at, tz).unwrap_or_else(|| r.received_date.clone());
    let online = r.online_at.as_deref().and_then(|t| short_day(t, tz));
    // What has not happened yet stays blank, as on a paper ledger.
    let archive = match &r.archive_no {
        Some(no) => slashed(c, no, BODY, widths[11] - 2.0 * PAD_X),
        None => Vec::new(),
    };
    let opt = |o: &Option<String>| o.iter().map(|s| span(s.clone(), BODY)).collect();
    Row::new(vec![
        vec![span(&r.agenda_no, Style::new(Weight::Bold, BODY.size))],
        vec![span(received, BODY), span(&r.received_time, SMALL)],
        sender,
        letter,
        vec![span(r.title.trim(), BODY)],
        vec![span(&r.news_type, BODY)],
        vec![span(r.evidence_count.to_string(), BODY)],
        paraf_cell(&r.paraf_kadis, kadis),
        paraf_cell(&r.paraf_kabid, kabid),
        vec![span(&r.decision, BODY)],
        opt(&online),
        archive,
        opt(&r.location),
        opt(&Some(r.remarks.trim().to_owned()).filter(|s| !s.is_empty())),
    ])
}
