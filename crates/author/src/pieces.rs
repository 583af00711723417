//! The article as the authoring page shows it: one block of text with its
//! mentions highlighted, nested ones inside the outer ("UN" inside "UN
//! General Assembly"), from the core's layout of mentions
//! ([`fact_explorer_core::article::mention_nodes`]). Pure.

use std::ops::Range;

use fact_explorer_core::article::{mention_nodes, Node};
use fact_explorer_core::model::{EntityKind, FactSet};

/// One piece of the article: plain text, or a mention with what is inside
/// it. A piece is its own key in the page's keyed list, so an edit redraws
/// only the pieces it changes.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Piece {
    /// Text with no mention (bytes of the article).
    Text(Range<usize>),
    /// A mention of the entity `id`.
    Mention {
        range: Range<usize>,
        id: String,
        kind: EntityKind,
        name: String,
        children: Vec<Piece>,
    },
}

/// The article of `set` as pieces, every mention kept.
pub fn pieces(set: &FactSet) -> Vec<Piece> {
    convert(set, mention_nodes(set))
}

/// The mention the selected words `sel` are on: one with exactly those
/// bounds, else the first that overlaps them; its entity's id and its
/// bounds.
pub fn mention_at(set: &FactSet, sel: &Range<usize>) -> Option<(String, Range<usize>)> {
    let all = || {
        set.entities
            .iter()
            .flat_map(|e| e.mentions.iter().map(move |m| (&e.id, m.range())))
    };
    all()
        .find(|(_, m)| m == sel)
        .or_else(|| all().find(|(_, m)| m.start < sel.end && sel.start < m.end))
        .map(|(id, m)| (id.clone(), m))
}

fn convert(set: &FactSet, nodes: Vec<Node>) -> Vec<Piece> {
    nodes
        .into_iter()
        .map(|n| match n {
            Node::Text(r) => Piece::Text(r),
            Node::Mention {
                entity,
                range,
                children,
            } => {
                let e = &set.entities[entity];
                Piece::Mention {
                    range,
                    id: e.id.clone(),
                    kind: e.kind,
                    name: e.name.clone(),
                    children: convert(set, children),
                }
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use fact_explorer_core::load::load_bundled;

    /// The text the pieces cover, in order, with mentions as `[id: words]`.
    fn show(text: &str, pieces: &[Piece]) -> String {
        pieces
            .iter()
            .map(|p| match p {
                Piece::Text(r) => text[r.clone()].to_string(),
                Piece::Mention { id, children, .. } => format!("[{id}: {}]", show(text, children)),
            })
            .collect()
    }

    #[test]
    fn nested_mentions_are_kept_inside_the_outer_one() {
        let set = load_bundled().unwrap();
        let text = &set.article.text;
        let shown = show(text, &pieces(&set));
        assert!(
            shown.contains("[unga: [un: UN] General Assembly]"),
            "{shown}"
        );
        // Every byte of the text, once.
        let plain: String = {
            fn flat(text: &str, p: &[Piece], out: &mut String) {
                for p in p {
                    match p {
                        Piece::Text(r) => out.push_str(&text[r.clone()]),
                        Piece::Mention { children, .. } => flat(text, children, out),
                    }
                }
            }
            let mut out = String::new();
            flat(text, &pieces(&set), &mut out);
            out
        };
        assert_eq!(&plain, text);
    }

    #[test]
    fn the_selection_finds_its_mention_exact_bounds_first() {
        let set = load_bundled().unwrap();
        let text = &set.article.text;
        let at = text.find("UN General Assembly").unwrap();
        // "UN" inside "UN General Assembly": the exact one wins.
        assert_eq!(
            mention_at(&set, &(at..at + 2)),
            Some(("un".to_string(), at..at + 2))
        );
        assert_eq!(
            mention_at(&set, &(at + 3..at + 10)),
            Some(("unga".to_string(), at..at + "UN General Assembly".len()))
        );
        assert_eq!(mention_at(&set, &(0..0)), None);
    }

    #[test]
    fn a_mention_that_does_not_fit_the_text_is_left_out() {
        let mut set = load_bundled().unwrap();
        let n = set.article.text.len();
        set.entities[0].mentions[0].start = n + 3;
        set.entities[0].mentions[0].end = n + 9;
        set.entities[1].mentions[0].end = set.entities[1].mentions[0].start;
        let all = pieces(&set);
        assert!(!all.is_empty());
        let mut count = 0;
        fn walk(p: &[Piece], count: &mut usize) {
            for p in p {
                if let Piece::Mention { children, .. } = p {
                    *count += 1;
                    walk(children, count);
                }
            }
        }
        walk(&all, &mut count);
        let total: usize = set.entities.iter().map(|e| e.mentions.len()).sum();
        assert_eq!(count, total - 2);
    }
}
