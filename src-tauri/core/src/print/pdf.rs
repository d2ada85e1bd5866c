//! The streaming PDF file: objects are serialised by `pdf-writer` and written to the sink the
//! moment they are complete (a page as soon as it is full), so a document of any length holds
//! only its current page; what must come last (fonts, page tree, cross-reference table) does.

use std::collections::VecDeque;
use std::io::Write;
use std::sync::mpsc::{channel, Receiver, Sender};
use std::thread::JoinHandle;

use flate2::{write::ZlibEncoder, Compression};
use pdf_writer::writers::{Catalog, DocumentInfo};
use pdf_writer::{Chunk, Date, Filter, Rect, Ref, TextStr};

use super::base::pdf_err;
use crate::error::Result;

/// The document's information dictionary.
pub(super) struct Meta {
    pub title: String,
    pub subject: String,
    pub author: String,
}

/// Deflates page contents on a second thread while the next page is laid out; results come
/// back in the order the pages were sent.
struct Deflater {
    tx: Option<Sender<Vec<u8>>>,
    rx: Receiver<Result<Vec<u8>>>,
    thread: Option<JoinHandle<()>>,
}

impl Deflater {
    fn start() -> Deflater {
        let (tx, work) = channel::<Vec<u8>>();
        let (done, rx) = channel();
        let thread = std::thread::Builder::new()
            .name("pdf-deflate".into())
            .spawn(move || {
                for data in work {
                    if done.send(deflate(&data)).is_err() {
                        return;
                    }
                }
            })
            .ok();
        Deflater {
            tx: Some(tx),
            rx,
            thread,
        }
    }
}

impl Drop for Deflater {
    fn drop(&mut self) {
        self.tx = None;
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// A page whose content is being deflated: its stream's object, and the page object to write
/// right after it.
struct Pending {
    stream: Ref,
    page: Ref,
    page_chunk: Chunk,
}

/// Pages in flight at most: one being deflated while the next is laid out.
const IN_FLIGHT: usize = 2;

pub(super) struct PdfOut<'w> {
    sink: &'w mut dyn Write,
    deflater: Deflater,
    pending: VecDeque<Pending>,
    /// Bytes written so far: where the next object starts.
    pos: usize,
    /// Byte offset of each object, by number − 1 (0 while not written).
    offsets: Vec<usize>,
    pages: Vec<Ref>,
    pages_ref: Ref,
    meta: Meta,
}

impl<'w> PdfOut<'w> {
    pub fn new(sink: &'w mut dyn Write, meta: Meta) -> Result<PdfOut<'w>> {
        let mut out = PdfOut {
            sink,
            deflater: Deflater::start(),
            pending: VecDeque::new(),
            pos: 0,
            offsets: Vec::new(),
            pages: Vec::new(),
            pages_ref: Ref::new(1),
            meta,
        };
        out.pages_ref = out.alloc();
        // The binary marker tells transfer programs the file is not text.
        out.raw(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")?;
        Ok(out)
    }

    /// A new object number, to be written later with [`PdfOut::put`].
    pub fn alloc(&mut self) -> Ref {
        self.offsets.push(0);
        Ref::new(self.offsets.len() as i32)
    }

    fn raw(&mut self, bytes: &[u8]) -> Result<()> {
        self.sink.write_all(bytes).map_err(pdf_err)?;
        self.pos += bytes.len();
        Ok(())
    }

    /// Writes a chunk holding exactly the one object `id` (the chunk starts with it).
    pub fn put(&mut self, id: Ref, chunk: &Chunk) -> Result<()> {
        if let Some(at) = self.offsets.get_mut(id.get() as usize - 1) {
            *at = self.pos;
        }
        self.raw(chunk.as_bytes())
    }

    /// A stream object with `data` deflated (at zlib's default level: the best level's long
    /// match searches cost a quarter of a ledger's time for a file a few per cent smaller).
    pub fn deflated(
        &mut self,
        id: Ref,
        data: &[u8],
        extra: impl FnOnce(&mut pdf_writer::Stream),
    ) -> Result<()> {
        let packed = deflate(data)?;
        let mut chunk = Chunk::with_capacity(packed.len() + 100);
        let mut stream = chunk.stream(id, &packed);
        stream.filter(Filter::FlateDecode);
        extra(&mut stream);
        drop(stream);
        self.put(id, &chunk)
    }

    /// A page: its content deflated on the other thread, then the content stream `stream` and
    /// the page object `page` (in `page_chunk`) written, in reading order.
    pub fn page(
        &mut self,
        stream: Ref,
        content: Vec<u8>,
        page: Ref,
        page_chunk: Chunk,
    ) -> Result<()> {
        self.pages.push(page);
        let sent = match &self.deflater.tx {
            Some(tx) => tx.send(content).map_err(|_| content_back()),
            None => Err(content_back()),
        };
        sent?;
        self.pending.push_back(Pending {
            stream,
            page,
            page_chunk,
        });
        while self.pending.len() > IN_FLIGHT {
            self.write_pending()?;
        }
        Ok(())
    }

    fn write_pending(&mut self) -> Result<()> {
        let Some(p) = self.pending.pop_front() else {
            return Ok(());
        };
        let packed = self.deflater.rx.recv().map_err(|_| content_back())??;
        let mut chunk = Chunk::with_capacity(packed.len() + 64);
        chunk.stream(p.stream, &packed).filter(Filter::FlateDecode);
        self.put(p.stream, &chunk)?;
        self.put(p.page, &p.page_chunk)
    }

    pub fn page_tree(&self) -> Ref {
        self.pages_ref
    }

    /// The page tree, catalog, information and cross-reference table; the file is complete.
    pub fn finish(mut self) -> Result<()> {
        while !self.pending.is_empty() {
            self.write_pending()?;
        }
        let mut chunk = Chunk::new();
        let count = self.pages.len() as i32;
        chunk
            .pages(self.pages_ref)
            .kids(self.pages.iter().copied())
            .count(count);
        let pages_ref = self.pages_ref;
        self.put(pages_ref, &chunk)?;
        let catalog = self.alloc();
        let mut chunk = Chunk::new();
        chunk.indirect(catalog).start::<Catalog>().pages(pages_ref);
        self.put(catalog, &chunk)?;
        let info = self.alloc();
        let mut chunk = Chunk::new();
        let now = date_now();
        chunk
            .indirect(info)
            .start::<DocumentInfo>()
            .title(TextStr(&self.meta.title))
            .subject(TextStr(&self.meta.subject))
            .author(TextStr(&self.meta.author))
            .creator(TextStr("PressDesk"))
            .producer(TextStr("PressDesk (pdf-writer 0.15)"))
            .creation_date(now)
            .modified_date(now);
        self.put(info, &chunk)?;
        let start = self.pos;
        let mut xref = format!("xref\n0 {}\n0000000000 65535 f\r\n", self.offsets.len() + 1);
        for at in &self.offsets {
            xref.push_str(&format!("{at:010} 00000 n\r\n"));
        }
        let id = file_id(&self.meta.title, self.pos);
        xref.push_str(&format!(
            "trailer\n<< /Size {} /Root {} 0 R /Info {} 0 R /ID [<{id}> <{id}>] >>\n\
             startxref\n{start}\n%%EOF\n",
            self.offsets.len() + 1,
            catalog.get(),
            info.get(),
        ));
        self.raw(xref.as_bytes())?;
        self.sink.flush().map_err(pdf_err)
    }
}

fn content_back() -> crate::error::Error {
    pdf_err("pemadatan halaman berhenti")
}

pub(super) fn deflate(data: &[u8]) -> Result<Vec<u8>> {
    let mut encoder = ZlibEncoder::new(
        Vec::with_capacity(data.len() / 3 + 64),
        Compression::default(),
    );
    encoder.write_all(data).map_err(pdf_err)?;
    encoder.finish().map_err(pdf_err)
}

/// A resource name made from an object number ("Im12"), so a page's resources can be listed
/// from the numbers it used.
pub(super) fn name_of(prefix: &str, id: Ref) -> String {
    format!("{prefix}{}", id.get())
}

pub(super) fn page_rect(width_mm: f32, height_mm: f32) -> Rect {
    let k = super::base::PT_PER_MM;
    Rect::new(0.0, 0.0, width_mm * k, height_mm * k)
}

/// The printing time as a PDF date, in UTC.
fn date_now() -> Date {
    let now = chrono::Utc::now();
    use chrono::{Datelike, Timelike};
    let narrow = |v: u32| u8::try_from(v).unwrap_or(0);
    Date::new(u16::try_from(now.year()).unwrap_or(2026))
        .month(narrow(now.month()))
        .day(narrow(now.day()))
        .hour(narrow(now.hour()))
        .minute(narrow(now.minute()))
        .second(narrow(now.second()))
        .utc_offset_hour(0)
        .utc_offset_minute(0)
}

/// A file identifier: the title, length and time hashed (readers only need it to differ).
fn file_id(title: &str, len: usize) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    h.update(title.as_bytes());
    h.update(len.to_le_bytes());
    h.update(
        chrono::Utc::now()
            .timestamp_nanos_opt()
            .unwrap_or(0)
            .to_le_bytes(),
    );
    hex::encode(&h.finalize()[..16])
}
