//! The media center's duty roster for one month (SOP 001, step 1) on portrait A4 or F4, for the
//! wall and the file: one row per day (day and date, who is on duty, the duty), the weekend
//! greyed, in the page frame with the Kadis's sign-off as the office signs such a list.

use super::base::{Ink, Paper, Style, Weight};
use super::canvas::Canvas;
use super::context::context;
use super::fonts::Fonts;
use super::frame::{self, closing_block, letterhead, title_block, Frame};
use super::grid::{Ruled, BODY, PAD_X, PAD_Y};
use super::pdf::Meta;
use super::table::{span, Row};
use crate::db::Store;
use crate::error::Result;
use crate::model::Actor;
use crate::sop::{duty_roster, DutyDay};
use crate::workflow::{template, ActKind};

/// Days kept on the page of the sign-off, and the height the sign-off takes (as `frame` draws it).
const KEEP_WITH_CLOSING: usize = 4;
const CLOSING_H: f32 = 60.0;

/// "Jadwal Piket Media Center, Desember 2026" as a PDF.
pub fn roster_pdf(
    store: &Store,
    actor: &Actor,
    year: i32,
    month: u32,
    paper: Paper,
) -> Result<Vec<u8>> {
    let _official = crate::i18n::Official::enter();
    let roster = duty_roster(store, actor, year, month)?;
    let ctx = context(store)?;
    let sop = store.with_db(template::office_sop)?;
    let step = sop.step_of(ActKind::Roster);
    let on_duty = roster.days.iter().filter(|d| !d.people.is_empty()).count();
    let mut people: Vec<&str> = roster
        .days
        .iter()
        .flat_map(|d| d.people.iter().map(String::as_str))
        .collect();
    people.sort_unstable();
    people.dedup();
    let title = format!("Jadwal Piket Media Center, {}", roster.label);
    let summary = format!(
        "{on_duty} dari {} hari berpetugas · {} petugas",
        roster.days.len(),
        people.len()
    );
    let meta = Meta {
        title: title.clone(),
        subject: summary.clone(),
        author: ctx.office.name.clone(),
    };
    let frame = Frame {
        running: format!("JADWAL PIKET MEDIA CENTER · {}", roster.label),
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
    // The step the roster is, in the SOP's words, under the month.
    let sub = match step {
        Some(s) => format!(
            "Bulan: {} · {} versi {}, langkah {}",
            roster.label, sop.code, sop.version, s.seq
        ),
        None => format!("Bulan: {}", roster.label),
    };
    title_block(&mut c, "JADWAL PIKET MEDIA CENTER", &sub, &summary);
    let fixed = [9.0, 44.0];
    let rest = c.content_width() - fixed.iter().sum::<f32>();
    let widths = [fixed[0], fixed[1], rest * 0.55, rest * 0.45];
    let ruled = Ruled::new(
        &c,
        &widths,
        &["No.", "Hari, tanggal", "Petugas piket", "Tugas"],
    );
    ruled.header(&mut c);
    let rows: Vec<Row> = roster
        .days
        .iter()
        .enumerate()
        .map(|(i, d)| day_row(i, d))
        .collect();
    let heights: Vec<f32> = rows.iter().map(|r| row_height(&c, r, &widths)).collect();
    for (i, (day, row)) in roster.days.iter().zip(&rows).enumerate() {
        let h = heights[i];
        // The last days go over with the sign-off rather than leave it alone on a page.
        if i + KEEP_WITH_CLOSING == rows.len() {
            let tail: f32 = heights[i..].iter().sum();
            if tail + CLOSING_H > c.remaining() && tail + CLOSING_H < c.bottom() - c.page_top() {
                c.new_page();
                ruled.header(&mut c);
            }
        }
        let width: f32 = widths.iter().sum();
        ruled.row(&mut c, row, |c, top| {
            // The weekend greyed behind the rules, as on the screen.
            if is_weekend(day) {
                let left = c.left();
                c.rect(left, top, width, h, Some(0.93), None);
            }
        });
    }
    closing_block(&mut c, &ctx.closing);
    c.finish()?;
    Ok(pdf)
}

fn is_weekend(day: &DutyDay) -> bool {
    day.display.starts_with("Sabtu") || day.display.starts_with("Minggu")
}

fn day_row(i: usize, day: &DutyDay) -> Row {
    let style = if is_weekend(day) {
        BODY.ink(Ink::Grey)
    } else {
        BODY
    };
    let people = if day.people.is_empty() {
        vec![span("—", BODY.ink(Ink::Grey))]
    } else {
        day.people.iter().map(|p| span(p, style)).collect()
    };
    Row::new(vec![
        vec![span((i + 1).to_string(), style)],
        vec![span(&day.display, Style::new(Weight::Bold, BODY.size))],
        people,
        vec![span(&day.duty, style)],
    ])
}

/// The row's height as the table wraps it: the grey band behind a weekend day.
fn row_height(c: &Canvas, row: &Row, widths: &[f32]) -> f32 {
    let lines = row
        .cells
        .iter()
        .zip(widths)
        .map(|(cell, w)| {
            cell.iter()
                .map(|s| {
                    let lines =
                        c.fonts
                            .wrap(s.style.weight, s.style.size, &s.text, w - 2.0 * PAD_X);
                    lines.len().max(1)
                })
                .sum::<usize>()
        })
        .max()
        .unwrap_or(1)
        .max(1);
    lines as f32 * BODY.line_height() + 2.0 * PAD_Y
}
