//! Plain-text helpers shared by the loader, search and the article view:
//! sentence boundaries and the accent-, case- and punctuation-folding that
//! search and matching rely on.

use std::ops::Range;

/// Splits `text` into sentences, returned as byte ranges without surrounding
/// white space.
///
/// Every non-empty line is at least one sentence (headings, bylines and the
/// e-mail line stand alone). Within a line a sentence ends at `.`, `!` or `?`,
/// optionally followed by closing quotes, when white space and then an
/// upper-case letter, a digit or an opening quote follow. That keeps
/// "BlackRock Inc., the" and "$12.5 trillion" whole.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        split_line(text, line_start, line_start + line.len(), &mut out);
        line_start += line.len();
    }
    out
}

fn split_line(text: &str, from: usize, to: usize, out: &mut Vec<Range<usize>>) {
    let line = &text[from..to];
    let mut start = 0;
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (_, c) = chars[i];
        if matches!(c, '.' | '!' | '?') {
            let mut j = i + 1;
            while j < chars.len() && is_closing_quote(chars[j].1) {
                j += 1;
            }
            let end = chars.get(j).map_or(line.len(), |&(b, _)| b);
            let mut k = j;
            let mut saw_space = false;
            while k < chars.len() && chars[k].1.is_whitespace() && chars[k].1 != '\n' {
                saw_space = true;
                k += 1;
            }
            let opens_sentence = chars.get(k).is_some_and(|&(_, n)| {
                n.is_uppercase() || n.is_ascii_digit() || is_opening_quote(n)
            });
            if saw_space && opens_sentence {
                push_trimmed(line, from, start, end, out);
                start = chars[k].0;
                i = k;
                continue;
            }
        }
        i += 1;
    }
    push_trimmed(line, from, start, line.len(), out);
}

fn push_trimmed(line: &str, offset: usize, start: usize, end: usize, out: &mut Vec<Range<usize>>) {
    let piece = &line[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        let s = offset + start + lead;
        out.push(s..s + trimmed.len());
    }
}

fn is_closing_quote(c: char) -> bool {
    matches!(c, '"' | '\'' | '\u{201D}' | '\u{2019}' | ')')
}

fn is_opening_quote(c: char) -> bool {
    matches!(c, '"' | '\u{201C}' | '\u{2018}' | '(')
}

/// Folds one character for matching: lower case, Latin accents removed,
/// apostrophes and quotes dropped, other punctuation and dashes made a space.
/// Hangul and other scripts pass through lower-cased. Appends to `out`.
pub fn fold_char(c: char, out: &mut String) {
    match c {
        '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '"' | '\u{201C}' | '\u{201D}' => {}
        c if c.is_alphanumeric() => {
            if let Some(base) = strip_accent(c) {
                out.push(base);
            } else {
                out.extend(c.to_lowercase());
            }
        }
        // Keep decimal points and thousands separators inside numbers by
        // treating them as word characters the tokenizer can see.
        '.' | ',' | '$' => out.push(c),
        _ => out.push(' '),
    }
}

/// Folds a whole string with [`fold_char`].
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// The unaccented, lower-case ASCII letter for common Latin letters with
/// diacritics (Latin-1 Supplement and Latin Extended-A), or `None`.
fn strip_accent(c: char) -> Option<char> {
    let base = match c {
        'à'..='å' | 'À'..='Å' | 'ā' | 'Ā' | 'ă' | 'Ă' | 'ą' | 'Ą' => 'a',
        'ç' | 'Ç' | 'ć' | 'Ć' | 'č' | 'Č' => 'c',
        'ď' | 'Ď' | 'đ' | 'Đ' => 'd',
        'è'..='ë' | 'È'..='Ë' | 'ē' | 'Ē' | 'ė' | 'Ė' | 'ę' | 'Ę' | 'ě' | 'Ě' => 'e',
        'ì'..='ï' | 'Ì'..='Ï' | 'ī' | 'Ī' | 'į' | 'Į' | 'ı' => 'i',
        'ł' | 'Ł' | 'ľ' | 'Ľ' => 'l',
        'ñ' | 'Ñ' | 'ń' | 'Ń' | 'ň' | 'Ň' => 'n',
        'ò'..='ö' | 'Ò'..='Ö' | 'ø' | 'Ø' | 'ō' | 'Ō' | 'ő' | 'Ő' => 'o',
        'ř' | 'Ř' => 'r',
        'ś' | 'Ś' | 'š' | 'Š' | 'ş' | 'Ş' => 's',
        'ť' | 'Ť' | 'ţ' | 'Ţ' => 't',
        'ù'..='ü' | 'Ù'..='Ü' | 'ū' | 'Ū' | 'ů' | 'Ů' | 'ű' | 'Ű' => 'u',
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => 'y',
        'ź' | 'Ź' | 'ż' | 'Ż' | 'ž' | 'Ž' => 'z',
        _ => return None,
    };
    Some(base)
}

/// A number printed with a fixed count of decimals through integer
/// arithmetic (`Fixed::<1>(1.25)` prints `1.3`), for SVG coordinates. It
/// keeps the float formatter, several kilobytes of wasm, out of the bundle.
#[derive(Clone, Copy, Debug)]
pub struct Fixed<const DECIMALS: u32>(pub f32);

impl<const DECIMALS: u32> std::fmt::Display for Fixed<DECIMALS> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let scale = 10i64.pow(DECIMALS);
        let v = if self.0.is_finite() { self.0 } else { 0.0 };
        let n = (f64::from(v) * scale as f64).round() as i64;
        let sign = if n < 0 { "-" } else { "" };
        let (whole, frac) = (n.abs() / scale, n.abs() % scale);
        if DECIMALS == 0 {
            write!(f, "{sign}{whole}")
        } else {
            write!(f, "{sign}{whole}.{frac:0width$}", width = DECIMALS as usize)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expect: &[&str]) {
        let got: Vec<&str> = sentences(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(got, expect, "sentences of {text:?}");
    }

    #[test]
    fn splits_sentences() {
        check("One. Two.", &["One.", "Two."]);
        check(
            "BlackRock Inc., the firm. It",
            &["BlackRock Inc., the firm.", "It"],
        );
        check(
            "manages $12.5 trillion in assets.",
            &["manages $12.5 trillion in assets."],
        );
        check(
            "“Humanity,” Ha said after the meeting. “Today’s dialogue.”",
            &[
                "“Humanity,” Ha said after the meeting.",
                "“Today’s dialogue.”",
            ],
        );
        check(
            "HEADING\nBody here.\n\nBy X\n",
            &["HEADING", "Body here.", "By X"],
        );
        check(
            "grids,” said Seoul’s Office.",
            &["grids,” said Seoul’s Office."],
        );
        check("", &[]);
        check("  \n \n", &[]);
    }

    #[test]
    fn fixed_decimals() {
        assert_eq!(Fixed::<1>(1.25).to_string(), "1.3");
        assert_eq!(Fixed::<1>(-0.96).to_string(), "-1.0");
        assert_eq!(Fixed::<1>(-0.04).to_string(), "0.0");
        assert_eq!(Fixed::<3>(1.0).to_string(), "1.000");
        assert_eq!(Fixed::<0>(12.6).to_string(), "13");
        assert_eq!(Fixed::<1>(f32::NAN).to_string(), "0.0");
    }

    #[test]
    fn folds_case_accents_and_punctuation() {
        assert_eq!(fold("António GUTERRES"), "antonio guterres");
        assert_eq!(fold("Jae-myung"), "jae myung");
        assert_eq!(fold("BLOCKROCK’S"), "blockrocks");
        assert_eq!(fold("이재명"), "이재명");
        assert_eq!(fold("Łódź"), "lodz");
    }
}
