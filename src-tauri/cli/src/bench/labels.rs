//! One sheet of archive-number labels (Avery L7160, 21 labels with QR codes, A4), rendered
//! to a finished PDF.

use std::time::Duration;

use pressdesk_core::filing::LabelItem;
use pressdesk_core::print::{self, LabelJob, Paper};
use pressdesk_core::Result;

use super::{data, ms, Options, Row, Samples, Verdict};

pub fn run(opts: &Options) -> Result<Vec<Row>> {
    let runs = if opts.quick { 10 } else { 30 };
    let office = data::bench_office().office;
    let job = LabelJob {
        stock: print::find_stock("L7160")?,
        paper: Paper::A4,
        start: 1,
        offset_x_mm: 0.0,
        offset_y_mm: 0.0,
    };
    let per_sheet = job.stock.per_sheet() as usize;
    let items: Vec<LabelItem> = (1..=per_sheet as i64)
        .map(|seq| LabelItem {
            archive_no: format!("{seq:03}/PR/DISKOMINFO/XI/2026"),
            seq,
            title: format!(
                "Rapat koordinasi percepatan penurunan stunting dan pengendalian inflasi \
                 daerah ({seq})"
            ),
            date_display: "21 November 2026".into(),
            location: "Lemari A · Laci 1 · Map PR-2026-01".into(),
        })
        .collect();
    print::release_labels(&items, &office, &job)?;
    let samples = Samples::time(runs, |_| print::release_labels(&items, &office, &job))?;
    Ok(vec![Row {
        what: format!("one sheet of labels (L7160, {per_sheet} labels with QR, A4 PDF)"),
        target: "≤ 100 ms".into(),
        median: ms(samples.median()),
        worst: ms(samples.worst()),
        memory: String::new(),
        verdict: Verdict::of(samples.median() <= Duration::from_millis(100)),
    }])
}
