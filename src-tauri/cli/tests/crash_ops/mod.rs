//! The crash harness's workload: the office it sets up and the next operation it runs, picked
//! from what the store allows now; the CLI runner and a seeded random generator.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

pub const PIN: &str = "2468";
pub const CHECKLIST: &str = r#"["kop","nomor","perihal","isi","ttd","foto","narahubung"]"#;
pub const KASI: &str = "198207092006041003";
pub const KADIS: &str = "196805121993031004";
pub const KABID: &str = "197003151995031002";
pub const ARCHIVIST: &str = "198511202010011002";

/// A tiny xorshift generator: reproducible from the printed seed, no dependency.
pub struct Rng(pub u64);
impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

pub fn cli(data: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pressdesk-cli"));
    // The tests read the Indonesian messages, whatever the machine's locale.
    cmd.env("PRESSDESK_LANG", "id");
    cmd.arg("--data").arg(data).env_remove("PRESSDESK_DATA_DIR");
    cmd
}

pub fn run_ok(data: &Path, args: &[&str]) {
    let out = cli(data).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

pub fn jpeg(seed: u64) -> Vec<u8> {
    let img = image::RgbImage::from_fn(48, 32, |x, y| {
        image::Rgb([
            (seed as u8).wrapping_add(x as u8),
            (seed >> 8) as u8,
            y as u8,
        ])
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 80)
        .encode_image(&img)
        .unwrap();
    out
}

pub fn set_up(dir: &Path) -> PathBuf {
    let data = dir.join("data");
    let init = [
        "init",
        "--office",
        "Diskominfo",
        "--unit",
        "DKI",
        "--address",
        "Jl. Merdeka 1",
        "--admin-name",
        "Admin",
        "--admin-nip",
        "198001012005011001",
        "--admin-pin",
        "1357",
    ];
    run_ok(&data, &init);
    for (name, nip, role) in [
        ("Rahmat", KASI, "Kasi"),
        ("Yusuf", KADIS, "Kadis"),
        ("Hasan", KABID, "Kabid"),
        ("Sari", ARCHIVIST, "Archivist"),
    ] {
        let args = [
            "user",
            "add",
            "--name",
            name,
            "--nip",
            nip,
            "--role",
            role,
            "--pin",
            PIN,
            "--admin",
            "198001012005011001",
            "--admin-pin",
            "1357",
        ];
        run_ok(&data, &args);
    }
    run_ok(
        &data,
        &[
            "folder",
            "add",
            "--cabinet",
            "A",
            "--drawer",
            "1",
            "--code",
            "UTAMA",
            "--capacity",
            "10000",
        ],
    );
    let mut png = image::RgbaImage::new(120, 50);
    for x in 10..110 {
        png.put_pixel(x, 20 + x % 10, image::Rgba([0, 0, 90, 255]));
    }
    png.save(dir.join("paraf.png")).unwrap();
    data
}

/// One operation, chosen from what the store allows now.
pub fn pick(
    rng: &mut Rng,
    dir: &Path,
    n: u64,
    now: &BTreeMap<String, (u8, String)>,
) -> (String, Vec<String>) {
    let by_stage = |s: u8| {
        now.iter()
            .filter(|(_, v)| v.0 == s)
            .map(|(k, _)| k.clone())
            .next_back()
    };
    let user = |nip: &str| vec!["--user".into(), nip.into(), "--pin".into(), PIN.into()];
    let paraf = dir.join("paraf.png").display().to_string();
    let roll = rng.below(10);
    if roll == 0 {
        let out = dir.join("cadangan").join(format!("c{n}.tar"));
        return (
            "backup".into(),
            vec!["backup".into(), "--out".into(), out.display().to_string()],
        );
    }
    for stage in [3u8, 2, 1, 0] {
        let Some(no) = by_stage(stage) else { continue };
        if roll > 2 + stage as u64 * 2 {
            continue;
        }
        let mut args: Vec<String> = match stage {
            0 => vec!["check".into(), no],
            1 | 2 => vec![
                "paraf".into(),
                no,
                "--decision".into(),
                "tolak".into(),
                "--initials".into(),
                paraf.clone(),
            ],
            _ => vec!["archive".into(), no, "--folder".into(), "UTAMA".into()],
        };
        args.extend(user(match stage {
            0 => KASI,
            1 => KADIS,
            2 => KABID,
            _ => ARCHIVIST,
        }));
        return (format!("stage{stage}"), args);
    }
    let photo = dir.join(format!("foto{}.jpg", n % 50));
    std::fs::write(&photo, jpeg(n)).unwrap();
    let json = dir.join("r.json");
    std::fs::write(
        &json,
        format!(r#"{{"title": "Rilis {n}", "sender": "Dinas {n}", "checklist": {CHECKLIST}}}"#),
    )
    .unwrap();
    let args = [
        "register",
        "--json",
        &json.display().to_string(),
        "--attach",
        &photo.display().to_string(),
    ]
    .map(String::from)
    .to_vec();
    ("register".into(), args)
}
