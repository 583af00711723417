//! Rules on top of the tagger: amounts and times as entities, and quotes
//! with their speakers. Precision first: a quote whose speaker the sentence
//! does not name stays unattributed.

use std::ops::Range;

use crate::tokens::Token;

/// An amount or time found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub time: bool,
}

const MAGNITUDES: &[&str] = &[
    "thousand", "million", "billion", "trillion", "bn", "mn", "m", "k",
];
const CURRENCIES: &[&str] = &[
    "won", "dollar", "dollars", "euro", "euros", "yen", "pound", "pounds", "yuan", "rupees",
    "francs",
];
const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "several",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "tens",
    "dozens",
    "a",
];
const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const RELATIVE: &[&str] = &["week", "month", "year", "weekend", "quarter"];

fn is_number(w: &str) -> bool {
    let w = w.trim_start_matches(['$', '€', '£', '¥', '₩']);
    !w.is_empty()
        && w.chars().next().is_some_and(|c| c.is_ascii_digit())
        && w.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.'))
}

/// Amounts (money with its currency and magnitude, percentages) and times
/// (weekdays, dates, "next month").
pub fn amounts_and_times(text: &str, tokens: &[Token]) -> Vec<Found> {
    let w = |i: usize| tokens.get(i).map_or("", |t| t.text(text));
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let word = w(i);
        let lower = word.to_lowercase();
        let currency_first = word.starts_with(['$', '€', '£', '¥', '₩']) && word.len() > 1;
        let number =
            is_number(word) || (NUMBER_WORDS.contains(&lower.as_str()) && i + 1 < tokens.len());
        // Money: "$57,600", "$9bn", "12.5 trillion won", "several trillion won".
        if currency_first || number {
            let mut j = i + 1;
            let mut end_tok = i;
            if MAGNITUDES.contains(&w(j).to_lowercase().as_str()) {
                end_tok = j;
                j += 1;
            }
            let next = w(j).to_lowercase();
            let money = if currency_first {
                true
            } else if CURRENCIES.contains(&next.as_str()) {
                end_tok = j;
                true
            } else if next == "percent" || next == "per" && w(j + 1) == "cent" || next == "%" {
                end_tok = if next == "per" { j + 1 } else { j };
                true
            } else {
                false
            };
            let bare_word_number = !currency_first && !is_number(word);
            if money && !(bare_word_number && end_tok == i) {
                out.push(Found {
                    start: tokens[i].start,
                    end: tokens[end_tok].end,
                    time: false,
                });
                i = end_tok + 1;
                continue;
            }
        }
        // Times.
        if WEEKDAYS.contains(&word) {
            out.push(Found {
                start: tokens[i].start,
                end: tokens[i].end,
                time: true,
            });
        } else if MONTHS.contains(&word) && word != "May" || (word == "May" && is_number(w(i + 1)))
        {
            let mut end_tok = i;
            if is_number(w(i + 1)) && w(i + 1).len() <= 2 {
                end_tok = i + 1;
                if w(i + 2) == "," && is_number(w(i + 3)) && w(i + 3).len() == 4 {
                    end_tok = i + 3;
                }
            } else if is_number(w(i + 1)) && w(i + 1).len() == 4 {
                end_tok = i + 1;
            }
            out.push(Found {
                start: tokens[i].start,
                end: tokens[end_tok].end,
                time: true,
            });
            i = end_tok + 1;
            continue;
        } else if matches!(lower.as_str(), "next" | "last" | "this") && RELATIVE.contains(&w(i + 1))
        {
            out.push(Found {
                start: tokens[i].start,
                end: tokens[i + 1].end,
                time: true,
            });
            i += 2;
            continue;
        }
        i += 1;
    }
    out
}

/// A quotation: its parts (inside the marks) and the sentence range it
/// stands in, with the text around it that may name the speaker.
#[derive(Clone, Debug)]
pub struct Quotation {
    pub parts: Vec<Range<usize>>,
    /// Where the attribution is looked for: the rest of the sentence(s).
    pub around: Range<usize>,
}

fn opens(c: char) -> Option<char> {
    match c {
        '“' => Some('”'),
        '"' => Some('"'),
        '«' => Some('»'),
        _ => None,
    }
}

/// Whether the first quotation mark from `from` on is `close` shaped as a
/// closing mark (right after a word or punctuation), within the next two
/// paragraphs.
fn closes_later(text: &str, from: usize, close: char) -> bool {
    let rest = &text[from..];
    let Some(at) = rest.find(['"', '“', '”']) else {
        return false;
    };
    let shaped = rest[at..].starts_with(close)
        && rest[..at]
            .chars()
            .next_back()
            .is_some_and(|p| !p.is_whitespace());
    shaped && rest[..at].matches("\n\n").count() <= 2
}

/// Quotations of at least four words: text between matching quotation
/// marks; a paragraph that opens a quote and does not close it runs on into
/// the next one that opens with a quotation mark (the news convention).
/// Parts of one quote split by an attribution ("…," he said, "…") join.
pub fn quotations(text: &str, sentences: &[Range<usize>]) -> Vec<Quotation> {
    let mut spans: Vec<Range<usize>> = Vec::new();
    let mut chars = text.char_indices().peekable();
    let mut open: Option<(usize, char)> = None;
    while let Some((i, c)) = chars.next() {
        match open {
            None => {
                if let Some(close) = opens(c) {
                    // A straight quote opens only after a space (or a
                    // bracket, a dash, the start) and right before a word:
                    // the one after 'early."' closes a quote, it opens none.
                    let before_ok = i == 0
                        || text[..i].chars().next_back().is_some_and(|p| {
                            if c == '"' || c == '\'' {
                                p.is_whitespace() || matches!(p, '(' | '[' | '{' | '—' | '–')
                            } else {
                                !p.is_alphanumeric()
                            }
                        });
                    let after_ok = c != '"' && c != '\''
                        || text[i + c.len_utf8()..]
                            .chars()
                            .next()
                            .is_some_and(|n| !n.is_whitespace());
                    if before_ok && after_ok {
                        open = Some((i + c.len_utf8(), close));
                    }
                }
            }
            Some((start, close)) => {
                if c == close {
                    if i > start {
                        spans.push(start..i);
                    }
                    open = None;
                } else if c == '\n' {
                    // The paragraph ends inside the quote: it goes on if the
                    // next paragraph opens with a quotation mark.
                    let rest = text[i..].trim_start();
                    let next = text.len() - rest.len();
                    if rest.starts_with(['“', '"']) {
                        let part_end = text[..i].trim_end().len();
                        if part_end > start {
                            spans.push(start..part_end);
                        }
                        let mark = rest.chars().next().map_or(1, char::len_utf8);
                        open = Some((next + mark, close));
                        while chars.peek().is_some_and(|(j, _)| *j < next + mark) {
                            chars.next();
                        }
                    } else if closes_later(text, next, close) {
                        // Some texts open no mark on the next paragraph but
                        // close the quote there ("…early.\""): it runs on.
                        let part_end = text[..i].trim_end().len();
                        if part_end > start {
                            spans.push(start..part_end);
                        }
                        open = Some((next, close));
                        while chars.peek().is_some_and(|(j, _)| *j < next) {
                            chars.next();
                        }
                    } else {
                        open = None;
                    }
                }
            }
        }
    }
    // Trim each part, keep quotes of four words or more.
    let trimmed: Vec<Range<usize>> = spans
        .into_iter()
        .filter_map(|r| {
            let s = &text[r.clone()];
            let lead = s.len() - s.trim_start().len();
            let body = s.trim();
            let body = body.trim_end_matches([',', ' ']);
            (body.split_whitespace().count() >= 4)
                .then(|| r.start + lead..r.start + lead + body.len())
        })
        .collect();
    let sentence_of = |at: usize| {
        sentences
            .iter()
            .position(|s| s.start <= at && at < s.end.max(s.start + 1))
    };
    let mut out: Vec<Quotation> = Vec::new();
    for part in trimmed {
        let first = sentence_of(part.start).unwrap_or(0);
        let last = sentence_of(part.end.saturating_sub(1)).unwrap_or(first);
        let around = sentences
            .get(first)
            .map_or(part.clone(), |s| s.start..sentences[last].end);
        // Joins the previous part when both stand in the same sentence(s)
        // or the previous one ran on to this paragraph.
        if let Some(prev) = out.last_mut() {
            let between = &text[prev.parts.last().map_or(0, |p| p.end)..part.start];
            let gap_words = between.split_whitespace().count();
            if (prev.around.end >= part.start && gap_words <= 6)
                || between
                    .trim_matches(|c: char| !c.is_alphanumeric())
                    .is_empty()
            {
                prev.parts.push(part.clone());
                prev.around.end = prev.around.end.max(around.end);
                continue;
            }
        }
        out.push(Quotation {
            parts: vec![part],
            around,
        });
    }
    out
}

/// The verbs of attribution.
pub const SAID: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "stated",
    "noted",
    "explained",
    "wrote",
    "declared",
    "asked",
    "argued",
    "insisted",
    "warned",
    "replied",
    "remarked",
    "announced",
    "according",
];
