//! Re-anchoring spans from their words, so a fact set can be edited by hand
//! without counting bytes: each span's `text` is looked up in the article
//! near its old offsets, and the offsets are rewritten (the Hypothesis idea
//! of a quote anchor that survives edits, for one fixed text).
//!
//! A span whose offsets already hold its text is kept. Otherwise the
//! whole-word occurrence of its text nearest to its old `start` is taken; when two
//! occurrences are equally near, or the text is not in the article, the
//! span is refused with a problem naming its place (set `start` near the
//! words you mean to choose between repeats).

use crate::load::{LoadError, Problem, ProblemKind, MAX_PROBLEMS};
use crate::model::{FactSet, Span};

/// What [`reanchor`] did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reanchored {
    /// Spans whose offsets were rewritten.
    pub moved: usize,
    /// Spans whose offsets already held their text.
    pub kept: usize,
}

/// Every span of `set` with its JSON path, in file order.
pub fn spans_mut(set: &mut FactSet) -> Vec<(String, &mut Span)> {
    let mut out: Vec<(String, &mut Span)> = Vec::new();
    let a = &mut set.article;
    for (name, span) in [
        ("dateline", &mut a.dateline),
        ("byline", &mut a.byline),
        ("byline_email", &mut a.byline_email),
        ("editor", &mut a.editor),
    ] {
        if let Some(s) = span.as_mut() {
            out.push((format!("$.article.{name}"), s));
        }
    }
    for (i, s) in a.headings.iter_mut().enumerate() {
        out.push((format!("$.article.headings[{i}]"), s));
    }
    for (i, e) in set.entities.iter_mut().enumerate() {
        for (j, s) in e.mentions.iter_mut().enumerate() {
            out.push((format!("$.entities[{i}].mentions[{j}]"), s));
        }
    }
    for (i, f) in set.facts.iter_mut().enumerate() {
        for (j, s) in f.evidence.iter_mut().enumerate() {
            out.push((format!("$.facts[{i}].evidence[{j}]"), s));
        }
    }
    for (i, q) in set.quotes.iter_mut().enumerate() {
        out.push((format!("$.quotes[{i}].words"), &mut q.words));
        for (j, s) in q.continued.iter_mut().enumerate() {
            out.push((format!("$.quotes[{i}].continued[{j}]"), s));
        }
        for (j, s) in q.evidence.iter_mut().enumerate() {
            out.push((format!("$.quotes[{i}].evidence[{j}]"), s));
        }
    }
    for (i, e) in set.events.iter_mut().enumerate() {
        for (j, s) in e.evidence.iter_mut().enumerate() {
            out.push((format!("$.events[{i}].evidence[{j}]"), s));
        }
    }
    out
}

/// The whole-word occurrences of `words` in `text` (byte offsets): "he" is
/// not found inside "the".
fn occurrences(text: &str, words: &str) -> Vec<usize> {
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let whole = |at: usize| {
        let first = alnum(words.chars().next()) && alnum(text[..at].chars().next_back());
        let last =
            alnum(words.chars().next_back()) && alnum(text[at + words.len()..].chars().next());
        !first && !last
    };
    text.match_indices(words)
        .map(|(at, _)| at)
        .filter(|&at| whole(at))
        .collect()
}

/// Where `words` stand in `text` nearest to byte `near`: `Ok(start)`, or
/// why not (absent, or two occurrences equally near).
pub fn locate(text: &str, words: &str, near: usize) -> Result<usize, String> {
    place(&occurrences(text, words), words, near)
}

/// The one of `found` (the occurrences of `words`) nearest to `near`, or
/// why there is none to take.
fn place(found: &[usize], words: &str, near: usize) -> Result<usize, String> {
    if words.trim().is_empty() {
        return Err("the span's text is empty".into());
    }
    nearest(found, near).map_err(|tie| match tie {
        false => format!("{words:?} is not in the article"),
        true => format!(
            "{words:?} occurs twice as near to byte {near}; set start nearer the one you mean"
        ),
    })
}

/// The offset in `found` nearest to `near`; `Err(true)` on a tie,
/// `Err(false)` when `found` is empty.
fn nearest(found: &[usize], near: usize) -> Result<usize, bool> {
    let mut best: Option<(usize, usize)> = None;
    let mut tie = false;
    for &at in found {
        let d = at.abs_diff(near);
        match best {
            Some((_, bd)) if d > bd => {}
            Some((_, bd)) if d == bd => tie = true,
            _ => {
                best = Some((at, d));
                tie = false;
            }
        }
    }
    match best {
        None => Err(false),
        Some(_) if tie => Err(true),
        Some((at, _)) => Ok(at),
    }
}

/// Rewrites the offsets of every span of `set` whose offsets do not hold its
/// text; `set.article.text` must be filled in. Changes nothing and lists
/// the problems when any span cannot be placed.
///
/// Spans whose words occur once in the article are placed first; they tell
/// how far the old offsets have drifted around each place (offsets counted
/// in characters drift more the further into the text), and a span whose
/// words repeat is then placed at the occurrence nearest to its old offset
/// corrected by the drift of the nearest uniquely placed span.
pub fn reanchor(set: &mut FactSet) -> Result<Reanchored, LoadError> {
    let text = set.article.text.clone();
    let mut done = Reanchored::default();
    let mut spans = spans_mut(set);
    // (index in spans, old start, whole-word occurrences) of the spans to move.
    let mut to_move: Vec<(usize, usize, Vec<usize>)> = Vec::new();
    for (k, (_, span)) in spans.iter().enumerate() {
        if text.get(span.range()) == Some(span.text.as_str()) && !span.text.trim().is_empty() {
            done.kept += 1;
        } else {
            to_move.push((k, span.start, occurrences(&text, &span.text)));
        }
    }
    // Drift samples: (old start, new start) of spans whose words occur once.
    let mut drift: Vec<(usize, usize)> = to_move
        .iter()
        .filter(|(_, _, found)| found.len() == 1)
        .map(|&(_, old, ref found)| (old, found[0]))
        .collect();
    crate::sort::sort_by(&mut drift, Ord::cmp);
    // The drift at `old`, interpolated between the samples on either side.
    let corrected = |old: usize| -> usize {
        let after = drift.partition_point(|&(o, _)| o <= old);
        match (after.checked_sub(1).map(|i| drift[i]), drift.get(after)) {
            (Some((o1, n1)), Some(&(o2, n2))) if o2 > o1 => {
                let t = (old - o1) as f64 / (o2 - o1) as f64;
                (n1 as f64 + t * (n2 as f64 - n1 as f64)).round().max(0.0) as usize
            }
            (Some((o, n)), _) | (None, Some(&(o, n))) => (old + n).saturating_sub(o),
            (None, None) => old,
        }
    };
    let mut problems = Vec::new();
    let mut more = 0;
    let mut moves = Vec::new();
    for (k, old, found) in &to_move {
        let placed = place(found, &spans[*k].1.text, corrected(*old));
        match placed {
            Ok(at) => moves.push((*k, at)),
            Err(detail) if problems.len() < MAX_PROBLEMS => problems.push(Problem {
                path: spans[*k].0.clone(),
                kind: ProblemKind::Unanchored { detail },
            }),
            Err(_) => more += 1,
        }
    }
    if !problems.is_empty() {
        return Err(LoadError { problems, more });
    }
    for (k, at) in moves {
        let span = &mut spans[k].1;
        span.start = at;
        span.end = at + span.text.len();
        done.moved += 1;
    }
    Ok(done)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::load_bundled;

    #[test]
    fn locate_takes_the_nearest_and_refuses_ties_and_absences() {
        let text = "Lee met Fink. Fink met Lee. Fink left.";
        assert_eq!(locate(text, "Fink", 0), Ok(8));
        assert_eq!(locate(text, "Fink", 30), Ok(28));
        assert_eq!(locate(text, "Lee", 12), Ok(23));
        assert!(locate(text, "Trump", 0)
            .unwrap_err()
            .contains("not in the article"));
        // "met" stands at 4 and 19: from 12 the second is nearer (7 against 8).
        assert_eq!(locate(text, "met", 12), Ok(19));
        assert_eq!(locate("ab  ab", "ab", 1), Ok(0));
        assert!(locate("ab  ab", "ab", 2).unwrap_err().contains("twice"));
        assert!(locate(text, " ", 0).is_err());
        // Whole words: "he" is not inside "the" or "hello".
        assert_eq!(locate("the hello he", "he", 0), Ok(10));
    }

    #[test]
    fn shifted_spans_are_put_back_and_wrong_words_refused() {
        let good = load_bundled().unwrap();
        let mut set = good.clone();
        // Offsets counted in characters instead of bytes: off by two for each
        // curly apostrophe or dash before the span.
        let text = set.article.text.clone();
        for (_, span) in spans_mut(&mut set) {
            let chars = text[..span.start].chars().count();
            let len = span.text.chars().count();
            span.start = chars;
            span.end = chars + len;
        }
        let done = reanchor(&mut set).unwrap();
        assert!(done.moved > 100, "{done:?}");
        let wrong: Vec<String> = spans_mut(&mut set)
            .into_iter()
            .zip(spans_mut(&mut good.clone()))
            .filter(|((_, a), (_, b))| a.start != b.start)
            .map(|((p, a), (_, b))| format!("{p} {:?} {} vs {}", a.text, a.start, b.start))
            .collect();
        assert!(wrong.is_empty(), "{wrong:#?}");
        assert!(set == good, "every span is back where it was");
        // Words that are not in the article are refused, by path, and nothing moves.
        let mut bad = good.clone();
        bad.facts[2].evidence[0].text = "words the article never printed".into();
        bad.facts[2].evidence[0].start += 1;
        let before = bad.clone();
        let err = reanchor(&mut bad).unwrap_err();
        assert_eq!(err.problems[0].path, "$.facts[2].evidence[0]");
        assert!(bad == before);
    }
}
