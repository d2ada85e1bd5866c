//! Intake commit: registering a release with ten photo references (files already staged, so
//! no image work is timed), its audit event and search index, at `synchronous=FULL`.

use std::io::Cursor;

use image::{codecs::jpeg::JpegEncoder, RgbImage};
use pressdesk_core::evidence;
use pressdesk_core::model::{Actor, EvidenceKind};
use pressdesk_core::office;
use pressdesk_core::release::{self, EvidenceInput, NewRelease};
use pressdesk_core::{Error, Result, Store};

use super::{data, ms, Options, Row, Samples, Verdict};

pub fn run(opts: &Options) -> Result<Vec<Row>> {
    let runs = if opts.quick { 20 } else { 100 };
    let (samples, full) = on_a_copy(runs)?;
    let p95 = samples.p95();
    Ok(vec![Row {
        what: format!(
            "intake commit: record, 10 photo refs, audit, index; synchronous={}; {runs} runs \
             on the 10,000-release store",
            if full { "FULL" } else { "not FULL" }
        ),
        target: "p95 ≤ 25 ms".into(),
        median: ms(samples.median()),
        worst: format!("p95 {}, max {}", ms(p95), ms(samples.worst())),
        memory: String::new(),
        verdict: Verdict::of(full && p95.as_secs_f64() <= 0.025),
    }])
}

/// The commits of `runs` registrations on a copy of the 10,000-release store (so that indexes
/// and the chain have some depth), and whether SQLite ran them at `synchronous=FULL`.
pub fn on_a_copy(runs: usize) -> Result<(Samples, bool)> {
    let source = data::dataset(10_000)?;
    let dir = std::env::temp_dir().join(format!("pressdesk-bench-intake-{}", std::process::id()));
    let result = measure(&source.dir, &dir, runs);
    if let Err(e) = std::fs::remove_dir_all(&dir) {
        eprintln!("Folder sementara {} tidak terhapus: {e}", dir.display());
    }
    result
}

fn measure(
    source: &std::path::Path,
    dir: &std::path::Path,
    runs: usize,
) -> Result<(Samples, bool)> {
    std::fs::create_dir_all(dir).map_err(Error::from_io)?;
    std::fs::copy(source.join("pressdesk.db"), dir.join("pressdesk.db")).map_err(Error::from_io)?;
    let store = Store::open(dir)?;
    let samples = commits(&store, runs)?;
    let sync: i64 =
        store.with_conn(|c| Ok(c.pragma_query_value(None, "synchronous", |r| r.get(0))?))?;
    Ok((samples, sync == 2))
}

/// `runs` registrations through `release::register_release`, each with ten small photos
/// staged beforehand (on a server store the commit also sends their bytes): the commits' times.
pub fn commits(store: &Store, runs: usize) -> Result<Samples> {
    store.with_db(office::timezone)?;
    let mut forms = Vec::with_capacity(runs);
    for r in 0..runs {
        let mut evidence_list = Vec::with_capacity(data::PHOTOS);
        for p in 0..data::PHOTOS {
            let staged = evidence::stage_file(
                store,
                Some(&Actor::console()),
                &format!("IMG_{p}.JPG"),
                &tiny_jpeg(r, p)?,
            )?;
            evidence_list.push(EvidenceInput {
                sha256: staged.sha256,
                kind: EvidenceKind::Photo,
                name: staged.name,
            });
        }
        forms.push(NewRelease {
            sender_org: "Dinas Kesehatan".into(),
            sender_contact: "Humas, 0812-5555-0101".into(),
            letter_no: format!("{r:03}/HUMAS/2026"),
            title: format!("Bakti sosial dan pemeriksaan kesehatan gratis di Tarakan ({r})"),
            body: "Pemerintah provinsi bersama masyarakat menggelar pemeriksaan kesehatan \
                   gratis bagi warga perbatasan."
                .into(),
            evidence: evidence_list,
            ..NewRelease::default()
        });
    }
    let mut forms = forms.into_iter();
    Samples::time(runs, |_| {
        let form = forms
            .next()
            .ok_or_else(|| Error::Internal("formulir bench habis".into()))?;
        release::register_release(store, &Actor::console(), form)
    })
}

/// A small distinct JPEG per form and photo: staging it costs no real image work.
fn tiny_jpeg(form: usize, photo: usize) -> Result<Vec<u8>> {
    let img = RgbImage::from_fn(64, 48, |x, y| {
        image::Rgb([
            (form % 251) as u8,
            (photo * 20) as u8,
            ((x + y) % 256) as u8,
        ])
    });
    let mut out = Cursor::new(Vec::new());
    JpegEncoder::new_with_quality(&mut out, 80)
        .encode_image(&img)
        .map_err(|e| Error::Internal(format!("foto uji: {e}")))?;
    Ok(out.into_inner())
}
