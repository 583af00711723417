//! Amounts and times: money with its currency and magnitude ("$57,600",
//! "12.5 trillion won", "several trillion won"), percentages ("40
//! percent", "58%"), and times (weekdays, dates as "September 9, 2016",
//! "next month"), as token ranges. They become entities of kind amount and
//! time, one per distinct wording.

use std::ops::Range;

use crate::doc::Doc;
use crate::lexicon::{MONTHS, WEEKDAYS};

/// An amount or a time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub tokens: Range<usize>,
    pub time: bool,
}

const MAGNITUDES: &[&str] = &[
    "thousand", "million", "billion", "trillion", "bn", "mn", "m", "k",
];
const CURRENCIES: &[&str] = &[
    "won", "dollar", "dollars", "euro", "euros", "yen", "pound", "pounds", "yuan", "rupees",
    "francs",
];
const CURRENCY_SIGNS: &[&str] = &[
    "$", "€", "£", "¥", "₩", "US$", "HK$", "A$", "C$", "NZ$", "S$", "NT$", "R$",
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
const RELATIVE: &[&str] = &["week", "month", "year", "weekend", "quarter"];

fn is_number(w: &str) -> bool {
    !w.is_empty()
        && w.starts_with(|c: char| c.is_ascii_digit())
        && w.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.'))
        || (w.len() > 1
            && w.starts_with(|c: char| c.is_ascii_digit())
            && MAGNITUDES.iter().any(|m| {
                w.strip_suffix(m)
                    .is_some_and(|n| n.chars().all(|c| c.is_ascii_digit() || c == '.'))
            }))
}

/// The amounts and times of `doc`.
pub fn find(doc: &Doc) -> Vec<Found> {
    let n = doc.len();
    let w = |i: usize| if i < n { doc.word(i) } else { "" };
    let lower = |i: usize| if i < n { doc.lower[i].as_str() } else { "" };
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let word = w(i);
        let sign = CURRENCY_SIGNS.contains(&word) && is_number(w(i + 1));
        let start_number = if sign { i + 1 } else { i };
        let number =
            is_number(w(start_number)) || (!sign && NUMBER_WORDS.contains(&lower(i)) && i + 1 < n);
        if sign || number {
            let mut end = start_number;
            if MAGNITUDES.contains(&lower(end + 1)) {
                end += 1;
            }
            let next = lower(end + 1);
            let money = if sign {
                true
            } else if CURRENCIES.contains(&next) || next == "percent" || next == "%" {
                end += 1;
                true
            } else if next == "per" && lower(end + 2) == "cent" {
                end += 2;
                true
            } else {
                false
            };
            // "a" or "one" alone before a currency is not an amount ("a pound").
            let bare_word = !sign && !is_number(word);
            if money && !(bare_word && end <= i + 1) {
                out.push(Found {
                    tokens: i..end + 1,
                    time: false,
                });
                i = end + 1;
                continue;
            }
        }
        // "Tuesday, June 19, 2018" is one date, the weekday part of it.
        let dated_weekday =
            WEEKDAYS.contains(&word) && w(i + 1) == "," && MONTHS.contains(&w(i + 2));
        if WEEKDAYS.contains(&word) && !dated_weekday {
            out.push(Found {
                tokens: i..i + 1,
                time: true,
            });
        } else if dated_weekday
            || (MONTHS.contains(&word) && (word != "May" || is_number(w(i + 1))))
        {
            let start = i;
            let month = if dated_weekday { i + 2 } else { i };
            let mut end = month;
            if is_number(w(month + 1)) && w(month + 1).len() <= 2 {
                end = month + 1;
                if w(month + 2) == "," && is_number(w(month + 3)) && w(month + 3).len() == 4 {
                    end = month + 3;
                }
            } else if is_number(w(month + 1)) && w(month + 1).len() == 4 {
                end = month + 1;
            }
            out.push(Found {
                tokens: start..end + 1,
                time: true,
            });
            i = end + 1;
            continue;
        } else if matches!(lower(i), "next" | "last" | "this") && RELATIVE.contains(&lower(i + 1)) {
            out.push(Found {
                tokens: i..i + 2,
                time: true,
            });
            i += 2;
            continue;
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    #[test]
    fn amounts_and_times() {
        let lex = Lexicon::default();
        let text = "Fink manages $12.5 trillion in assets; projects could run into several trillion won, 40 percent and 58%. On Monday, September 9, 2016, next month, a pound. On Friday, the talks.";
        let doc = Doc::new(text, &lex);
        let got: Vec<(&str, bool)> = find(&doc)
            .iter()
            .map(|f| (doc.span_text(f.tokens.clone()), f.time))
            .collect();
        assert_eq!(
            got,
            [
                ("$12.5 trillion", false),
                ("several trillion won", false),
                ("40 percent", false),
                ("58%", false),
                ("Monday, September 9, 2016", true),
                ("next month", true),
                ("Friday", true),
            ]
        );
    }
}
