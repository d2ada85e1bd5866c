//! A tiny HTTP/1.1 server on 127.0.0.1 for the `<video>` element, with the same answers as the
//! `pd:` scheme ([`crate::serve::answer`]), streamed from disk.
//!
//! Why it exists: WebKitGTK hands a video's URL to GStreamer, which only knows `http(s)`,
//! `blob` and `file`; a `pd:` video fails before a byte is asked for (WebKit bug 146351,
//! checked with WebKitGTK 2.50). Everything else (thumbnails, photos, initials) stays on `pd:`.
//!
//! Only this computer can connect, and only with the session's secret: every path starts with
//! a 256-bit random token that exists only in the web view's page; a wrong token, another
//! `Host` or anything but GET and HEAD is answered 404 or 405. The web view asks for
//! `bytes=0-` and then for more as it plays or seeks, and each answer is at most
//! [`crate::serve::MAX_CHUNK`] bytes, so a 2 GB video is never read whole.

use std::io::{BufRead, BufReader, Read, Seek, SeekFrom, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::time::Duration;

use crate::error::{Error, Result};
use crate::serve::{Answer, Body};

/// Answers `(path after the token, Range header)`.
pub type Handler = dyn Fn(&str, Option<&str>) -> Answer + Send + Sync;

/// A running loopback server; it serves until the process ends.
pub struct Loopback {
    port: u16,
    token: String,
}

impl Loopback {
    /// Binds a free port on 127.0.0.1 and serves `handler` on background threads.
    pub fn start(handler: Arc<Handler>) -> Result<Loopback> {
        let listener = TcpListener::bind(("127.0.0.1", 0)).map_err(Error::from_io)?;
        let port = listener.local_addr().map_err(Error::from_io)?.port();
        let token = random_token()?;
        let (host, secret) = (format!("127.0.0.1:{port}"), format!("/{token}/"));
        std::thread::Builder::new()
            .name("pressdesk-video".into())
            .spawn(move || {
                for stream in listener.incoming().flatten() {
                    let (handler, host, secret) =
                        (Arc::clone(&handler), host.clone(), secret.clone());
                    let _ = std::thread::Builder::new()
                        .name("pressdesk-video-conn".into())
                        .spawn(move || serve_connection(stream, &*handler, &host, &secret));
                }
            })
            .map_err(Error::from_io)?;
        Ok(Loopback { port, token })
    }

    /// `http://127.0.0.1:<port>/<token>`: append `/file/<sha>`.
    pub fn base_url(&self) -> String {
        format!("http://127.0.0.1:{}/{}", self.port, self.token)
    }
}

fn random_token() -> Result<String> {
    let mut bytes = [0u8; 32];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut bytes))
        .map_err(Error::from_io)?;
    Ok(hex::encode(bytes))
}

/// One request after another on a connection, until the client closes it or it idles.
fn serve_connection(stream: TcpStream, handler: &Handler, host: &str, secret: &str) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(30)));
    let Ok(mut out) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(stream);
    while let Some(request) = read_request(&mut reader) {
        let keep = request.keep_alive;
        if write_answer(&mut out, &request, handler, host, secret).is_err() || !keep {
            return;
        }
    }
}

struct Request {
    method: String,
    target: String,
    host: Option<String>,
    range: Option<String>,
    keep_alive: bool,
}

/// The request line and headers (at most 64 lines of 8 KB); `None` at the end or on garbage.
fn read_request(reader: &mut impl BufRead) -> Option<Request> {
    let mut line = String::new();
    let mut read_line = |line: &mut String| -> Option<()> {
        line.clear();
        let n = reader.by_ref().take(8192).read_line(line).ok()?;
        (n > 0).then_some(())
    };
    read_line(&mut line)?;
    let mut parts = line.split_whitespace();
    let (method, target, version) = (parts.next()?, parts.next()?, parts.next()?);
    let mut request = Request {
        method: method.to_owned(),
        target: target.to_owned(),
        host: None,
        range: None,
        keep_alive: version == "HTTP/1.1",
    };
    for _ in 0..64 {
        read_line(&mut line)?;
        let header = line.trim_end();
        if header.is_empty() {
            return Some(request);
        }
        let (name, value) = header.split_once(':')?;
        let value = value.trim().to_owned();
        match name.trim().to_ascii_lowercase().as_str() {
            "host" => request.host = Some(value),
            "range" => request.range = Some(value),
            "connection" => request.keep_alive = !value.eq_ignore_ascii_case("close"),
            _ => {}
        }
    }
    None
}

fn write_answer(
    out: &mut TcpStream,
    request: &Request,
    handler: &Handler,
    host: &str,
    secret: &str,
) -> std::io::Result<()> {
    let head = request.method == "HEAD";
    let answer = if request.method != "GET" && !head {
        plain(405)
    } else if request.host.as_deref() != Some(host) {
        // Another name for this address (DNS rebinding): not ours to answer.
        plain(404)
    } else {
        match request.target.strip_prefix(secret) {
            Some(rest) => {
                let path = percent_decode(rest.split('?').next().unwrap_or(""));
                handler(&format!("/{path}"), request.range.as_deref())
            }
            None => plain(404),
        }
    };
    let mut text = format!("HTTP/1.1 {} {}\r\n", answer.status, reason(answer.status));
    for (name, value) in &answer.headers {
        text.push_str(&format!("{name}: {value}\r\n"));
    }
    if !answer.headers.iter().any(|(n, _)| *n == "Content-Length") {
        text.push_str("Content-Length: 0\r\n");
    }
    let keep = if request.keep_alive {
        "keep-alive"
    } else {
        "close"
    };
    text.push_str(&format!("Connection: {keep}\r\n\r\n"));
    out.write_all(text.as_bytes())?;
    if let (false, Body::File { path, start, len }) = (head, &answer.body) {
        let mut file = std::fs::File::open(path)?;
        file.seek(SeekFrom::Start(*start))?;
        // Streamed: a 200 for a whole video holds no more than the copy buffer in memory.
        let copied = std::io::copy(&mut file.take(*len), out)?;
        if copied != *len {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
    }
    out.flush()
}

fn plain(status: u16) -> Answer {
    Answer {
        status,
        headers: Vec::new(),
        body: Body::Empty,
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        206 => "Partial Content",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        416 => "Range Not Satisfiable",
        _ => "Error",
    }
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
