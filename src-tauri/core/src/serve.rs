//! What the app's `pd:` URI scheme answers, as plain data: which stored file a path names, who
//! may see it, and which bytes of it a `Range` request asks for. The desktop shell only turns a
//! [`Reply`] into an HTTP response, so every rule here is tested without a window.
//!
//! Paths are `thumb/<sha256>` (the 320 px JPEG) and `file/<sha256>` (the stored original). A
//! file is served only when a record the signed-in user may read refers to it: evidence of a
//! release, the initials or paper scan of a paraf, the office logo, the user's own saved
//! initials; a file still in staging (the form is being filled in) shows only its thumbnail,
//! to someone who may upload. Anything else is a 404, and nobody signed in gets a 403. On the
//! office's server a file is fetched into the desk's cache when first asked for, and a
//! thumbnail made there from it (`evidence::thumbnail`).

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use crate::access::{release_security, Reader};
use crate::args;
use crate::db::Store;
use crate::error::{Error, Result};
use crate::files::is_sha256;
use crate::model::Actor;
use crate::office::require_or_first_run;
use crate::permissions::Action;
use crate::sql::Db;

/// The most bytes one range answer carries. A player asks for `bytes=0-` and then for more as
/// it plays or seeks, so a 2 GB video is never read (or held in memory) whole.
pub const MAX_CHUNK: u64 = 4 * 1024 * 1024;

/// An HTTP answer without the HTTP library: status, headers and the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(&'static str, String)>,
    pub body: Vec<u8>,
}

impl Reply {
    fn status(status: u16) -> Reply {
        Reply {
            status,
            headers: Vec::new(),
            body: Vec::new(),
        }
    }

    /// The value of header `name` (case-insensitive), for tests and logs.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Which bytes of a file of `size` bytes a `Range` header asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ByteRange {
    /// No usable `Range` (absent, not `bytes=`, several ranges, malformed): the whole file.
    Whole,
    /// Bytes `start..=end`, already clipped to the file and to [`MAX_CHUNK`].
    Part { start: u64, end: u64 },
    /// A well-formed range that starts past the end (416).
    Unsatisfiable,
}

/// Reads a `Range` header as RFC 9110 says: `bytes=A-B`, `bytes=A-` or `bytes=-N` (the last N
/// bytes). A header that cannot be read is ignored (the whole file), as a server should.
pub fn parse_range(header: Option<&str>, size: u64) -> ByteRange {
    let Some(spec) = header.map(str::trim).and_then(|h| h.strip_prefix("bytes=")) else {
        return ByteRange::Whole;
    };
    if spec.contains(',') {
        // Several ranges would need a multipart answer; players never ask for them.
        return ByteRange::Whole;
    }
    let Some((first, last)) = spec.trim().split_once('-') else {
        return ByteRange::Whole;
    };
    let number = |s: &str| -> Option<u64> {
        let s = s.trim();
        (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let (start, end) = match (first.trim().is_empty(), number(first), number(last)) {
        // bytes=-N: the last N bytes.
        (true, _, Some(n)) => {
            if n == 0 || size == 0 {
                return ByteRange::Unsatisfiable;
            }
            (size.saturating_sub(n), size - 1)
        }
        (false, Some(a), None) if last.trim().is_empty() => (a, size.saturating_sub(1)),
        (false, Some(a), Some(b)) if a <= b => (a, b.min(size.saturating_sub(1))),
        _ => return ByteRange::Whole,
    };
    if start >= size {
        return ByteRange::Unsatisfiable;
    }
    ByteRange::Part {
        start,
        end: end.min(start + MAX_CHUNK - 1),
    }
}

/// The two kinds of path the scheme knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Thumb,
    File,
}

/// Which bytes of which file answer a request: nothing, or `len` bytes from `start`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    Empty,
    File { path: PathBuf, start: u64, len: u64 },
}

/// An answer whose body is still on disk, so that a server can stream it instead of holding
/// it in memory (the loopback server for videos does; the `pd:` scheme reads it, see
/// [`Answer::read`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub status: u16,
    pub headers: Vec<(&'static str, String)>,
    pub body: Body,
}

impl Answer {
    fn status(status: u16) -> Answer {
        Answer {
            status,
            headers: Vec::new(),
            body: Body::Empty,
        }
    }

    /// The answer with its body read from disk (only the bytes it names).
    pub fn read(self) -> Reply {
        let body = match &self.body {
            Body::Empty => Ok(Vec::new()),
            Body::File { path, start, len } => read_part(path, *start, *len),
        };
        match body {
            Ok(body) => Reply {
                status: self.status,
                headers: self.headers,
                body,
            },
            Err(_) => Reply::status(404),
        }
    }
}

fn read_part(path: &Path, start: u64, len: u64) -> std::io::Result<Vec<u8>> {
    let mut f = File::open(path)?;
    f.seek(SeekFrom::Start(start))?;
    let mut body = vec![0; usize::try_from(len).unwrap_or(usize::MAX)];
    f.read_exact(&mut body)?;
    Ok(body)
}

/// Answers one request for `path` (`/thumb/<sha>` or `/file/<sha>`, percent-decoded) with its
/// `Range` header, for `actor` (`None`: nobody signed in), the body read.
pub fn respond(store: &Store, actor: Option<&Actor>, path: &str, range: Option<&str>) -> Reply {
    answer(store, actor, path, range).read()
}

/// [`respond`] with the body left on disk.
pub fn answer(store: &Store, actor: Option<&Actor>, path: &str, range: Option<&str>) -> Answer {
    let Some((kind, sha)) = parse_path(path) else {
        return Answer::status(404);
    };
    if require_or_first_run(store, actor, Action::Read).is_err() {
        return Answer::status(403);
    }
    let mime = match may_serve(store, actor, kind, sha) {
        Ok(Some(mime)) => mime,
        Ok(None) | Err(Error::NotFound(_)) => return Answer::status(404),
        Err(Error::Forbidden(_)) => return Answer::status(403),
        Err(_) => return Answer::status(500),
    };
    let file = match kind {
        Kind::Thumb => crate::evidence::thumbnail(store, sha).and_then(|t| {
            t.ok_or_else(|| Error::NotFound(crate::tr!("err-gambar-kecil-tidak-ada", sha = sha)))
        }),
        Kind::File => store.file_path(sha),
    };
    // A symlink planted in the data folder is never followed out of it.
    let Ok(file) = file.and_then(|f| crate::paths::regular_file_inside(store.dir(), &f)) else {
        return Answer::status(404);
    };
    let Ok(size) = std::fs::metadata(&file).map(|m| m.len()) else {
        return Answer::status(404);
    };
    let mut headers = vec![
        ("Content-Type", mime),
        ("Accept-Ranges", "bytes".to_owned()),
        // Content-addressed: the bytes behind a name never change.
        ("Cache-Control", "max-age=31536000, immutable".to_owned()),
    ];
    let (status, start, len) = match parse_range(range, size) {
        ByteRange::Whole => (200, 0, size),
        ByteRange::Part { start, end } => {
            headers.push(("Content-Range", format!("bytes {start}-{end}/{size}")));
            (206, start, end - start + 1)
        }
        ByteRange::Unsatisfiable => {
            headers.push(("Content-Range", format!("bytes */{size}")));
            (416, 0, 0)
        }
    };
    headers.push(("Content-Length", len.to_string()));
    let body = if len == 0 {
        Body::Empty
    } else {
        Body::File {
            path: file,
            start,
            len,
        }
    };
    Answer {
        status,
        headers,
        body,
    }
}

fn parse_path(path: &str) -> Option<(Kind, &str)> {
    let (kind, sha) = path.trim_start_matches('/').split_once('/')?;
    let kind = match kind {
        "thumb" => Kind::Thumb,
        "file" => Kind::File,
        _ => return None,
    };
    is_sha256(sha).then_some((kind, sha))
}

/// The content type of `sha` when `actor` may see it as `kind`; `None` when nothing they may
/// read refers to it (a 404: whether such a file exists is not told).
fn may_serve(
    store: &Store,
    actor: Option<&Actor>,
    kind: Kind,
    sha: &str,
) -> Result<Option<String>> {
    if let Some(mime) = store.with_db(|db| referenced_mime(db, actor, sha))? {
        return Ok(Some(match kind {
            Kind::Thumb => "image/jpeg".to_owned(),
            Kind::File => mime,
        }));
    }
    // The form being filled in shows thumbnails of what was just added, before any record.
    let may_upload = require_or_first_run(store, actor, Action::Upload).is_ok();
    let staged = kind == Kind::Thumb && store.files().is_staged(sha);
    Ok((staged && may_upload).then(|| "image/jpeg".to_owned()))
}

/// Whether `sql` (the releases that hold `sha`) names one `reader` may open (`crate::access`):
/// a restricted release's files are served only to the roles allowed to open it.
fn in_open_release(db: &Db, reader: &Reader, sql: &str, sha: &str) -> Result<bool> {
    for r in db.query(sql, args![sha])? {
        if reader.may_open(release_security(db, r.get(0)?)?) {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The stored type of `sha` if a record readable by `actor` refers to it. Every role may read
/// every release (see `permissions`) but a restricted one's evidence and paper scans only
/// where the access setting allows (`crate::access`).
fn referenced_mime(db: &Db, actor: Option<&Actor>, sha: &str) -> Result<Option<String>> {
    let user = actor.and_then(Actor::id).unwrap_or(-1);
    let reader = match actor {
        Some(a) => Reader::of(db, a)?,
        None => Reader::nobody(),
    };
    // One question at a time, cheapest and most asked first (evidence is indexed by file and
    // is what the agenda's thumbnails are): SQLite would answer every part of an OR.
    let referenced = in_open_release(
        db,
        &reader,
        "SELECT DISTINCT release_id FROM evidence WHERE file_sha = ?1",
        sha,
    )? || db.exists(
        "SELECT 1 FROM office WHERE logo_sha = ?1 LIMIT 1",
        args![sha],
    )? || db.exists(
        "SELECT 1 FROM users WHERE id = ?2 AND saved_initials_sha = ?1 LIMIT 1",
        args![sha, user],
    )? || db.exists(
        "SELECT 1 FROM parafs WHERE initials_sha = ?1 LIMIT 1",
        args![sha],
    )? || in_open_release(
        db,
        &reader,
        "SELECT DISTINCT release_id FROM parafs WHERE scan_sha = ?1",
        sha,
    )?;
    if !referenced {
        return Ok(None);
    }
    db.query_opt(
        "SELECT mime FROM files WHERE sha256 = ?1",
        args![sha],
        |r| r.get(0),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_are_read_as_rfc_9110_says() {
        use ByteRange::*;
        let size = 10_000;
        assert_eq!(parse_range(None, size), Whole);
        assert_eq!(
            parse_range(Some("bytes=0-1"), size),
            Part { start: 0, end: 1 }
        );
        assert_eq!(
            parse_range(Some("bytes=0-"), size),
            Part {
                start: 0,
                end: 9_999
            }
        );
        assert_eq!(
            parse_range(Some("bytes=9990-20000"), size),
            Part {
                start: 9_990,
                end: 9_999
            }
        );
        assert_eq!(
            parse_range(Some("bytes=-500"), size),
            Part {
                start: 9_500,
                end: 9_999
            }
        );
        assert_eq!(
            parse_range(Some("bytes=-50000"), size),
            Part {
                start: 0,
                end: 9_999
            }
        );
        assert_eq!(parse_range(Some("bytes=10000-"), size), Unsatisfiable);
        assert_eq!(parse_range(Some("bytes=-0"), size), Unsatisfiable);
        for ignored in [
            "items=0-1",
            "bytes=5-1",
            "bytes=a-b",
            "bytes=0-1,5-6",
            "bytes=-",
        ] {
            assert_eq!(parse_range(Some(ignored), size), Whole, "{ignored}");
        }
    }

    #[test]
    fn an_open_range_of_a_large_file_is_answered_in_chunks() {
        let two_gb = 2 * 1024 * 1024 * 1024;
        assert_eq!(
            parse_range(Some("bytes=0-"), two_gb),
            ByteRange::Part {
                start: 0,
                end: MAX_CHUNK - 1
            }
        );
        let middle = two_gb / 2;
        assert_eq!(
            parse_range(Some(&format!("bytes={middle}-")), two_gb),
            ByteRange::Part {
                start: middle,
                end: middle + MAX_CHUNK - 1
            }
        );
    }
}
