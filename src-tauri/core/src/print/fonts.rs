//! The two faces every PressDesk PDF uses (DejaVu Sans regular and bold): text measured from the
//! font's own advance widths, word wrapping to a width in mm, text encoded as the glyphs of a
//! subset that grows as the document uses them, and at the end the subset embedded (CID
//! fonts, with a ToUnicode map so the text can be searched and copied).

use std::cell::RefCell;

use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Chunk, Name, Ref, Str};
use subsetter::GlyphRemapper;
use ttf_parser::{Face as TtfFace, GlyphId};

use super::base::{pdf_err, Weight};
use super::pdf::PdfOut;
use crate::error::Result;

const REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

const MM_PER_PT: f32 = 25.4 / 72.0;
/// Characters below this are looked up once, when the font is loaded.
const TABLE: usize = 0x3000;

pub(super) struct Face {
    ttf: TtfFace<'static>,
    data: &'static [u8],
    base_name: &'static str,
    /// Glyph and advance (in em) of each character below `TABLE`; glyph 0 when missing.
    table: Vec<(u16, f32)>,
    units_per_em: f32,
    /// Glyph drawn for a character the font lacks, so nothing silently disappears.
    fallback: char,
    /// The glyphs used so far, numbered in the subset, with the text each one stands for.
    used: RefCell<(GlyphRemapper, Vec<(u16, char)>)>,
}

pub(super) struct Fonts {
    regular: Face,
    bold: Face,
}

impl Face {
    fn load(data: &'static [u8], base_name: &'static str) -> Result<Face> {
        let ttf =
            TtfFace::parse(data, 0).map_err(|e| pdf_err(format!("huruf {base_name}: {e}")))?;
        let units_per_em = f32::from(ttf.units_per_em().max(1));
        let advance = |g: GlyphId| f32::from(ttf.glyph_hor_advance(g).unwrap_or(0)) / units_per_em;
        let table = (0..TABLE as u32)
            .map(|c| {
                let gid = char::from_u32(c).and_then(|c| ttf.glyph_index(c));
                (gid.map_or(0, |g| g.0), advance(gid.unwrap_or(GlyphId(0))))
            })
            .collect();
        let fallback = if ttf.glyph_index('\u{FFFD}').is_some() {
            '\u{FFFD}'
        } else {
            '?'
        };
        Ok(Face {
            ttf,
            data,
            base_name,
            table,
            units_per_em,
            fallback,
            used: RefCell::new((GlyphRemapper::new(), Vec::new())),
        })
    }

    fn glyph(&self, c: char) -> Option<u16> {
        match self.table.get(c as usize) {
            Some(&(g, _)) => (g != 0).then_some(g),
            None => self.ttf.glyph_index(c).map(|g| g.0),
        }
    }

    fn advance(&self, c: char) -> f32 {
        match self.table.get(c as usize) {
            Some(&(_, a)) => a,
            None => {
                let g = self.ttf.glyph_index(c).unwrap_or(GlyphId(0));
                f32::from(self.ttf.glyph_hor_advance(g).unwrap_or(0)) / self.units_per_em
            }
        }
    }

    /// Replaces what cannot be printed: control characters become spaces, characters the
    /// font has no glyph for become the replacement mark.
    pub fn clean(&self, text: &str) -> String {
        text.chars()
            .map(|c| {
                if c.is_control() {
                    ' '
                } else if self.glyph(c).is_some() {
                    c
                } else {
                    self.fallback
                }
            })
            .collect()
    }

    /// `text` (already cleaned) as two-byte glyph numbers of the subset, which grows to hold
    /// them: the text operand of a `Tj`.
    pub fn encode(&self, text: &str) -> Vec<u8> {
        let mut used = self.used.borrow_mut();
        let (map, chars) = &mut *used;
        let mut out = Vec::with_capacity(text.len() * 2);
        for c in text.chars() {
            let gid = self.glyph(c).unwrap_or(0);
            let known = map.get(gid).is_some();
            let cid = map.remap(gid);
            if !known && gid != 0 {
                chars.push((cid, c));
            }
            out.extend_from_slice(&cid.to_be_bytes());
        }
        out
    }

    /// Writes the subset font: Type 0 font `id`, its CID font, descriptor, font file and
    /// ToUnicode map.
    fn write(&self, out: &mut PdfOut, id: Ref) -> Result<()> {
        let used = self.used.borrow();
        let (map, chars) = &*used;
        let subset = subsetter::subset(self.data, 0, map).map_err(pdf_err)?;
        let tag = subset_tag(map);
        let base = format!("{tag}+{}", self.base_name);
        let [cid, descriptor, file, cmap] = [out.alloc(), out.alloc(), out.alloc(), out.alloc()];
        let info = SystemInfo {
            registry: Str(b"Adobe"),
            ordering: Str(b"Identity"),
            supplement: 0,
        };
        let mut chunk = Chunk::new();
        chunk
            .type0_font(id)
            .base_font(Name(base.as_bytes()))
            .encoding_predefined(Name(b"Identity-H"))
            .descendant_font(cid)
            .to_unicode(cmap);
        out.put(id, &chunk)?;
        let em = |v: f32| v / self.units_per_em * 1000.0;
        let widths: Vec<f32> = map
            .remapped_gids()
            .map(|g| {
                em(f32::from(
                    self.ttf.glyph_hor_advance(GlyphId(g)).unwrap_or(0),
                ))
            })
            .collect();
        let mut chunk = Chunk::new();
        let mut font = chunk.cid_font(cid);
        font.subtype(CidFontType::Type2)
            .base_font(Name(base.as_bytes()))
            .system_info(info)
            .font_descriptor(descriptor)
            .default_width(0.0)
            .cid_to_gid_map_predefined(Name(b"Identity"));
        font.widths().consecutive(0, widths);
        drop(font);
        out.put(cid, &chunk)?;
        let b = self.ttf.global_bounding_box();
        let bbox = pdf_writer::Rect::new(
            em(f32::from(b.x_min)),
            em(f32::from(b.y_min)),
            em(f32::from(b.x_max)),
            em(f32::from(b.y_max)),
        );
        let mut chunk = Chunk::new();
        chunk
            .font_descriptor(descriptor)
            .name(Name(base.as_bytes()))
            .flags(FontFlags::NON_SYMBOLIC)
            .bbox(bbox)
            .italic_angle(0.0)
            .ascent(em(f32::from(self.ttf.ascender())))
            .descent(em(f32::from(self.ttf.descender())))
            .cap_height(em(f32::from(self.ttf.capital_height().unwrap_or(0))))
            .stem_v(if self.base_name.ends_with("Bold") {
                120.0
            } else {
                80.0
            })
            .font_file2(file);
        out.put(descriptor, &chunk)?;
        let length = subset.len() as i32;
        out.deflated(file, &subset, |s| {
            s.pair(Name(b"Length1"), length);
        })?;
        let mut unicode = UnicodeCmap::new(Name(b"Custom"), info);
        for &(cid, c) in chars {
            unicode.pair(cid, c);
        }
        out.deflated(cmap, &unicode.finish(), |_| {})
    }
}

/// Six capital letters naming the subset, as PDF asks ("ABCDEF+DejaVuSans"), from its glyphs.
fn subset_tag(map: &GlyphRemapper) -> String {
    let mut h: u32 = 2_166_136_261;
    for g in map.remapped_gids() {
        for b in g.to_le_bytes() {
            h = (h ^ u32::from(b)).wrapping_mul(16_777_619);
        }
    }
    (0..6)
        .map(|i| char::from(b'A' + ((h >> (i * 5)) % 26) as u8))
        .collect()
}

impl Fonts {
    pub fn load() -> Result<Fonts> {
        Ok(Fonts {
            regular: Face::load(REGULAR, "DejaVuSans")?,
            bold: Face::load(BOLD, "DejaVuSans-Bold")?,
        })
    }

    pub fn face(&self, weight: Weight) -> &Face {
        match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }

    /// The fonts as the document used them, as Type 0 fonts `regular` and `bold`.
    pub fn write(&self, out: &mut PdfOut, [regular, bold]: [Ref; 2]) -> Result<()> {
        self.regular.write(out, regular)?;
        self.bold.write(out, bold)
    }

    /// Width of `text` in mm at `size` pt.
    pub fn width(&self, weight: Weight, size: f32, text: &str) -> f32 {
        let face = self.face(weight);
        text.chars().map(|c| face.advance(c)).sum::<f32>() * size * MM_PER_PT
    }
}
