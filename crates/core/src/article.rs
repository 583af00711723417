//! The article as the view draws it: paragraphs, sentences and (possibly
//! nested) entity mentions, as byte ranges into the text. Pure layout, no DOM.
//!
//! Mentions that nest ("UN" inside "UN General Assembly") become a tree.
//! Mentions that cross (one starts inside another and ends after it) are split
//! at the crossing point, so no mention is dropped.

use std::ops::Range;

use crate::model::FactSet;

/// What a paragraph is, so the view can use the right element.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParagraphKind {
    /// Running text.
    Body,
    /// A section heading.
    Heading,
    /// Byline, e-mail or editor line.
    Byline,
}

/// A mention, or plain text, inside a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Node {
    /// Text with no (further) mention.
    Text(Range<usize>),
    /// A mention of entity number `entity` (an index into `FactSet::entities`).
    Mention {
        entity: usize,
        range: Range<usize>,
        children: Vec<Node>,
    },
}

/// A sentence or the white space between sentences.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    /// Text outside any sentence (spaces between sentences).
    Gap(Range<usize>),
    /// Sentence number `index` of `article.sentences`.
    Sentence { index: usize, nodes: Vec<Node> },
}

/// One line of the article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    /// Body, heading or byline.
    pub kind: ParagraphKind,
    /// Its sentences and the gaps between them.
    pub pieces: Vec<Piece>,
}

/// Lays out the whole article of `set`.
pub fn layout(set: &FactSet) -> Vec<Paragraph> {
    let text = &set.article.text;
    let mentions = sorted_mentions(set);

    let art = &set.article;
    let is_heading = |r: &Range<usize>| art.headings.iter().any(|h| h.overlaps(r));
    let is_byline = |r: &Range<usize>| {
        [&art.byline, &art.byline_email, &art.editor]
            .into_iter()
            .flatten()
            .any(|s| s.overlaps(r))
    };

    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let line_range = line_start..line_start + content.len();
        line_start += line.len();
        if content.trim().is_empty() {
            continue;
        }
        let kind = if is_heading(&line_range) {
            ParagraphKind::Heading
        } else if is_byline(&line_range) && !content.contains(". ") {
            ParagraphKind::Byline
        } else {
            ParagraphKind::Body
        };
        let mut pieces = Vec::new();
        let mut at = line_range.start;
        for (index, s) in art.sentences.iter().enumerate() {
            if s.end <= line_range.start || s.start >= line_range.end {
                continue;
            }
            if s.start > at {
                pieces.push(Piece::Gap(at..s.start));
            }
            let inside: Vec<(Range<usize>, usize)> = mentions
                .iter()
                .filter_map(|(r, e)| {
                    let clipped = r.start.max(s.start)..r.end.min(s.end);
                    (clipped.start < clipped.end).then_some((clipped, *e))
                })
                .collect();
            pieces.push(Piece::Sentence {
                index,
                nodes: nest(s.clone(), &inside),
            });
            at = s.end;
        }
        if at < line_range.end {
            pieces.push(Piece::Gap(at..line_range.end));
        }
        out.push(Paragraph { kind, pieces });
    }
    out
}

/// Builds the mention tree of `range` from `mentions`, which must lie inside
/// it and be sorted by start, longest first.
/// Every mention whose offsets fit the text (a draft being corrected may
/// have others), as (range, entity index), in text order, longer first.
fn sorted_mentions(set: &FactSet) -> Vec<(Range<usize>, usize)> {
    let text = &set.article.text;
    let mut mentions: Vec<(Range<usize>, usize)> = set
        .entities
        .iter()
        .enumerate()
        .flat_map(|(i, e)| e.mentions.iter().map(move |m| (m.range(), i)))
        .filter(|(r, _)| r.start < r.end && text.get(r.clone()).is_some())
        .collect();
    crate::sort::sort_by(&mut mentions, |a, b| {
        a.0.start.cmp(&b.0.start).then(b.0.end.cmp(&a.0.end))
    });
    mentions
}

/// The whole text of `set` as text and (nested) mentions, without
/// paragraphs and sentences: for a view that shows the text as one block
/// (the authoring page). No mention is dropped; crossing ones are split as
/// in [`layout`].
pub fn mention_nodes(set: &FactSet) -> Vec<Node> {
    nest(0..set.article.text.len(), &sorted_mentions(set))
}

fn nest(range: Range<usize>, mentions: &[(Range<usize>, usize)]) -> Vec<Node> {
    let mut nodes = Vec::new();
    let mut at = range.start;
    let mut i = 0;
    // Mentions split off where they crossed a sibling, to be placed later.
    let mut pending: Vec<(Range<usize>, usize)> = mentions.to_vec();
    crate::sort::sort_by(&mut pending, |a, b| {
        a.0.start.cmp(&b.0.start).then(b.0.end.cmp(&a.0.end))
    });
    while i < pending.len() {
        let (r, entity) = pending[i].clone();
        i += 1;
        if r.start < at {
            // Starts inside an earlier sibling and ends after it: keep the tail.
            if r.end > at {
                insert_sorted(&mut pending, i, (at..r.end, entity));
            }
            continue;
        }
        if r.start > at {
            nodes.push(Node::Text(at..r.start));
        }
        // Children: every later mention that starts inside this one, clipped.
        let mut children = Vec::new();
        while i < pending.len() && pending[i].0.start < r.end {
            let (c, ce) = pending[i].clone();
            if c.end > r.end {
                children.push((c.start..r.end, ce));
                insert_sorted(&mut pending, i + 1, (r.end..c.end, ce));
            } else {
                children.push((c, ce));
            }
            i += 1;
        }
        nodes.push(Node::Mention {
            entity,
            range: r.clone(),
            children: nest(r.clone(), &children),
        });
        at = r.end;
    }
    if at < range.end {
        nodes.push(Node::Text(at..range.end));
    }
    nodes
}

fn insert_sorted(list: &mut Vec<(Range<usize>, usize)>, from: usize, item: (Range<usize>, usize)) {
    let pos = list[from..]
        .iter()
        .position(|(r, _)| {
            (r.start, std::cmp::Reverse(r.end)) > (item.0.start, std::cmp::Reverse(item.0.end))
        })
        .map_or(list.len(), |p| from + p);
    list.insert(pos, item);
}

/// The sentence(s) around an evidence span, cut into (range, is_evidence)
/// pieces so the view can mark the exact words inside their sentence.
pub fn evidence_context(set: &FactSet, span: &crate::model::Span) -> Vec<(Range<usize>, bool)> {
    let sentences: Vec<&Range<usize>> = set
        .article
        .sentences
        .iter()
        .filter(|s| span.overlaps(s))
        .collect();
    let (Some(first), Some(last)) = (sentences.first(), sentences.last()) else {
        return vec![(span.range(), true)];
    };
    let whole = first.start.min(span.start)..last.end.max(span.end);
    [
        (whole.start..span.start, false),
        (span.range(), true),
        (span.end..whole.end, false),
    ]
    .into_iter()
    .filter(|(r, _)| r.start < r.end)
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flat(nodes: &[Node], text: &str, out: &mut String) {
        for n in nodes {
            match n {
                Node::Text(r) => out.push_str(&text[r.clone()]),
                Node::Mention {
                    entity, children, ..
                } => {
                    out.push_str(&format!("[{entity}:"));
                    flat(children, text, out);
                    out.push(']');
                }
            }
        }
    }

    fn check(text: &str, mentions: &[(Range<usize>, usize)], expect: &str) {
        let mut sorted = mentions.to_vec();
        crate::sort::sort_by(&mut sorted, |a, b| {
            a.0.start.cmp(&b.0.start).then(b.0.end.cmp(&a.0.end))
        });
        let mut got = String::new();
        flat(&nest(0..text.len(), &sorted), text, &mut got);
        assert_eq!(got, expect);
    }

    #[test]
    fn nests_and_splits_mentions() {
        check("plain", &[], "plain");
        check(
            "the UN General Assembly met",
            &[(4..23, 0), (4..6, 1)],
            "the [0:[1:UN] General Assembly] met",
        );
        // Crossing: 0..6 "abcdef" and 3..9 "defghi": the second is split.
        check(
            "abcdefghi",
            &[(0..6, 0), (3..9, 1)],
            "[0:abc[1:def]][1:ghi]",
        );
        // Identical ranges both survive, nested.
        check("Seoul", &[(0..5, 0), (0..5, 1)], "[0:[1:Seoul]]");
        // Three deep.
        check(
            "abcdef",
            &[(0..6, 0), (1..5, 1), (2..3, 2)],
            "[0:a[1:b[2:c]de]f]",
        );
    }

    #[test]
    fn lays_out_the_bundled_article() {
        let set = crate::load::load_bundled().unwrap();
        let paragraphs = layout(&set);
        let headings = paragraphs
            .iter()
            .filter(|p| p.kind == ParagraphKind::Heading)
            .count();
        let bylines = paragraphs
            .iter()
            .filter(|p| p.kind == ParagraphKind::Byline)
            .count();
        assert_eq!(headings, 2);
        assert_eq!(bylines, 3);
        // Every mention appears in the layout (possibly split), none dropped.
        fn count(nodes: &[Node], seen: &mut Vec<(usize, usize)>) {
            for n in nodes {
                if let Node::Mention {
                    entity,
                    range,
                    children,
                } = n
                {
                    seen.push((*entity, range.start));
                    count(children, seen);
                }
            }
        }
        let mut seen = Vec::new();
        for p in &paragraphs {
            for piece in &p.pieces {
                if let Piece::Sentence { nodes, .. } = piece {
                    count(nodes, &mut seen);
                }
            }
        }
        for (i, e) in set.entities.iter().enumerate() {
            for m in &e.mentions {
                assert!(
                    seen.contains(&(i, m.start)),
                    "mention {:?} of {} lost",
                    m.text,
                    e.id
                );
            }
        }
    }
}
