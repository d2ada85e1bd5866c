//! Thumbnails: a 320 px thumbnail of 12 MP and 24 MP JPEGs made on the fly (gradient plus
//! noise, camera-like file sizes), timed against ImageMagick `convert -thumbnail` on the same file.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use image::{codecs::jpeg::JpegEncoder, RgbImage};
use pressdesk_core::{media, Error, Result};

use super::{data, mb, ms, reset_peak, vm_hwm_kb, vm_rss_kb, Options, Row, Samples, Verdict};

const CONVERT: &str = "/usr/bin/convert";
const TIME: &str = "/usr/bin/time";

pub fn run(opts: &Options) -> Result<Vec<Row>> {
    let runs = if opts.quick { 5 } else { 15 };
    let mut rows = Vec::new();
    for (label, w, h) in [("12 MP", 4000, 3000), ("24 MP", 6000, 4000)] {
        let path = photo(w, h)?;
        let bytes = std::fs::read(&path).map_err(Error::from_io)?;
        let size_mb = bytes.len() as f64 / 1e6;
        // Extra memory: the first thumbnail in this process, over the resident size before it.
        let base = vm_rss_kb();
        let reset = reset_peak();
        media::inspect("first.jpg", &bytes)?;
        let extra = match (reset, base, vm_hwm_kb()) {
            (true, Some(b), Some(p)) => Some(p.saturating_sub(b)),
            _ => None,
        };
        let ours = Samples::time(runs, |_| media::inspect("bench.jpg", &bytes))?;
        if std::env::var_os("PRESSDESK_BENCH_ZUNE").is_some() {
            let full = Samples::time(3, |_| {
                image::load_from_memory(&bytes)
                    .map(|i| i.thumbnail(320, 320))
                    .map_err(|e| Error::Internal(e.to_string()))
            })?;
            eprintln!(
                "zune-jpeg full decode + thumbnail: median {}",
                ms(full.median())
            );
        }
        let is_24 = w * h >= 24_000_000;
        let met_time = !is_24 || ours.median() <= Duration::from_millis(150);
        let met_mem = !is_24 || extra.is_some_and(|kb| kb <= 100 * 1024);
        let magick = imagemagick(&path, if opts.quick { 3 } else { 5 });
        let (vs, faster) = match &magick {
            Ok((m, _)) => {
                let ratio = m.median().as_secs_f64() / ours.median().as_secs_f64().max(1e-9);
                (
                    format!("; ImageMagick ÷ PressDesk = {ratio:.1}×"),
                    ratio > 1.0,
                )
            }
            Err(why) => (format!("; {why}"), true),
        };
        rows.push(Row {
            what: format!("thumbnail 320 px, {label} JPEG ({size_mb:.1} MB), PressDesk{vs}"),
            target: if is_24 {
                "median ≤ 150 ms, ≤ 100 MB extra, faster than ImageMagick".into()
            } else {
                "—".into()
            },
            median: ms(ours.median()),
            worst: ms(ours.worst()),
            memory: format!("+{}", mb(extra)),
            verdict: if is_24 {
                Verdict::of(met_time && met_mem && faster)
            } else {
                Verdict::Info
            },
        });
        if let Ok((m, peak)) = magick {
            rows.push(Row {
                what: format!("thumbnail 320 px, {label} JPEG, ImageMagick `convert -thumbnail`"),
                target: "—".into(),
                median: ms(m.median()),
                worst: ms(m.worst()),
                memory: mb(peak),
                verdict: Verdict::Info,
            });
        }
        if is_24 {
            rows.push(parallel_intake(&bytes)?);
        }
    }
    Ok(rows)
}

/// Ten 24 MP photos added to the form at once, thumbnailed on both cores.
fn parallel_intake(bytes: &[u8]) -> Result<Row> {
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let samples = Samples::time(3, |_| {
        let next = std::sync::atomic::AtomicUsize::new(0);
        std::thread::scope(|s| {
            let workers: Vec<_> = (0..threads)
                .map(|_| {
                    s.spawn(|| -> Result<()> {
                        while next.fetch_add(1, std::sync::atomic::Ordering::Relaxed) < 10 {
                            media::inspect("bench.jpg", bytes)?;
                        }
                        Ok(())
                    })
                })
                .collect();
            workers.into_iter().try_for_each(|w| {
                w.join()
                    .unwrap_or_else(|_| Err(Error::Internal("thread bench gagal".into())))
            })
        })
    })?;
    Ok(Row {
        what: format!("10 photos of 24 MP thumbnailed on {threads} threads (one intake)"),
        target: "—".into(),
        median: ms(samples.median()),
        worst: ms(samples.worst()),
        memory: "".into(),
        verdict: Verdict::Info,
    })
}

/// Runs ImageMagick under `/usr/bin/time` for its peak memory; an error says why it cannot.
fn imagemagick(path: &Path, runs: usize) -> std::result::Result<(Samples, Option<u64>), String> {
    let version = Command::new(CONVERT)
        .arg("-version")
        .output()
        .map_err(|_| "ImageMagick not installed".to_owned())?;
    if !String::from_utf8_lossy(&version.stdout).contains("ImageMagick") {
        return Err(format!("{CONVERT} is not ImageMagick"));
    }
    let out = std::env::temp_dir().join(format!("pressdesk-bench-im-{}.jpg", std::process::id()));
    let timed = Path::new(TIME).exists();
    let mut times = Vec::new();
    let mut peak = None;
    for _ in 0..runs {
        let mut cmd = if timed {
            let mut c = Command::new(TIME);
            c.args(["-f", "%M", CONVERT]);
            c
        } else {
            Command::new(CONVERT)
        };
        cmd.arg(path).args(["-thumbnail", "320x320"]).arg(&out);
        let start = Instant::now();
        let output = cmd.output().map_err(|e| format!("ImageMagick: {e}"))?;
        times.push(start.elapsed());
        if !output.status.success() {
            return Err(format!(
                "ImageMagick failed: {}",
                String::from_utf8_lossy(&output.stderr).trim()
            ));
        }
        peak = String::from_utf8_lossy(&output.stderr)
            .lines()
            .last()
            .and_then(|l| l.trim().parse::<u64>().ok())
            .max(peak);
    }
    let _ = std::fs::remove_file(&out);
    Ok((Samples(times), peak))
}

/// A camera-like JPEG of `w` × `h`, cached: smooth gradients with sensor-like noise, quality 90.
pub fn photo(w: u32, h: u32) -> Result<PathBuf> {
    let dir = data::cache_root().join("photos");
    std::fs::create_dir_all(&dir).map_err(Error::from_io)?;
    let path = dir.join(format!("photo-{w}x{h}.jpg"));
    if path.exists() {
        return Ok(path);
    }
    eprintln!("membuat foto {w} × {h} …");
    let mut seed = 0x9E37_79B9_7F4A_7C15u64;
    let img = RgbImage::from_fn(w, h, |x, y| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let noise = (seed % 24) as i32 - 12;
        let (fx, fy) = (x as f32 / w as f32, y as f32 / h as f32);
        let wave = ((fx * 37.0).sin() * (fy * 23.0).cos() * 40.0) as i32;
        let c = |v: f32| (v as i32 + wave + noise).clamp(0, 255) as u8;
        image::Rgb([
            c(60.0 + 150.0 * fx),
            c(90.0 + 120.0 * fy),
            c(200.0 - 120.0 * fx * fy),
        ])
    });
    let mut bytes = Vec::new();
    JpegEncoder::new_with_quality(&mut bytes, 90)
        .encode_image(&img)
        .map_err(|e| Error::Internal(format!("foto uji: {e}")))?;
    let tmp = path.with_extension("part");
    std::fs::write(&tmp, &bytes).map_err(Error::from_io)?;
    std::fs::rename(&tmp, &path).map_err(Error::from_io)?;
    Ok(path)
}
