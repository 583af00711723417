//! Words and punctuation with their UTF-8 byte offsets: what the tagger
//! reads. A name's pieces stay whole ("U.S.", "D.C.", "L.", "El-Hassan",
//! "O'Neill"); a possessive "'s" and the punctuation around a word are
//! tokens of their own, so a name's span never includes them.

/// One token: `text[start..end]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    /// A line break (or the start of the text) comes before it.
    pub line_start: bool,
}

impl Token {
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// The tokens inside `start..end` (tokens are in text order, so they are
/// one run, found by binary search).
pub fn within(tokens: &[Token], start: usize, end: usize) -> &[Token] {
    let first = tokens.partition_point(|t| t.start < start);
    let last = first + tokens[first..].partition_point(|t| t.end <= end);
    &tokens[first..last]
}

/// Abbreviations whose final period belongs to them.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt",
    "jr", "sr", "inc", "corp", "co", "ltd", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "mt", "ft", "rev", "hon", "pres", "dept", "univ", "e.g",
    "i.e", "etc", "a.m", "p.m",
];

fn is_open(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '(' | '[' | '{' | '“' | '‘' | '«' | '‹' | '¿' | '¡' | '—' | '–'
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
    let mut out = Vec::new();
    let mut line_start = true;
    let mut i = 0;
    let bytes = text.len();
    while i < bytes {
        let c = text[i..].chars().next().unwrap_or(' ');
        if c.is_whitespace() {
            if c == '\n' || c == '\u{2028}' || c == '\u{2029}' {
                line_start = true;
            }
            i += c.len_utf8();
            continue;
        }
        // A chunk: up to the next white space.
        let end = text[i..]
            .char_indices()
            .find(|(_, c)| c.is_whitespace())
            .map_or(bytes, |(j, _)| i + j);
        split_chunk(text, i, end, line_start, &mut out);
        line_start = false;
        i = end;
    }
    out
}

fn split_chunk(
    text: &str,
    mut start: usize,
    mut end: usize,
    line_start: bool,
    out: &mut Vec<Token>,
) {
    let mut first = line_start;
    let mut push = |s: usize, e: usize, out: &mut Vec<Token>| {
        out.push(Token {
            start: s,
            end: e,
            line_start: first,
        });
        first = false;
    };
    // Leading punctuation, one token each.
    while start < end {
        let c = text[start..end].chars().next().unwrap_or(' ');
        if is_open(c)
            || (!c.is_alphanumeric() && !matches!(c, '$' | '€' | '£' | '¥' | '₩' | '#' | '@' | '&'))
        {
            push(start, start + c.len_utf8(), out);
            start += c.len_utf8();
        } else {
            break;
        }
    }
    // Trailing punctuation, kept aside to push after the word.
    let mut trailing = Vec::new();
    while start < end {
        let c = text[start..end].chars().next_back().unwrap_or(' ');
        let word = &text[start..end];
        if c == '.' && keeps_period(word) {
            break;
        }
        if is_close(c) || (!c.is_alphanumeric() && !matches!(c, '%' | '$' | '€' | '£' | '&')) {
            trailing.push((end - c.len_utf8(), end));
            end -= c.len_utf8();
        } else {
            break;
        }
    }
    if start < end {
        // A possessive: "Korea's", "Fink’s", "Jones'" (the last is left whole).
        let word = &text[start..end];
        let possessive = ["'s", "’s", "'S", "’S"]
            .iter()
            .find(|p| word.len() > p.len() + 1 && word.ends_with(*p));
        if let Some(p) = possessive {
            push(start, end - p.len(), out);
            push(end - p.len(), end, out);
        } else {
            push(start, end, out);
        }
    }
    for (s, e) in trailing.into_iter().rev() {
        push(s, e, out);
    }
}

/// Whether the final period of `word` is part of it: initials ("L."),
/// dotted abbreviations ("U.S.", "D.C."), titles and the like ("Dr.").
fn keeps_period(word: &str) -> bool {
    let body = &word[..word.len() - 1];
    if body.is_empty() {
        return false;
    }
    let mut chars = body.chars();
    // "L." and "U.S." / "D.C." / "a.m."
    if body.chars().count() == 1 && body.chars().all(char::is_alphabetic) {
        return true;
    }
    if body
        .split('.')
        .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
    {
        return true;
    }
    let lower = body.to_lowercase();
    let _ = chars.next();
    ABBREVIATIONS.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn names_stay_whole_and_punctuation_goes() {
        assert_eq!(
            words("In Washington D.C., U.S. President Donald Trump's aide (Mr. L. Ron Hubbard) said: \"No.\""),
            [
                "In", "Washington", "D.C.", ",", "U.S.", "President", "Donald", "Trump", "'s", "aide", "(",
                "Mr.", "L.", "Ron", "Hubbard", ")", "said", ":", "\"", "No", ".", "\""
            ]
        );
        assert_eq!(
            words("Korea’s Lee Jae-myung, 12.5 trillion won ($9bn)."),
            [
                "Korea",
                "’s",
                "Lee",
                "Jae-myung",
                ",",
                "12.5",
                "trillion",
                "won",
                "(",
                "$9bn",
                ")",
                "."
            ]
        );
    }

    #[test]
    fn offsets_are_bytes_and_line_starts_are_marked() {
        let text = "서울 — Seoul\n“Yes,” said Kim.";
        let toks = tokenize(text);
        for t in &toks {
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        }
        assert_eq!(
            words(text),
            ["서울", "—", "Seoul", "“", "Yes", ",", "”", "said", "Kim", "."]
        );
        assert!(toks[0].line_start && toks[3].line_start && !toks[2].line_start);
    }
}
