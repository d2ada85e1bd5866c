//! The SOP time report as a PDF: per step its standard as the SOP writes it, count, median,
//! 90th percentile, share within the standard and the median waiting beside them; a bar chart
//! of the medians against the standards; per month and per person; the versions covered.

use super::base::{Ink, Paper, Style, Weight};
use super::canvas::Canvas;
use super::context::context;
use super::fonts::Fonts;
use super::frame::{self, closing_block, heading_keep, letterhead, title_block, Frame};
use super::grid::{Ruled, BODY, SMALL};
use super::pdf::Meta;
use super::table::{span, Row, Span};
use crate::db::Store;
use crate::error::Result;
use crate::reports::{self, SopReport, SopStats, SopStepReport};
use crate::time_standard::TimeStandard;

/// "6 mnt 12 dtk", "1 j 3 mnt"
fn short(secs: i64) -> String {
    let (h, m, s) = (secs / 3600, (secs % 3600) / 60, secs % 60);
    match (h, m) {
        (0, 0) => format!("{s} dtk"),
        (0, _) => format!("{m} mnt {s} dtk"),
        _ => format!("{h} j {m} mnt"),
    }
}

fn opt_short(v: Option<i64>) -> String {
    v.map_or_else(|| "—".into(), short)
}

fn share(s: &SopStats) -> String {
    s.within_share
        .map_or_else(|| "—".into(), |p| format!("{:.0}%", p * 100.0))
}

/// Loads the report of a year or month and renders it.
pub fn sop_report_pdf(
    store: &Store,
    year: i32,
    month: Option<u32>,
    paper: Paper,
) -> Result<Vec<u8>> {
    let _official = crate::i18n::Official::enter();
    let report = reports::sop_report(store, year, month)?;
    let ctx = context(store)?;
    let title = format!("Laporan Waktu Layanan SOP {}", report.period_label);
    let total: i64 = report.steps.iter().map(|s| s.overall.count).sum();
    let summary = format!(
        "{} — {} · {total} langkah selesai · {} dikembalikan, {} dikirim ulang, {} ditarik",
        report.template_code,
        report.template_title,
        report.returns,
        report.resubmissions,
        report.withdrawals
    );
    // Which versions of the SOP the steps counted were done under.
    let sub = match report.versions.as_str() {
        "" => format!("Periode: {}", report.period_label),
        v => format!(
            "Periode: {} · {} {v}",
            report.period_label, report.template_code
        ),
    };
    let meta = Meta {
        title,
        subject: summary.clone(),
        author: ctx.office.name.clone(),
    };
    let frame = Frame {
        running: format!("LAPORAN WAKTU LAYANAN SOP · {}", report.period_label),
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
    title_block(&mut c, "LAPORAN WAKTU LAYANAN SOP", &sub, &summary);
    steps_table(&mut c, &report);
    chart(&mut c, &report);
    months_table(&mut c, &report);
    people_table(&mut c, &report);
    closing_block(&mut c, &ctx.closing);
    c.finish()?;
    Ok(pdf)
}

/// Count, median and 90th percentile of handling, share within the standard, and beside them
/// the median waiting (in the queue and on the sender), which handling leaves out.
fn stats_cells(s: &SopStats) -> [Vec<Span>; 5] {
    [
        vec![span(s.count.to_string(), BODY)],
        vec![span(opt_short(s.median_secs), BODY)],
        vec![span(opt_short(s.p90_secs), BODY)],
        vec![span(share(s), BODY)],
        vec![span(opt_short(s.median_waiting_secs), BODY)],
    ]
}

/// The step's standard as the SOP writes it ("7 menit", "2 hari kerja", "H-1"); a step the
/// SOP leaves to the field's conditions says it has none.
fn standard_cell(step: &SopStepReport) -> Vec<Span> {
    if step.standard_label == TimeStandard::None.label() {
        vec![
            span("tanpa mutu baku", BODY),
            span(&step.standard_label, SMALL),
        ]
    } else {
        vec![span(&step.standard_label, BODY)]
    }
}

fn steps_table(c: &mut Canvas, report: &SopReport) {
    heading_keep(c, "A. Waktu per langkah", 30.0);
    let fixed = [8.0, 0.0, 21.0, 14.0, 18.0, 19.0, 15.0, 18.0];
    let mut widths = fixed;
    widths[1] = c.content_width() - fixed.iter().sum::<f32>();
    let titles = [
        "No.",
        "Langkah SOP",
        "Mutu baku",
        "Jumlah",
        "Median",
        "Persentil 90",
        "Sesuai baku",
        "Median tunggu",
    ];
    let ruled = Ruled::new(c, &widths, &titles);
    ruled.header(c);
    for step in &report.steps {
        let mut cells = vec![
            vec![span(step.seq.to_string(), BODY)],
            vec![span(&step.name, BODY)],
            standard_cell(step),
        ];
        cells.extend(stats_cells(&step.overall));
        ruled.row(c, &Row::new(cells), |_, _| {});
    }
}

/// Horizontal bars: each step's median (dark) over its standard where the standard is a span
/// of time (light); a red line at the standard when every step has the same one (SOP 004's
/// 7 minutes). Working days and event deadlines are not spans: the table gives their share.
fn chart(c: &mut Canvas, report: &SopReport) {
    const BAR: f32 = 4.0;
    const GAP: f32 = 4.0;
    let label = Style::new(Weight::Regular, 7.5);
    let n = report.steps.len() as f32;
    heading_keep(
        c,
        "B. Median waktu per langkah dibandingkan mutu baku",
        n * (BAR + GAP) + 16.0,
    );
    let first = report.steps.first().map_or(0, |s| s.time_standard_secs);
    let common =
        (first > 0 && report.steps.iter().all(|s| s.time_standard_secs == first)).then_some(first);
    let longest = report
        .steps
        .iter()
        .flat_map(|s| [s.overall.median_secs.unwrap_or(0), s.time_standard_secs])
        .max()
        .unwrap_or(0)
        .max(common.map_or(0, |s| s * 3 / 2))
        .max(60);
    let label_w = 58.0;
    let x0 = c.left() + label_w + 2.0;
    let chart_w = c.right() - x0 - 26.0;
    let scale = chart_w / longest as f32;
    let top = c.y + 5.0;
    for (i, step) in report.steps.iter().enumerate() {
        let y = top + i as f32 * (BAR + GAP);
        let name = format!("{}. {}", step.seq, step.name);
        let name = c.fonts.ellipsize(label.weight, label.size, &name, label_w);
        c.text(c.left(), y, &name, label);
        let standard = step.time_standard_secs;
        if standard > 0 {
            let w = standard as f32 * scale;
            c.rect(x0, y + BAR * 0.55, w, BAR * 0.45, Some(0.85), None);
        }
        let value = match step.overall.median_secs {
            Some(m) => {
                let over = standard > 0 && m > standard;
                let w = (m as f32 * scale).max(0.4);
                let level = if over { 0.1 } else { 0.45 };
                c.rect(x0, y, w, BAR * 0.55, Some(level), None);
                let mark = if over { " (melebihi)" } else { "" };
                (x0 + w + 1.5, format!("{}{mark}", short(m)))
            }
            None => (x0 + 1.5, "belum ada data".to_owned()),
        };
        c.text(value.0, y - 0.3, &value.1, SMALL);
    }
    let bottom = top + n * (BAR + GAP) - GAP + 1.0;
    if let Some(standard) = common {
        let sx = x0 + standard as f32 * scale;
        c.line(sx, top - 3.0, sx, bottom, 0.9, Ink::Red);
        let note = format!("mutu baku {}", short(standard));
        c.text(sx + 1.0, top - 4.5, &note, SMALL.ink(Ink::Red));
    }
    c.line(x0, bottom, x0 + chart_w, bottom, 0.5, Ink::Grey);
    // Minutes up to three hours, hours beyond; at most a dozen ticks.
    let (unit, unit_name) = if longest > 3 * 3600 {
        (3600, "jam")
    } else {
        (60, "menit")
    };
    let units = (longest / unit).max(1);
    let every = [1, 2, 5, 10, 15, 30, 60, 120]
        .into_iter()
        .find(|e| units / e <= 12)
        .unwrap_or(240);
    for m in (0..=units).step_by(every as usize) {
        let x = x0 + (m * unit) as f32 * scale;
        c.line(x, bottom, x, bottom + 1.0, 0.5, Ink::Grey);
        c.text_centered(x - 5.0, x + 5.0, bottom + 1.2, &m.to_string(), SMALL);
    }
    c.y = bottom + 5.0;
    let legend = format!(
        "Batang gelap: median; batang terang: mutu baku langkah yang berupa rentang waktu \
         (hari kerja dan H-1/H+1 dinilai pada tabel A); angka di bawah: {unit_name}."
    );
    c.paragraph(c.left(), c.content_width(), &legend, SMALL);
}

fn months_table(c: &mut Canvas, report: &SopReport) {
    heading_keep(
        c,
        "C. Per bulan (jumlah · sesuai baku / median · persentil 90)",
        30.0,
    );
    let first = 24.0;
    let each = (c.content_width() - first) / report.steps.len().max(1) as f32;
    let mut widths = vec![first];
    widths.extend(report.steps.iter().map(|_| each));
    let titles: Vec<String> = std::iter::once("Bulan".to_owned())
        .chain(report.steps.iter().map(|s| format!("Langkah {}", s.seq)))
        .collect();
    let titles: Vec<&str> = titles.iter().map(String::as_str).collect();
    let ruled = Ruled::new(c, &widths, &titles);
    ruled.header(c);
    let months = report.steps.first().map_or(0, |s| s.months.len());
    for i in 0..months {
        let label = report.steps[0].months[i].label.clone();
        let mut cells = vec![vec![span(label, BODY)]];
        for step in &report.steps {
            let s = &step.months[i].stats;
            cells.push(if s.count == 0 {
                vec![span("—", SMALL)]
            } else {
                vec![
                    span(format!("{} kali · {}", s.count, share(s)), BODY),
                    span(
                        format!("{} · {}", opt_short(s.median_secs), opt_short(s.p90_secs)),
                        SMALL,
                    ),
                ]
            });
        }
        ruled.row(c, &Row::new(cells), |_, _| {});
    }
}

fn people_table(c: &mut Canvas, report: &SopReport) {
    heading_keep(c, "D. Per petugas", 30.0);
    let fixed = [16.0, 0.0, 14.0, 18.0, 19.0, 15.0, 18.0];
    let mut widths = fixed;
    widths[1] = c.content_width() - fixed.iter().sum::<f32>();
    let titles = [
        "Langkah",
        "Petugas",
        "Jumlah",
        "Median",
        "Persentil 90",
        "Sesuai baku",
        "Median tunggu",
    ];
    let ruled = Ruled::new(c, &widths, &titles);
    ruled.header(c);
    let mut any = false;
    for step in &report.steps {
        for person in &step.people {
            any = true;
            let mut cells = vec![
                vec![span(step.seq.to_string(), BODY)],
                vec![span(&person.name, BODY)],
            ];
            cells.extend(stats_cells(&person.stats));
            ruled.row(c, &Row::new(cells), |_, _| {});
        }
    }
    if !any {
        c.y += 2.0;
        c.paragraph(
            c.left(),
            c.content_width(),
            "Belum ada langkah yang selesai.",
            SMALL,
        );
    }
}
