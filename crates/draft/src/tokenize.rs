//! Words and punctuation with their UTF-8 byte offsets, split the way the
//! treebank the tagger and parser learn from splits them (GUM, Universal
//! Dependencies English): "don't" is "do" + "n't", "Korea's" is "Korea" +
//! "'s", "we'll" is "we" + "'ll", most hyphenated words are three tokens
//! ("large - scale") but prefixes and romanised name syllables stay whole
//! ("co-founder", "Jae-myung"), "$9" is "$" + "9" and "58%" is "58" + "%".
//! Initials and dotted abbreviations keep their period ("U.S.", "L.",
//! "Dr."). Then [`sentences`] groups the tokens into sentences.

use std::ops::Range;

/// The signs of money: a token of their own before a number ("$" "9"),
/// and never part of a name.
pub const CURRENCY_SIGNS: [char; 5] = ['$', '€', '£', '¥', '₩'];

/// One token: `text[start..end]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    /// A line break (or the start of the text) comes before it.
    pub line_start: bool,
    /// A blank line (or the start of the text) comes before it.
    pub paragraph_start: bool,
}

impl Token {
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// The tokens inside `start..end` as a range of token indexes (tokens are
/// in text order, so they are one run, found by binary search).
pub fn within(tokens: &[Token], start: usize, end: usize) -> Range<usize> {
    let first = tokens.partition_point(|t| t.start < start);
    let last = first + tokens[first..].partition_point(|t| t.end <= end);
    first..last
}

/// Abbreviations whose final period belongs to them.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt",
    "jr", "sr", "inc", "corp", "co", "ltd", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "mt", "ft", "rev", "hon", "pres", "dept", "univ", "e.g",
    "i.e", "etc", "a.m", "p.m", "vol", "approx", "est", "fig", "cf", "al", "adm", "maj", "brig",
    "cmdr", "supt", "messrs", "mme", "mlle",
];

/// Abbreviations that may also end a sentence ("… BlackRock Inc. The
/// agreement …"); titles never do.
const MAY_END: &[&str] = &[
    "inc", "corp", "co", "ltd", "jr", "sr", "etc", "a.m", "p.m", "u.s", "u.k", "u.n", "d.c", "e.u",
];

/// Prefixes that the treebank keeps whole with their hyphen ("co-founder",
/// "non-profit", "pro-Beijing").
const PREFIXES: &[&str] = &[
    "co", "non", "pro", "anti", "re", "cross", "pan", "semi", "sub", "inter", "pre", "mini", "e",
    "mid", "multi", "ex", "vice", "post", "self", "ultra", "neo", "micro", "macro", "bi", "tri",
    "counter", "over", "under", "out", "intra", "trans", "quasi", "pseudo", "mega", "de", "un",
];

fn is_open(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '(' | '[' | '{' | '“' | '‘' | '«' | '‹' | '¿' | '¡' | '—' | '–' | '`'
    )
}

fn is_close(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | ')'
            | ']'
            | '}'
            | '”'
            | '’'
            | '»'
            | '›'
            | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '.'
            | '…'
            | '—'
            | '–'
    )
}

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let (mut line_start, mut paragraph_start) = (true, true);
    let mut i = 0;
    let bytes = text.len();
    while i < bytes {
        let c = text[i..].chars().next().unwrap_or(' ');
        if c.is_whitespace() {
            if c == '\n' || c == '\u{2028}' || c == '\u{2029}' {
                if line_start || c == '\u{2029}' {
                    paragraph_start = true;
                }
                line_start = true;
            }
            i += c.len_utf8();
            continue;
        }
        let end = text[i..]
            .char_indices()
            .find(|(_, c)| c.is_whitespace())
            .map_or(bytes, |(j, _)| i + j);
        let first = out.len();
        split_chunk(text, i, end, &mut out);
        if let Some(t) = out.get_mut(first) {
            t.line_start = line_start;
            t.paragraph_start = paragraph_start;
        }
        line_start = false;
        paragraph_start = false;
        i = end;
    }
    out
}

fn push(out: &mut Vec<Token>, start: usize, end: usize) {
    if start < end {
        out.push(Token {
            start,
            end,
            line_start: false,
            paragraph_start: false,
        });
    }
}

fn split_chunk(text: &str, mut start: usize, mut end: usize, out: &mut Vec<Token>) {
    let chunk = &text[start..end];
    // Addresses stay whole.
    if chunk.contains("://") || chunk.starts_with("www.") || is_email(chunk) {
        let trimmed = chunk.trim_end_matches(['.', ',', ')', ';', ':']);
        push(out, start, start + trimmed.len());
        for (k, c) in chunk[trimmed.len()..].char_indices() {
            let at = start + trimmed.len() + k;
            push(out, at, at + c.len_utf8());
        }
        return;
    }
    // Leading punctuation and currency signs, one token each.
    while start < end {
        let c = text[start..end].chars().next().unwrap_or(' ');
        let lone_sign = (CURRENCY_SIGNS.contains(&c) || matches!(c, '#' | '@'))
            && text[start + c.len_utf8()..end]
                .chars()
                .next()
                .is_some_and(|n| n.is_ascii_digit());
        if is_open(c) || lone_sign || (!c.is_alphanumeric() && !matches!(c, '#' | '@' | '&' | '$'))
        {
            // "..." and "--" are one token.
            let run = repeated_run(&text[start..end], c);
            push(out, start, start + run);
            start += run;
        } else {
            break;
        }
    }
    // Trailing punctuation, kept aside to push after the word.
    let mut trailing = Vec::new();
    while start < end {
        let word = &text[start..end];
        let c = word.chars().next_back().unwrap_or(' ');
        if c == '.' && keeps_period(word) {
            break;
        }
        if is_close(c) || c == '%' || (!c.is_alphanumeric() && !matches!(c, '$' | '€' | '£' | '&'))
        {
            let run = repeated_run_back(word, c);
            trailing.push((end - run, end));
            end -= run;
        } else {
            break;
        }
    }
    // "A$8.06", "HK$20": a currency's letters and sign are one token, the
    // number another.
    let word = &text[start..end];
    if let Some(k) = word.find('$').filter(|&k| {
        (1..=3).contains(&k)
            && word[..k].chars().all(|c| c.is_ascii_uppercase())
            && word[k + 1..].starts_with(|c: char| c.is_ascii_digit())
    }) {
        push(out, start, start + k + 1);
        start += k + 1;
    }
    if start < end {
        split_word(text, start, end, out);
    }
    for (s, e) in trailing.into_iter().rev() {
        push(out, s, e);
    }
}

fn repeated_run(s: &str, c: char) -> usize {
    if matches!(c, '.' | '-') {
        s.chars().take_while(|&x| x == c).count() * c.len_utf8()
    } else {
        c.len_utf8()
    }
}

fn repeated_run_back(s: &str, c: char) -> usize {
    if matches!(c, '.' | '-') {
        let n = s.chars().rev().take_while(|&x| x == c).count();
        // "U.S.." keeps its own period.
        n * c.len_utf8()
    } else {
        c.len_utf8()
    }
}

fn is_email(s: &str) -> bool {
    s.split_once('@')
        .is_some_and(|(a, b)| !a.is_empty() && b.contains('.') && !b.ends_with('.'))
}

/// A word without its edge punctuation: clitics and hyphens.
fn split_word(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let word = &text[start..end];
    // Clitics at the end: n't, 's, 're, 've, 'll, 'd, 'm.
    if let Some(cut) = clitic_at(word) {
        if cut > 0 {
            split_hyphens(text, start, start + cut, out);
            push(out, start + cut, end);
            return;
        }
    }
    split_hyphens(text, start, end, out);
}

/// Where a final clitic starts in `word`, if it has one.
fn clitic_at(word: &str) -> Option<usize> {
    let lower = word.to_lowercase();
    if lower.len() != word.len() {
        return None;
    }
    for neg in ["n't", "n’t"] {
        if lower.ends_with(neg) && word.len() > neg.len() {
            let cut = word.len() - neg.len();
            return Some(cut);
        }
    }
    for cl in [
        "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m",
    ] {
        if lower.ends_with(cl) && word.len() > cl.len() {
            let cut = word.len() - cl.len();
            // A letter or digit right before it ("1930’s" included).
            if word[..cut]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
            {
                return Some(cut);
            }
        }
    }
    None
}

/// Splits at hyphens and slashes between words, unless the word keeps its
/// hyphen (a prefix, romanised name syllables, numbers).
fn split_hyphens(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let word = &text[start..end];
    let parts: Vec<&str> = word.split(['-', '/', '—', '–']).collect();
    if parts.len() == 1 || parts.iter().any(|p| p.is_empty()) || keeps_hyphen(word, &parts) {
        push(out, start, end);
        return;
    }
    let mut at = start;
    for (k, p) in parts.iter().enumerate() {
        push(out, at, at + p.len());
        at += p.len();
        if k + 1 < parts.len() {
            let c = text[at..].chars().next().unwrap_or('-');
            push(out, at, at + c.len_utf8());
            at += c.len_utf8();
        }
    }
}

/// Titles written with hyphens, kept whole.
const HYPHENATED_TITLES: &[&str] = &[
    "secretary-general",
    "attorney-general",
    "governor-general",
    "director-general",
    "vice-president",
    "president-elect",
    "editor-in-chief",
    "commander-in-chief",
    "prime-minister",
    "co-chair",
];

fn keeps_hyphen(word: &str, parts: &[&str]) -> bool {
    if HYPHENATED_TITLES.contains(&word.to_lowercase().as_str()) {
        return true;
    }
    if word.contains(['/', '—', '–']) {
        // "and/or" splits; dates and fractions ("9/11", "1/2") do not.
        return parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit()));
    }
    let first = parts[0].to_lowercase();
    if parts.len() == 2 && PREFIXES.contains(&first.as_str()) {
        return true;
    }
    // Numbers and codes: "639-3", "I-580", "SAC-D".
    if parts.iter().all(|p| {
        p.chars()
            .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
    }) {
        return true;
    }
    // Romanised East Asian given names: "Jae-myung", "Min-Woo", "Wai-ching",
    // "Jong-un": two short syllables, the first capitalised.
    parts.len() == 2
        && parts[0].chars().next().is_some_and(char::is_uppercase)
        && parts.iter().all(|p| {
            let n = p.chars().count();
            (2..=5).contains(&n) && p.chars().all(|c| c.is_ascii_alphabetic())
        })
        && syllable(parts[0])
        && syllable(parts[1])
}

/// Whether a word reads as one romanised Korean or Chinese syllable.
fn syllable(w: &str) -> bool {
    let w = w.to_lowercase();
    let vowels = w.chars().filter(|c| "aeiouy".contains(*c)).count();
    (1..=3).contains(&vowels)
        // Korean syllables close with n, ng, m, k, l or p ("Shin-Wook",
        // "Yong-Chul", "Sang-Seop").
        && w.ends_with(|c: char| "aeiouyngmklp".contains(c))
        && !w.ends_with("ed")
}

/// Whether the final period of `word` is part of it: initials ("L."),
/// dotted abbreviations ("U.S.", "D.C."), titles and the like ("Dr.").
fn keeps_period(word: &str) -> bool {
    let body = &word[..word.len() - 1];
    if body.is_empty() || body.ends_with('.') {
        return false;
    }
    if body.chars().count() == 1 && body.chars().all(char::is_alphabetic) {
        return true;
    }
    if body.contains('.')
        && body
            .split('.')
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
    {
        return true;
    }
    ABBREVIATIONS.contains(&body.to_lowercase().as_str())
}

/// The tokens grouped into sentences (ranges of token indexes): a sentence
/// ends at a line break, and after ".", "!", "?" or "…" (with any closing
/// quotes or brackets after it) before a word that can start one.
pub fn sentences(text: &str, tokens: &[Token]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < tokens.len() {
        if i > start && tokens[i].line_start {
            out.push(start..i);
            start = i;
        }
        let w = tokens[i].text(text);
        let ends = matches!(w, "." | "!" | "?" | "…" | "..." | "?!" | "!!")
            || (w.ends_with('.') && w.len() > 1 && may_end(w));
        if ends {
            // Closing quotes and brackets stay with the sentence.
            let mut j = i + 1;
            while j < tokens.len()
                && !tokens[j].line_start
                && matches!(
                    tokens[j].text(text),
                    "\"" | "”" | "’" | "'" | ")" | "]" | "»"
                )
                && closing_here(text, tokens, j)
            {
                j += 1;
            }
            let next = tokens.get(j);
            let starts = next.is_none_or(|t| {
                let nw = t.text(text);
                let c = nw.chars().next().unwrap_or(' ');
                t.line_start
                    || c.is_uppercase()
                    || c.is_ascii_digit()
                    || matches!(c, '"' | '“' | '‘' | '(' | '[' | '\'' | '—' | '–')
            });
            let abbreviation = w.len() > 1;
            let abbreviation_ok = !abbreviation
                || next.is_some_and(|t| t.line_start || starts_sentence_word(t.text(text)));
            if starts && abbreviation_ok && j > start {
                out.push(start..j);
                start = j;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
    // A dateline opens one of the story's first lines (after a headline
    // and a byline, say); further on, "IBM – the company – …" is no
    // dateline.
    let third_line = tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.line_start)
        .nth(3)
        .map_or(tokens.len(), |(i, _)| i);
    out.into_iter()
        .flat_map(|s| {
            if s.start < third_line {
                split_dateline(text, tokens, s)
            } else {
                vec![s]
            }
        })
        .flat_map(|s| split_long(text, tokens, s))
        .collect()
}

/// A paragraph that opens with its dateline ("NEW YORK – South Korean
/// President Lee …", "WASHINGTON (Reuters) - …", "ARUSHA, Tanzania —
/// …") as two sentences: the dateline with its dash, then the story's
/// first sentence, which the parser would otherwise read with the place
/// as its subject. The place is one to four words in capitals, perhaps
/// with a comma and a country or state, perhaps with an agency in
/// brackets.
fn split_dateline(text: &str, tokens: &[Token], s: Range<usize>) -> Vec<Range<usize>> {
    let w = |i: usize| tokens[i].text(text);
    let capitals = |i: usize| {
        let x = w(i);
        x.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && x.chars()
                .all(|c| c.is_uppercase() || matches!(c, '.' | '-' | '\''))
    };
    if !tokens[s.start].line_start {
        return vec![s];
    }
    let mut i = s.start;
    while i < s.end && i < s.start + 4 && capitals(i) {
        i += 1;
    }
    if i == s.start {
        return vec![s];
    }
    // ", Tanzania" or ", Connecticut".
    if i + 1 < s.end && w(i) == "," && w(i + 1).starts_with(char::is_uppercase) {
        i += 2;
    }
    // "(Reuters)", "(AP)".
    if i + 2 < s.end && w(i) == "(" && w(i + 1).starts_with(char::is_uppercase) && w(i + 2) == ")" {
        i += 3;
    }
    let dash = i < s.end && matches!(w(i), "–" | "—" | "-" | "--");
    // Words after the dash: the story's sentence.
    if dash && i + 2 < s.end && !tokens[i + 1].line_start {
        vec![s.start..i + 1, i + 1..s.end]
    } else {
        vec![s]
    }
}

/// The longest sentence the later passes read whole. Text with no stops (a
/// list pasted as one line, a transcript) would otherwise make one sentence
/// of thousands of tokens, and pairing its names costs the square of them.
pub const MAX_SENTENCE: usize = 150;

/// `s` cut into pieces of at most [`MAX_SENTENCE`] tokens, each ending after
/// the last comma, semicolon, colon or dash of its second half when there is
/// one.
fn split_long(text: &str, tokens: &[Token], s: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = s.start;
    while s.end - start > MAX_SENTENCE {
        let limit = start + MAX_SENTENCE;
        let cut = (start + MAX_SENTENCE / 2..limit)
            .rev()
            .find(|&i| matches!(tokens[i].text(text), "," | ";" | ":" | "—" | "–"))
            .map_or(limit, |i| i + 1);
        out.push(start..cut);
        start = cut;
    }
    out.push(start..s.end);
    out
}

/// A straight quote at `j` closes (it follows a word with no space).
fn closing_here(text: &str, tokens: &[Token], j: usize) -> bool {
    let t = tokens[j];
    let w = t.text(text);
    if !matches!(w, "\"" | "'") {
        return true;
    }
    tokens[j - 1].end == t.start
}

fn may_end(w: &str) -> bool {
    let body = w.trim_end_matches('.').to_lowercase();
    MAY_END.contains(&body.as_str())
}

/// Words that start sentences far more often than they follow an
/// abbreviation inside one.
fn starts_sentence_word(w: &str) -> bool {
    matches!(
        w,
        "The"
            | "A"
            | "An"
            | "He"
            | "She"
            | "It"
            | "They"
            | "We"
            | "I"
            | "In"
            | "On"
            | "At"
            | "But"
            | "And"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "His"
            | "Her"
            | "Its"
            | "Their"
            | "Our"
            | "There"
            | "When"
            | "While"
            | "After"
            | "Before"
            | "As"
            | "If"
            | "For"
            | "With"
            | "According"
            | "Following"
            | "During"
            | "Meanwhile"
            | "However"
    ) || w.starts_with(['"', '“'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn splits_like_the_treebank() {
        let cases: &[(&str, &[&str])] = &[
            (
                "In Washington D.C., U.S. President Donald Trump's aide (Mr. L. Ron Hubbard) said: \"No.\"",
                &[
                    "In", "Washington", "D.C.", ",", "U.S.", "President", "Donald", "Trump", "'s",
                    "aide", "(", "Mr.", "L.", "Ron", "Hubbard", ")", "said", ":", "\"", "No", ".",
                    "\"",
                ],
            ),
            (
                "Korea’s Lee Jae-myung, 12.5 trillion won ($9bn), 58%.",
                &[
                    "Korea", "’s", "Lee", "Jae-myung", ",", "12.5", "trillion", "won", "(", "$",
                    "9bn", ")", ",", "58", "%", ".",
                ],
            ),
            (
                "It fell to A$8.06 (HK$20.5m).",
                &["It", "fell", "to", "A$", "8.06", "(", "HK$", "20.5m", ")", "."],
            ),
            (
                "We don't, can't and won't; they'll say it's a large-scale co-founder's job...",
                &[
                    "We", "do", "n't", ",", "ca", "n't", "and", "wo", "n't", ";", "they", "'ll",
                    "say", "it", "'s", "a", "large", "-", "scale", "co-founder", "'s", "job",
                    "...",
                ],
            ),
            (
                "See https://example.org/a-b, or mail me@x.org.",
                &["See", "https://example.org/a-b", ",", "or", "mail", "me@x.org", "."],
            ),
            ("and/or 9/11", &["and", "/", "or", "9/11"]),
        ];
        for (text, want) in cases {
            assert_eq!(&words(text), want, "{text}");
        }
    }

    #[test]
    fn offsets_are_bytes_and_lines_are_marked() {
        let text = "서울 — Seoul\n“Yes,” said Kim.\n\nNext";
        let toks = tokenize(text);
        for t in &toks {
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        }
        assert_eq!(
            words(text),
            ["서울", "—", "Seoul", "“", "Yes", ",", "”", "said", "Kim", ".", "Next"]
        );
        assert!(toks[0].line_start && toks[3].line_start && !toks[2].line_start);
        assert!(!toks[3].paragraph_start && toks[10].paragraph_start);
    }

    #[test]
    fn sentences_without_stops_are_cut() {
        let text = "word, ".repeat(400);
        let toks = tokenize(&text);
        let s = sentences(&text, &toks);
        assert!(s.len() >= 800 / MAX_SENTENCE);
        assert!(s.iter().all(|r| r.len() <= MAX_SENTENCE));
        assert_eq!(s.first().map(|r| r.start), Some(0));
        assert_eq!(s.last().map(|r| r.end), Some(toks.len()));
        assert!(s.windows(2).all(|w| w[0].end == w[1].start));
        // Cut after a comma.
        assert!(s.iter().all(|r| toks[r.end - 1].text(&text) == ","));
    }

    #[test]
    fn an_opening_dateline_is_a_sentence_of_its_own() {
        let cut = |text: &str| -> Vec<String> {
            let toks = tokenize(text);
            sentences(text, &toks)
                .into_iter()
                .map(|r| text[toks[r.start].start..toks[r.end - 1].end].to_string())
                .collect()
        };
        assert_eq!(
            cut("NEW YORK – South Korean President Lee met Fink."),
            ["NEW YORK –", "South Korean President Lee met Fink."]
        );
        assert_eq!(
            cut("WASHINGTON (Reuters) - The Senate voted."),
            ["WASHINGTON (Reuters) -", "The Senate voted."]
        );
        assert_eq!(
            cut("ARUSHA, Tanzania — Leaders met.\nTwo\nThree\nIBM – the company – grew."),
            [
                "ARUSHA, Tanzania —",
                "Leaders met.",
                "Two",
                "Three",
                "IBM – the company – grew."
            ]
        );
        // Not at a line's start, or no dash: one sentence.
        assert_eq!(cut("He said NATO – again."), ["He said NATO – again."]);
        assert_eq!(cut("NATO met again."), ["NATO met again."]);
    }

    #[test]
    fn sentences_end_at_stops_and_lines() {
        let text = "Lee met Mr. Fink at BlackRock Inc. The talks ended. “Good,” he said.\nTitle line\nU.S. talks.";
        let toks = tokenize(text);
        let s: Vec<String> = sentences(text, &toks)
            .into_iter()
            .map(|r| text[toks[r.start].start..toks[r.end - 1].end].to_string())
            .collect();
        assert_eq!(
            s,
            [
                "Lee met Mr. Fink at BlackRock Inc.",
                "The talks ended.",
                "“Good,” he said.",
                "Title line",
                "U.S. talks."
            ]
        );
    }
}
