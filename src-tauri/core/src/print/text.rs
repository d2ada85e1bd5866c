//! Text laid out in mm: word wrapping to a width (over-long words cut between letters),
//! shortening with "…", and the largest size at which a text fits a box (labels).

use super::base::{Style, Weight};
use super::fonts::Fonts;

impl Fonts {
    /// Breaks `text` into lines no wider than `max` mm. Line breaks in the text are kept
    /// (an empty line stays empty); a word longer than a whole line is cut between letters.
    pub fn wrap(&self, weight: Weight, size: f32, text: &str, max: f32) -> Vec<String> {
        let face = self.face(weight);
        let space = self.width(weight, size, " ");
        let mut lines = Vec::new();
        for paragraph in text.replace("\r\n", "\n").split(['\n', '\r']) {
            let paragraph = face.clean(paragraph);
            let mut line = String::new();
            // Widths are added up as the line grows rather than measured again each time.
            let mut line_w = 0.0;
            for word in paragraph.split_whitespace() {
                let word_w = self.width(weight, size, word);
                let candidate_w = if line.is_empty() {
                    word_w
                } else {
                    line_w + space + word_w
                };
                if candidate_w <= max {
                    if !line.is_empty() {
                        line.push(' ');
                    }
                    line.push_str(word);
                    line_w = candidate_w;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                if word_w <= max {
                    line = word.to_owned();
                    line_w = word_w;
                } else {
                    line = self.cut_long_word(weight, size, word, max, &mut lines);
                    line_w = self.width(weight, size, &line);
                }
            }
            lines.push(line);
        }
        lines
    }

    /// Pushes the full-width pieces of an over-long word and returns the rest.
    fn cut_long_word(
        &self,
        weight: Weight,
        size: f32,
        word: &str,
        max: f32,
        lines: &mut Vec<String>,
    ) -> String {
        let mut piece = String::new();
        for c in word.chars() {
            piece.push(c);
            if self.width(weight, size, &piece) > max && piece.chars().count() > 1 {
                piece.pop();
                lines.push(std::mem::take(&mut piece));
                piece.push(c);
            }
        }
        piece
    }

    /// `text` shortened with "…" to fit `max` mm on one line.
    pub fn ellipsize(&self, weight: Weight, size: f32, text: &str, max: f32) -> String {
        let text = self.face(weight).clean(text);
        if self.width(weight, size, &text) <= max {
            return text;
        }
        let mut out: String = text.clone();
        while !out.is_empty() && self.width(weight, size, &format!("{out}…")) > max {
            out.pop();
        }
        format!("{}…", out.trim_end())
    }

    /// The largest size up to `largest` pt at which `text` fits `max` mm on one line.
    pub fn fit(&self, weight: Weight, text: &str, max: f32, largest: f32) -> f32 {
        let at_one = self.width(weight, 1.0, &self.face(weight).clean(text));
        if at_one <= 0.0 {
            return largest;
        }
        (max / at_one).min(largest)
    }

    /// The largest size up to `largest` pt at which `text` fits a box of `w` × `h` mm, on one
    /// line or broken in two after a "/", "." or "-" (wherever gives the larger size); with
    /// its lines. Used for archive numbers on tiny labels.
    pub fn fit_box(
        &self,
        weight: Weight,
        text: &str,
        w: f32,
        h: f32,
        largest: f32,
    ) -> (f32, Vec<String>) {
        let per_pt = Style::new(weight, 1.0).line_height();
        let one = self.fit(weight, text, w, (h / per_pt).min(largest));
        let two_max = (h / (2.0 * per_pt)).min(largest);
        let best_two = text
            .char_indices()
            .filter(|&(i, ch)| matches!(ch, '/' | '.' | '-') && i + 1 < text.len())
            .map(|(i, _)| {
                let (a, b) = text.split_at(i + 1);
                let size = self
                    .fit(weight, a, w, two_max)
                    .min(self.fit(weight, b, w, two_max));
                (size, vec![a.to_owned(), b.to_owned()])
            })
            .max_by(|x, y| x.0.total_cmp(&y.0));
        match best_two {
            // Two lines only when that makes the text clearly larger.
            Some(two) if two.0 > one * 1.15 => two,
            _ => (one, vec![text.to_owned()]),
        }
    }

    /// `text` wrapped to `max` mm in at most `lines` lines, the last one shortened with "…"
    /// when the text runs on.
    pub fn wrap_clamped(
        &self,
        weight: Weight,
        size: f32,
        text: &str,
        max: f32,
        lines: usize,
    ) -> Vec<String> {
        let mut wrapped: Vec<String> = self
            .wrap(weight, size, text, max)
            .into_iter()
            .filter(|l| !l.trim().is_empty())
            .collect();
        if lines == 0 || wrapped.len() <= lines {
            wrapped.truncate(lines);
            return wrapped;
        }
        let rest = wrapped.split_off(lines - 1).join(" ");
        // Always mark the cut, even when the rest would fit on the last line by itself.
        let last = self.ellipsize(weight, size, &format!("{rest} …"), max);
        let last = last.trim_end_matches([' ', '…']).to_owned() + "…";
        wrapped.push(last);
        wrapped
    }
}

#[cfg(test)]
mod tests {
    use super::super::base::Weight;
    use super::super::fonts::Fonts;

    #[test]
    fn wrapping_never_exceeds_the_width_and_keeps_every_word() {
        let fonts = Fonts::load().unwrap();
        let text = "Dinas Pekerjaan Umum dan Penataan Ruang — «Klarifikasi/hak jawab» 3×4 \
                    Supercalifragilisticexpialidocious-sangat-panjang-sekali-tanpa-spasi\n\nAkhir.";
        let lines = fonts.wrap(Weight::Regular, 10.0, text, 30.0);
        for line in &lines {
            assert!(fonts.width(Weight::Regular, 10.0, line) <= 30.0, "{line}");
        }
        assert!(lines.iter().any(String::is_empty), "the blank line is kept");
        let joined: String = lines.concat().split_whitespace().collect();
        let original: String = text.split_whitespace().collect();
        assert_eq!(joined, original);
        assert_eq!(fonts.width(Weight::Bold, 10.0, ""), 0.0);
        let short = fonts.ellipsize(Weight::Regular, 8.0, "foto-kegiatan-panjang.jpg", 15.0);
        assert!(short.ends_with('…') && fonts.width(Weight::Regular, 8.0, &short) <= 15.0);
    }
}
