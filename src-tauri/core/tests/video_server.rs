//! The video server (`core::loopback`) through real sockets: it streams the byte ranges a
//! player asks for, with the same answers as the `pd:` scheme, and answers nothing without the
//! session's token, for another host name, or to anything but a read.

mod common;

use common::paraf_office::office;
use common::*;
use pressdesk_core::evidence;
use pressdesk_core::model::{Actor, Role};
use pressdesk_core::release::{self, EvidenceInput};

const VIDEO: &[u8] = include_bytes!("fixtures/kegiatan.mp4");

/// One raw HTTP/1.1 request to the loopback server; returns the status line, headers and body.
fn http(port: u16, request: &str) -> (String, Vec<u8>) {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    (
        String::from_utf8_lossy(&raw[..split]).into_owned(),
        raw[split + 4..].to_vec(),
    )
}

#[test]
fn the_video_server_streams_ranges_to_this_session_only() {
    use pressdesk_core::loopback::Loopback;
    let o = office();
    let staged = evidence::stage_file(&o.store, Some(&o.kasi), "kegiatan.mp4", VIDEO).unwrap();
    let mut input = release("Liputan video", "Dinas Kesehatan");
    input.evidence.push(EvidenceInput {
        sha256: staged.sha256.clone(),
        kind: staged.kind,
        name: staged.name,
    });
    release::register_release(&o.store, &o.kasi, input).unwrap();
    let sha = staged.sha256;
    let store = std::sync::Arc::new(o.store);
    let op = operator_of(&store);
    let served = std::sync::Arc::clone(&store);
    let server = Loopback::start(std::sync::Arc::new(
        move |path: &str, range: Option<&str>| {
            pressdesk_core::serve::answer(&served, Some(&op), path, range)
        },
    ))
    .unwrap();
    let base = server.base_url();
    let (port, token) = {
        let rest = base.strip_prefix("http://127.0.0.1:").unwrap();
        let (port, token) = rest.split_once('/').unwrap();
        (port.parse::<u16>().unwrap(), token.to_owned())
    };
    assert_eq!(token.len(), 64);
    let host = format!("127.0.0.1:{port}");
    let get = |target: &str, extra: &str| {
        http(
            port,
            &format!("GET {target} HTTP/1.1\r\nHost: {host}\r\n{extra}Connection: close\r\n\r\n"),
        )
    };

    let (head, body) = get(&format!("/{token}/file/{sha}"), "");
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    assert_eq!(body, VIDEO);
    let (head, body) = get(&format!("/{token}/file/{sha}"), "Range: bytes=100-199\r\n");
    assert!(head.starts_with("HTTP/1.1 206"), "{head}");
    assert!(head.contains(&format!("Content-Range: bytes 100-199/{}", VIDEO.len())));
    assert!(head.contains("Accept-Ranges: bytes"), "{head}");
    assert_eq!(body, &VIDEO[100..200]);
    let (head, _) = get(
        &format!("/{token}/file/{sha}"),
        &format!("Range: bytes={}-\r\n", VIDEO.len()),
    );
    assert!(head.starts_with("HTTP/1.1 416"), "{head}");

    // Without the session's token, from another host name, or not a read: nothing.
    let wrong = "0".repeat(64);
    assert!(get(&format!("/{wrong}/file/{sha}"), "")
        .0
        .starts_with("HTTP/1.1 404"));
    let (head, _) = http(
        port,
        &format!(
            "GET /{token}/file/{sha} HTTP/1.1\r\nHost: evil.example:{port}\r\n\
             Connection: close\r\n\r\n"
        ),
    );
    assert!(head.starts_with("HTTP/1.1 404"), "{head}");
    let (head, _) = http(
        port,
        &format!("POST /{token}/file/{sha} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"),
    );
    assert!(head.starts_with("HTTP/1.1 405"), "{head}");
}

fn operator_of(store: &pressdesk_core::Store) -> Actor {
    person(store, "Dewi Operator", "199001152015032001", Role::Operator)
}
