//! The keyboard's way through the article: its words, the word cursor
//! (→ and ← move it, Shift extends the selection a word at a time), and
//! re-bounding a mention a word at a time at either end. Offsets are
//! bytes of the article; the browser's selection counts UTF-16 units
//! ([`utf16_of`]). Pure.

use std::ops::Range;

/// The words of `text`, for the word cursor: letters and digits, with the
/// apostrophes, hyphens, points and commas inside a word ("Jae-myung",
/// "12.5", "world’s"), never trailing punctuation.
pub fn words(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let word = c.is_alphanumeric()
            || matches!(c, '\'' | '’' | '-' | '.' | ',' | '$' | '%') && start.is_some();
        match (word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(s..i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(s..text.len());
    }
    // Trailing punctuation is not part of a word.
    out.into_iter()
        .map(|r| {
            let w = text[r.clone()].trim_end_matches(['.', ',', '\'', '’', '-']);
            r.start..r.start + w.len()
        })
        .filter(|r| !r.is_empty())
        .collect()
}

/// The UTF-16 offset of byte `byte` of `text` (0 when it is not on a
/// character boundary).
pub fn utf16_of(text: &str, byte: usize) -> usize {
    text.get(..byte).map_or(0, |t| t.encode_utf16().count())
}

/// Where the word cursor is: the word it started at and the word it is
/// at (indexes into [`words`]); the selection runs between them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cursor {
    pub anchor: usize,
    pub focus: usize,
}

/// A move of the word cursor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    /// → : the next word.
    Next,
    /// ← : the word before.
    Back,
}

impl Cursor {
    /// The bytes between the anchor and the focus word.
    pub fn range(self, words: &[Range<usize>]) -> Option<Range<usize>> {
        let (lo, hi) = (self.anchor.min(self.focus), self.anchor.max(self.focus));
        Some(words.get(lo)?.start..words.get(hi)?.end)
    }

    /// The cursor after `step` (with Shift when `extend`), given the
    /// selection there is now: none starts at the first word; one made
    /// otherwise (the mouse) starts at its first word; the cursor's own
    /// selection moves. `None` when the text has no words.
    pub fn step(
        self,
        words: &[Range<usize>],
        selection: Option<Range<usize>>,
        step: Move,
        extend: bool,
    ) -> Option<(Cursor, Range<usize>)> {
        let n = words.len();
        if n == 0 {
            return None;
        }
        let mut c = self;
        match selection {
            None => c = Cursor::default(),
            Some(sel) if Some(sel.clone()) != self.range(words) => {
                let at = words.partition_point(|r| r.end <= sel.start).min(n - 1);
                c = Cursor {
                    anchor: at,
                    focus: at,
                };
            }
            Some(_) => match step {
                Move::Next => c.focus = (c.focus + 1).min(n - 1),
                Move::Back => c.focus = c.focus.saturating_sub(1),
            },
        }
        if !extend {
            c.anchor = c.focus;
        }
        let r = c.range(words)?;
        Some((c, r))
    }

    /// The cursor over exactly `range` when it starts and ends on words
    /// (after a mention is re-bounded, the next move goes on from it).
    pub fn over(words: &[Range<usize>], range: &Range<usize>) -> Option<Cursor> {
        let anchor = words.iter().position(|w| w.start == range.start)?;
        let focus = words.iter().position(|w| w.end == range.end)?;
        Some(Cursor { anchor, focus })
    }
}

/// Which end of a mention moves, and which way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rebound {
    /// `[` : take in the word before it.
    GrowStart,
    /// `]` : take in the word after it.
    GrowEnd,
    /// `{` : let go of its first word.
    ShrinkStart,
    /// `}` : let go of its last word.
    ShrinkEnd,
}

impl Rebound {
    /// The key that does it (`aria-keyshortcuts` and the help list).
    pub fn key(self) -> &'static str {
        match self {
            Rebound::GrowStart => "[",
            Rebound::GrowEnd => "]",
            Rebound::ShrinkStart => "{",
            Rebound::ShrinkEnd => "}",
        }
    }

    /// The move a key asks for.
    pub fn of_key(key: &str) -> Option<Rebound> {
        [
            Rebound::GrowStart,
            Rebound::GrowEnd,
            Rebound::ShrinkStart,
            Rebound::ShrinkEnd,
        ]
        .into_iter()
        .find(|r| r.key() == key)
    }

    /// What it does, in words.
    pub fn label(self) -> &'static str {
        match self {
            Rebound::GrowStart => "Take in the word before the mention",
            Rebound::GrowEnd => "Take in the word after the mention",
            Rebound::ShrinkStart => "Let go of the mention’s first word",
            Rebound::ShrinkEnd => "Let go of the mention’s last word",
        }
    }

    /// The mention's new bounds: `mention` with one word more or less at
    /// one end. `None` when there is no word to take in, or letting go
    /// would leave no word. A mention that starts or ends inside a word is
    /// first widened to the whole word.
    pub fn apply(self, words: &[Range<usize>], mention: &Range<usize>) -> Option<Range<usize>> {
        // The words the mention covers, by index.
        let first = words.iter().position(|w| w.end > mention.start)?;
        let last = words.iter().rposition(|w| w.start < mention.end)?;
        if last < first {
            return None;
        }
        let (a, b) = match self {
            Rebound::GrowStart => (first.checked_sub(1)?, last),
            Rebound::GrowEnd => (first, (last + 1 < words.len()).then_some(last + 1)?),
            Rebound::ShrinkStart => ((first < last).then(|| first + 1)?, last),
            Rebound::ShrinkEnd => (first, (first < last).then(|| last - 1)?),
        };
        Some(words[a].start..words[b].end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(text: &'a str, rs: &[Range<usize>]) -> Vec<&'a str> {
        rs.iter().map(|r| &text[r.clone()]).collect()
    }

    #[test]
    fn words_keep_inner_marks_and_drop_trailing_ones() {
        let text = "Lee Jae-myung met BlackRock’s chief, 12.5 trillion won. “AI capital.”";
        assert_eq!(
            texts(text, &words(text)),
            [
                "Lee",
                "Jae-myung",
                "met",
                "BlackRock’s",
                "chief",
                "12.5",
                "trillion",
                "won",
                "AI",
                "capital"
            ]
        );
        assert!(words("  — ").is_empty());
    }

    #[test]
    fn utf16_offsets_count_surrogate_pairs_twice() {
        let text = "이재명 😀 Lee";
        let lee = text.find("Lee").unwrap();
        assert_eq!(utf16_of(text, lee), 3 + 1 + 2 + 1);
        assert_eq!(utf16_of(text, 1), 0);
    }

    #[test]
    fn the_cursor_starts_at_the_first_word_moves_and_extends() {
        let text = "Kevin De Bruyne scored twice";
        let w = words(text);
        let c = Cursor::default();
        let (c, r) = c.step(&w, None, Move::Next, false).unwrap();
        assert_eq!(&text[r.clone()], "Kevin");
        let (c, r) = c.step(&w, Some(r), Move::Next, true).unwrap();
        assert_eq!(&text[r.clone()], "Kevin De");
        let (c, r) = c.step(&w, Some(r), Move::Next, true).unwrap();
        assert_eq!(&text[r.clone()], "Kevin De Bruyne");
        let (c, r) = c.step(&w, Some(r), Move::Next, false).unwrap();
        assert_eq!(&text[r.clone()], "scored");
        // A selection made with the mouse: the cursor starts at its first word.
        let mouse = text.find("Bruyne").unwrap()..text.len();
        let (_, r) = c.step(&w, Some(mouse), Move::Back, false).unwrap();
        assert_eq!(&text[r], "Bruyne");
        assert_eq!(Cursor::default().step(&[], None, Move::Next, false), None);
    }

    #[test]
    fn a_mention_grows_and_shrinks_a_word_at_a_time_at_either_end() {
        let text = "Korea Republic beat Kevin De Bruyne’s side.";
        let w = words(text);
        let at = |s: &str| {
            let i = text.find(s).unwrap();
            i..i + s.len()
        };
        let korea = at("Korea");
        assert_eq!(
            Rebound::GrowEnd.apply(&w, &korea),
            Some(at("Korea Republic"))
        );
        assert_eq!(Rebound::GrowStart.apply(&w, &korea), None);
        assert_eq!(Rebound::ShrinkEnd.apply(&w, &korea), None);
        let bruyne = at("Bruyne’s");
        let de = Rebound::GrowStart.apply(&w, &bruyne).unwrap();
        assert_eq!(&text[de.clone()], "De Bruyne’s");
        let kevin = Rebound::GrowStart.apply(&w, &de).unwrap();
        assert_eq!(&text[kevin.clone()], "Kevin De Bruyne’s");
        assert_eq!(
            &text[Rebound::ShrinkStart.apply(&w, &kevin).unwrap()],
            "De Bruyne’s"
        );
        assert_eq!(
            &text[Rebound::ShrinkEnd.apply(&w, &kevin).unwrap()],
            "Kevin De"
        );
        // The last word: nothing after it.
        assert_eq!(Rebound::GrowEnd.apply(&w, &at("side")), None);
        // A mention inside a word is widened to it.
        let part = text.find("Republic").unwrap()..text.find("Republic").unwrap() + 3;
        assert_eq!(
            &text[Rebound::GrowStart.apply(&w, &part).unwrap()],
            "Korea Republic"
        );
        for r in [
            Rebound::GrowStart,
            Rebound::GrowEnd,
            Rebound::ShrinkStart,
            Rebound::ShrinkEnd,
        ] {
            assert_eq!(Rebound::of_key(r.key()), Some(r));
        }
        assert_eq!(Rebound::of_key("a"), None);
    }
}
