//! The item the review panel shows: its kind, its line, what else to know
//! (mentions, status, speaker), and the words it stands on with the
//! sentence around them. Pure (the model is the core's
//! [`fact_explorer_core::review`]).

use fact_explorer_core::authoring::Editor;
use fact_explorer_core::item::{ItemKey, ItemKind, ItemRef};

/// The item under review, as the panel shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Shown {
    pub key: ItemKey,
    /// "Person", "Fact"…
    pub kind_label: String,
    /// The item in one line (a name, a fact's sentence…).
    pub title: String,
    /// What else to know (mentions, a fact's status).
    pub detail: String,
    /// The words it stands on, and where they are.
    pub evidence: String,
    pub span: std::ops::Range<usize>,
    pub confidence: Option<f32>,
}

pub fn shown(ed: &Editor, key: ItemKey) -> Option<Shown> {
    let set = ed.set();
    let item = set.resolve(&key)?;
    let text = &set.article.text;
    let first = set.evidence(item).into_iter().next().unwrap_or(0..0);
    let (kind_label, detail) = match item {
        ItemRef::Entity(i) => {
            let e = &set.entities[i];
            let n = e.mentions.len();
            let facts = ed.dependents(&e.id).facts.len();
            (
                e.kind.label().to_string(),
                format!(
                    "{n} mention{}{}",
                    if n == 1 { "" } else { "s" },
                    if facts == 0 {
                        String::new()
                    } else {
                        format!(
                            " · in {facts} fact{} (rejecting it leaves {} out too)",
                            if facts == 1 { "" } else { "s" },
                            if facts == 1 { "it" } else { "them" }
                        )
                    }
                ),
            )
        }
        ItemRef::Fact(i) => ("Fact".into(), set.facts[i].status.slug().replace('_', " ")),
        ItemRef::Quote(i) => (
            "Quote".into(),
            format!("by {}", set.speaker_name(&set.quotes[i])),
        ),
        ItemRef::Event(i) => (
            "Event".into(),
            set.events[i].status.slug().replace('_', " "),
        ),
        ItemRef::Sentence(_) => return None,
    };
    // An entity is seen in the sentence of its first mention; the others'
    // evidence is their sentence already.
    let context = if key.kind == ItemKind::Entity {
        fact_explorer_core::text::sentences(text)
            .into_iter()
            .find(|s| s.start <= first.start && first.end <= s.end)
            .unwrap_or(first.clone())
    } else {
        first.clone()
    };
    Some(Shown {
        kind_label,
        title: set.describe(item),
        detail,
        evidence: text.get(context).unwrap_or("").trim().to_string(),
        span: first,
        confidence: set.draft.as_ref().and_then(|d| d.confidence_of(&key.id)),
        key,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use fact_explorer_core::load::load_bundled;

    #[test]
    fn an_entity_is_shown_in_the_sentence_of_its_first_mention() {
        let ed = Editor::new(load_bundled().unwrap());
        let s = shown(
            &ed,
            ItemKey {
                kind: ItemKind::Entity,
                id: "fink".into(),
            },
        )
        .unwrap();
        assert_eq!(s.title, "Larry Fink");
        assert!(s.detail.starts_with("4 mentions · in "), "{}", s.detail);
        assert!(
            s.evidence.starts_with("Lee met with Larry Fink"),
            "{}",
            s.evidence
        );
        assert_eq!(&ed.set().article.text[s.span.clone()], "Larry Fink");
        let q = shown(
            &ed,
            ItemKey {
                kind: ItemKind::Quote,
                id: "q-cha-meaning".into(),
            },
        )
        .unwrap();
        assert_eq!(q.kind_label, "Quote");
        assert!(shown(
            &ed,
            ItemKey {
                kind: ItemKind::Fact,
                id: "nothing".into()
            }
        )
        .is_none());
    }
}
