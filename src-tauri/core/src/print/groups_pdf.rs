//! A day's groups of step 3 on one page (more only when the lists are long): the approved and
//! the not-approved releases as the Kadis and Kabid initialed them, the counts, and each
//! official's paraf (the initials written on screen, or the paper scan reduced).

use super::base::{fit, Ink, Paper, Style, Weight};
use super::canvas::Canvas;
use super::context::context;
use super::fonts::Fonts;
use super::frame::{self, heading_keep, letterhead, title_block, Frame};
use super::pdf::Meta;
use super::scan;
use super::table::{span, Row, Table, BODY, LABEL};
use crate::db::Store;
use crate::error::Result;
use crate::model::Actor;
use crate::paraf::{group_sheet, GroupEntry, GroupOfficial, GroupSheet};

const SMALL: Style = Style::new(Weight::Regular, 8.0);
const COLUMNS: [&str; 6] = ["No.", "No. agenda", "Judul", "Pengirim", "Paraf", "Waktu"];
/// The box of each official's paraf, in mm.
const PARAF_W: f32 = 55.0;
const PARAF_H: f32 = 22.0;

/// The groups initialed on `date` (`YYYY-MM-DD`) as a PDF.
pub fn groups_pdf(store: &Store, actor: &Actor, date: &str, paper: Paper) -> Result<Vec<u8>> {
    let _official = crate::i18n::Official::enter();
    let sheet = group_sheet(store, actor, date)?;
    let ctx = context(store)?;
    let files = store.files();
    let read = |sha: &str, thumb: bool| {
        let path = if thumb {
            files.thumb_path(sha).ok().filter(|p| p.exists())
        } else {
            None
        };
        std::fs::read(path.or_else(|| store.file_path(sha).ok())?).ok()
    };
    let summary = format!(
        "{} disetujui · {} tidak disetujui",
        sheet.approved.len(),
        sheet.rejected.len()
    );
    let title = format!("Kelompok Press Release {}", sheet.date_display);
    let meta = Meta {
        title,
        subject: summary.clone(),
        author: ctx.office.name.clone(),
    };
    let frame = Frame {
        running: format!("KELOMPOK PRESS RELEASE · {}", sheet.date_display),
        running_right: ctx.office.name.clone(),
        printed_at: ctx.printed_at.clone(),
        middle: format!(
            "Kepala rantai audit: {}",
            ctx.audit_head.chars().take(16).collect::<String>()
        ),
    };
    let fonts = Fonts::load()?;
    let mut pdf = Vec::new();
    let mut c = frame::open(&fonts, &mut pdf, meta, paper, false, frame)?;
    let logo = ctx.logo.as_deref().and_then(|b| c.embed(b));
    letterhead(&mut c, &ctx.office, logo.as_ref());
    title_block(
        &mut c,
        "KELOMPOK PRESS RELEASE (LANGKAH 3)",
        &format!("Periode: {}", sheet.date_display),
        &summary,
    );
    let widths = widths(&c);
    group(&mut c, &widths, "A. Disetujui", &sheet.approved);
    group(&mut c, &widths, "B. Tidak disetujui", &sheet.rejected);
    officials(&mut c, &sheet, &read);
    c.finish()?;
    Ok(pdf)
}

fn widths(c: &Canvas) -> Vec<f32> {
    let fixed = [11.0, 23.0, 0.0, 0.0, 38.0, 18.0];
    let rest = c.content_width() - fixed.iter().sum::<f32>();
    let mut w = fixed.to_vec();
    (w[2], w[3]) = (rest * 0.62, rest * 0.38);
    w
}

fn group(c: &mut Canvas, widths: &[f32], title: &str, entries: &[GroupEntry]) {
    heading_keep(c, &format!("{title} ({})", entries.len()), 14.0);
    if entries.is_empty() {
        let (left, width) = (c.left(), c.content_width());
        c.paragraph(left, width, "Tidak ada rilis.", LABEL);
        return;
    }
    let rows: Vec<Row> = entries
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let mut title = vec![span(e.title.trim(), BODY)];
            if e.revoked {
                title.push(span("Paraf dicabut kemudian", SMALL.ink(Ink::Red)));
            }
            Row::new(vec![
                vec![span((i + 1).to_string(), BODY)],
                vec![span(&e.agenda_no, Style::new(Weight::Bold, BODY.size))],
                title,
                vec![span(e.sender_org.trim(), BODY)],
                vec![
                    span(format!("Kadis: {}", e.kadis), SMALL),
                    span(format!("Kabid: {}", e.kabid), SMALL),
                ],
                vec![span(&e.time, BODY)],
            ])
        })
        .collect();
    Table {
        widths,
        header: Some(&COLUMNS),
        label_column: false,
    }
    .draw(c, &rows);
}

/// Each official's paraf side by side, Kadis first: the image, the name and the NIP.
fn officials(c: &mut Canvas, sheet: &GroupSheet, read: &dyn Fn(&str, bool) -> Option<Vec<u8>>) {
    if sheet.officials.is_empty() {
        return;
    }
    let bold = Style::new(Weight::Bold, 9.5);
    let block_h = PARAF_H + bold.line_height() * 3.0 + LABEL.line_height() + 4.0;
    heading_keep(c, "C. Paraf Kadis dan Kabid", block_h);
    let per_row = ((c.content_width() / (PARAF_W + 6.0)) as usize).max(1);
    for chunk in sheet.officials.chunks(per_row) {
        c.ensure(block_h);
        let top = c.y;
        for (i, o) in chunk.iter().enumerate() {
            let left = c.left() + i as f32 * (PARAF_W + 6.0);
            official(c, o, left, top, read);
        }
        c.y = top + block_h;
    }
}

fn official(
    c: &mut Canvas,
    o: &GroupOfficial,
    left: f32,
    top: f32,
    read: &dyn Fn(&str, bool) -> Option<Vec<u8>>,
) {
    let bold = Style::new(Weight::Bold, 9.5);
    c.text(left, top, &o.role_label, bold);
    let img_top = top + bold.line_height() + 1.0;
    let image = match (&o.initials_sha, &o.scan_sha) {
        (Some(sha), _) => read(sha, false).and_then(|b| c.embed(&b)),
        (None, Some(sha)) => read(sha, true)
            .and_then(|b| scan::reduced(&b, 400))
            .and_then(|g| c.embed_gray(&g)),
        (None, None) => None,
    };
    match image {
        Some(e) => {
            let (w, h) = fit(e.aspect(), PARAF_W, PARAF_H);
            c.image(&e, left, img_top, w, h);
        }
        None => {
            let what = if o.scan_sha.is_some() {
                "paraf kertas, pindaian PDF"
            } else {
                "paraf"
            };
            c.rect(left, img_top, PARAF_W, PARAF_H, Some(0.96), Some(0.3));
            c.text(left + 2.0, img_top + 2.0, what, LABEL);
        }
    }
    let mut y = img_top + PARAF_H + 1.5;
    if o.scan_sha.is_some() {
        c.text(left, y, "(paraf di kertas)", LABEL);
        y += LABEL.line_height();
    }
    c.text(left, y, &o.name, bold);
    y += bold.line_height();
    c.text(left, y, &format!("NIP. {}", o.nip), LABEL);
}
