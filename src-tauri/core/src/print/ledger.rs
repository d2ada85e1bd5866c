//! The Buku Agenda Press Release on landscape A4 or F4: letterhead, a ruled table whose header
//! repeats on every page with the parafs' initials in their cells, and the Kadis's sign-off.

use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::NaiveDate;
use flate2::{write::ZlibEncoder, Compression};
use printpdf::PdfDocument;

use super::canvas::{Canvas, Ink, Style};
use super::fonts::Weight;
use super::grid::{Ruled, PAD_X};
use super::images::Embedded;
use super::ledger_paraf::{mark_of, paraf_cell, paraf_width, Mark, Marks};
use super::report_pdf::{closing_block, furniture, letterhead, title_block, Closing, Furniture};
use super::table::{span, Row, Span};
use super::{images, new_document, Paper};
use crate::error::Result;
use crate::job::Job;
use crate::model::TimeZone;
use crate::office::Office;
use crate::reports::{LedgerRow, LEDGER_COLUMNS};
use crate::timefmt;

pub(super) const BODY: Style = Style::new(Weight::Regular, 6.6);
pub(super) const SMALL: Style = Style::new(Weight::Regular, 5.9).ink(Ink::Grey);
pub(super) const HEAD: Style = Style::new(Weight::Bold, 6.4);
const PAD_Y: f32 = 1.3;

/// Everything the ledger shows; rendering reads no database.
pub struct LedgerInput<'a> {
    pub office: &'a Office,
    /// "November 2026"
    pub period_label: &'a str,
    pub rows: &'a [LedgerRow],
    pub closing: Closing,
    pub audit_head: &'a str,
    pub printed_at: &'a str,
    /// Image bytes by SHA-256 (the logo, the screen initials, and the paper parafs' scans:
    /// their thumbnail where there is one); `None` prints "ya".
    pub images: &'a dyn Fn(&str) -> Option<Vec<u8>>,
}

/// Renders the ledger from what is given; pure, no database.
pub fn render_ledger(input: &LedgerInput, paper: Paper) -> Result<Vec<u8>> {
    render_ledger_with(input, paper, &Job::none())
}

/// `render_ledger`, reporting its progress to `job` (from 5 %) and stopping when it is cancelled.
pub fn render_ledger_with(input: &LedgerInput, paper: Paper, job: &Job) -> Result<Vec<u8>> {
    let title = format!("Buku Agenda Press Release {}", input.period_label);
    let summary = summary(input.rows);
    let mut doc = new_document(&title, &summary, &input.office.name);
    let fonts = super::fonts::Fonts::load(&mut doc)?;
    let (w, h) = paper.size_mm();
    let mut c = Canvas::new(&fonts, h, w);
    let logo = embed_logo(&mut doc, input);
    letterhead(&mut c, input.office, logo.as_ref());
    title_block(
        &mut c,
        "BUKU AGENDA PRESS RELEASE",
        input.period_label,
        &summary,
    );
    let widths = widths(&c, input.rows);
    let mut ruled = Ruled::new(&c, &widths, &LEDGER_COLUMNS);
    let marks = Marks::embed(&mut doc, input);
    c.ensure(25.0);
    ruled.header(&mut c);
    if input.rows.is_empty() {
        c.y += 3.0;
        let note = "Tidak ada press release yang diterima pada periode ini.";
        c.paragraph(c.left(), c.content_width(), note, BODY.ink(Ink::Grey));
    }
    let paraf_w = widths[7] - 2.0 * PAD_X;
    let total = input.rows.len();
    for (i, r) in input.rows.iter().enumerate() {
        if i % 64 == 0 {
            job.step(LAYOUT, i, total, 5, 45)?;
        }
        let kadis = mark_of(&marks, &r.paraf_kadis, paraf_w);
        let kabid = mark_of(&marks, &r.paraf_kabid, paraf_w);
        let row = cells(&c, r, [kadis, kabid], &widths, input.office.timezone);
        ruled.row(&mut c, &row, |c, top| {
            for (col, mark) in [(7, kadis), (8, kabid)] {
                if let Some((e, w, h)) = mark {
                    let x = c.left() + widths[..col].iter().sum::<f32>() + PAD_X;
                    let bbox = c.box_pt(x, top + PAD_Y, w, h);
                    c.image(&e.id, e.placement(bbox));
                }
            }
        });
    }
    let closing_top = closing_block(&mut c, &input.closing);
    audit_mark(&mut c, input.audit_head, closing_top)?;
    let furniture_text = Furniture {
        running: format!("BUKU AGENDA PRESS RELEASE · {}", input.period_label),
        office: &input.office.name,
        printed_at: input.printed_at,
        middle: format!("Kepala rantai audit: {}", input.audit_head),
    };
    furniture(&mut c, &furniture_text);
    let mut pages = c.into_pages();
    ruled.finish(&mut pages);
    doc.with_pages(pages);
    job.step(SERIALISE, 0, 1, 45, 45)?;
    save_large(doc, job)
}

const LAYOUT: &str = "Menyusun halaman…";
const SERIALISE: &str = "Menyusun berkas PDF…";
const COMPRESS: &str = "Memadatkan berkas PDF…";

/// Like `sheet::save`, for documents of hundreds of pages: the page operations are freed as
/// soon as they are serialised, and the streams are deflated on two threads.
fn save_large(doc: PdfDocument, job: &Job) -> Result<Vec<u8>> {
    let opts = printpdf::PdfSaveOptions {
        optimize: true,
        subset_fonts: true,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut lo = doc.to_lopdf_document(&opts, &mut warnings);
    drop(doc);
    let info = lo.trailer.get(b"Info").and_then(|i| i.as_reference());
    if let Ok(info) = info.and_then(|id| lo.get_object_mut(id)?.as_dict_mut()) {
        info.remove(b"GTS_PDFXVersion");
        info.remove(b"Identifier");
    }
    let mut streams: Vec<_> = lo
        .objects
        .values_mut()
        .filter_map(|o| o.as_stream_mut().ok())
        .filter(|s| s.allows_compression)
        .collect();
    job.step(COMPRESS, 0, 1, 75, 75)?;
    let total = streams.len();
    let done = AtomicUsize::new(0);
    let tick = || {
        job.step(
            COMPRESS,
            done.fetch_add(1, Ordering::Relaxed) + 1,
            total,
            75,
            98,
        )
    };
    let (a, b) = streams.split_at_mut(total / 2);
    let (one, two) = std::thread::scope(|scope| {
        let other = scope.spawn(|| {
            a.iter_mut()
                .try_for_each(|s| deflate(s).and_then(|()| tick()))
        });
        let mine = b
            .iter_mut()
            .try_for_each(|s| deflate(s).and_then(|()| tick()));
        (other.join(), mine)
    });
    one.map_err(|_| super::pdf_err("pemadatan aliran PDF berhenti"))??;
    two?;
    let mut out = Vec::new();
    lo.save_to(&mut out).map_err(super::pdf_err)?;
    Ok(out)
}

/// Deflates one stream at zlib's default level (6). lopdf's `compress` uses the best level (9),
/// whose long match searches were a quarter of the ledger's CPU time on these repetitive text
/// streams, for a file only a few per cent smaller.
fn deflate(s: &mut lopdf::Stream) -> Result<()> {
    if s.dict.get(b"Filter").is_ok() {
        return Ok(());
    }
    let mut encoder = ZlibEncoder::new(Vec::new(), Compression::default());
    encoder.write_all(&s.content).map_err(super::pdf_err)?;
    let compressed = encoder.finish().map_err(super::pdf_err)?;
    if compressed.len() < s.content.len() {
        s.dict.set("Filter", "FlateDecode");
        s.set_content(compressed);
    }
    Ok(())
}

/// Beside the sign-off: the audit chain's head when the book was printed, as a QR code and in
/// full, with how to check it. Anyone can later confirm that this event is in the store's
/// intact chain (`verify --head`), so the printed book and the store vouch for each other.
fn audit_mark(c: &mut Canvas, head: &str, top: f32) -> Result<()> {
    const SIDE: f32 = 26.0;
    let left = c.left();
    super::qr::draw(c, head, left, top, SIDE)?;
    let x = left + SIDE + 3.0;
    let label = Style::new(Weight::Bold, 8.0);
    let hash = Style::new(Weight::Regular, 8.0);
    let note = Style::new(Weight::Regular, 7.0).ink(Ink::Grey);
    let short: String = head.chars().take(16).collect();
    let lines = [
        ("Kepala rantai audit saat dicetak".to_owned(), label),
        (head.to_owned(), hash),
        (
            "Cocokkan di PressDesk: Pengaturan → Keutuhan data,".to_owned(),
            note,
        ),
        (format!("atau pressdesk-cli verify --head {short}"), note),
    ];
    let mut y = top + 2.0;
    for (text, style) in lines {
        c.text(x, y, &text, style);
        y += style.line_height();
    }
    Ok(())
}

fn summary(rows: &[LedgerRow]) -> String {
    let count = |d: &str| rows.iter().filter(|r| r.decision == d).count();
    let online = rows.iter().filter(|r| r.online_display.is_some()).count();
    let archived = rows.iter().filter(|r| r.archive_no.is_some()).count();
    format!(
        "{} press release diterima · {} disetujui · {} tidak disetujui · {online} tayang · \
         {archived} diarsipkan",
        rows.len(),
        count("Disetujui"),
        count("Tidak disetujui"),
    )
}

fn embed_logo(doc: &mut PdfDocument, input: &LedgerInput) -> Option<Embedded> {
    let sha = input.office.logo_sha.as_deref()?;
    images::embed(doc, &(input.images)(sha)?)
}

/// `text` broken after "/" into lines that fit `max` mm, so numbers are never cut mid-part.
pub(super) fn slashed(c: &Canvas, text: &str, style: Style, max: f32) -> Vec<Span> {
    let mut lines: Vec<String> = Vec::new();
    for part in text.split_inclusive('/') {
        match lines.last_mut() {
            Some(line)
                if c.fonts
                    .width(style.weight, style.size, &format!("{line}{part}"))
                    <= max =>
            {
                line.push_str(part)
            }
            _ => lines.push(part.to_owned()),
        }
    }
    lines.into_iter().map(|l| span(l, style)).collect()
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

fn cells(c: &Canvas, r: &LedgerRow, marks: [Mark; 2], widths: &[f32; 14], tz: TimeZone) -> Row {
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

/// The width a row needs in some column.
type Measure<'a> = dyn Fn(&LedgerRow) -> f32 + 'a;

/// Fixed columns as wide as their content needs, the rest shared by sender, letter, title,
/// news type, location and remarks, none narrower than its longest word or title word.
fn widths(c: &Canvas, rows: &[LedgerRow]) -> [f32; 14] {
    let text_w = |s: Style, t: &str| c.fonts.width(s.weight, s.size, t) + 2.0 * PAD_X + 0.6;
    let longest_word = |s: Style, t: &str| {
        t.split_whitespace()
            .map(|w| text_w(s, w))
            .fold(0.0, f32::max)
    };
    let widest = |pick: &dyn Fn(&LedgerRow) -> f32| rows.iter().map(pick).fold(0.0, f32::max);
    let bold = Style::new(Weight::Bold, BODY.size);
    let mut w = [0.0f32; 14];
    for (i, title) in LEDGER_COLUMNS.iter().enumerate() {
        w[i] = longest_word(HEAD, title);
    }
    let mut set = |i: usize, v: f32| w[i] = w[i].max(v);
    set(
        0,
        widest(&|r| text_w(bold, &r.agenda_no)).max(text_w(bold, "000/0000")),
    );
    set(1, text_w(BODY, "30-09-2026"));
    let paraf_w = paraf_width(rows, &text_w);
    set(7, paraf_w);
    set(8, paraf_w);
    set(9, text_w(BODY, "disetujui"));
    set(10, text_w(BODY, "30-09-2026"));
    let part = |t: &str| {
        t.split_inclusive('/')
            .map(|p| text_w(BODY, p))
            .fold(0.0, f32::max)
    };
    set(
        11,
        widest(&|r| part(r.archive_no.as_deref().unwrap_or("—"))).clamp(16.0, 26.0),
    );
    // Flexible columns: their longest word (capped), then a share of what is left.
    let flexible: [(usize, f32, &Measure); 6] = [
        (2, 24.0, &|r| longest_word(BODY, &r.sender_org)),
        (3, 18.0, &|r| part(&r.letter_no)),
        (4, 44.0, &|r| longest_word(BODY, &r.title)),
        (5, 13.0, &|r| longest_word(BODY, &r.news_type)),
        (12, 17.0, &|r| {
            longest_word(BODY, r.location.as_deref().unwrap_or("—"))
        }),
        (13, 16.0, &|r| longest_word(BODY, &r.remarks)),
    ];
    for (i, _, pick) in &flexible {
        set(*i, widest(*pick).min(24.0));
    }
    let fixed: f32 = w.iter().sum::<f32>() - flexible.iter().map(|f| w[f.0]).sum::<f32>();
    let total: f32 = flexible.iter().map(|f| f.1).sum();
    let rest = c.content_width() - fixed;
    for (i, share, _) in &flexible {
        w[*i] = (rest * share / total).max(w[*i]);
    }
    // What the minimums took beyond the width comes off the title.
    let over = w.iter().sum::<f32>() - c.content_width();
    if over > 0.0 {
        w[4] = (w[4] - over).max(24.0);
    }
    w
}
