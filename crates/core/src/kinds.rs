//! What each entity kind looks like, in one table that every view reads: the
//! chips and the article (tag, label, CSS class), the graph and the SVG
//! export (shape, colours), and the stylesheet's colour variables, which are
//! generated from it (`cargo run -- kind-css`; a test keeps `style/main.css`
//! in step). Adding a kind is one row here plus its variant in
//! [`EntityKind`].

use crate::model::EntityKind;

/// How one kind of entity is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KindStyle {
    /// The kind.
    pub kind: EntityKind,
    /// The name JSON and CSS classes use (`fx-kind--person`).
    pub slug: &'static str,
    /// The kind in words.
    pub label: &'static str,
    /// A short tag shown beside the label, in the style of NER labels.
    pub tag: &'static str,
    /// The graph node's outline: an SVG path centred on 0,0, about 18 units across.
    pub shape: &'static str,
    /// Tint and edge colour on a light background.
    pub light: (&'static str, &'static str),
    /// Tint and edge colour on a dark background.
    pub dark: (&'static str, &'static str),
}

/// Every kind, in [`EntityKind`] order (`KINDS[kind as usize]` is its row).
pub const KINDS: [KindStyle; 11] = [
    KindStyle {
        kind: EntityKind::Person,
        slug: "person",
        label: "Person",
        tag: "PER",
        shape: "M-8 0a8 8 0 1 0 16 0a8 8 0 1 0 -16 0Z",
        light: ("#fde2e4", "#be123c"),
        dark: ("#4c1d28", "#fda4af"),
    },
    KindStyle {
        kind: EntityKind::Organisation,
        slug: "organisation",
        label: "Organisation",
        tag: "ORG",
        shape: "M-7 -7h14v14h-14Z",
        light: ("#dbeafe", "#1d4ed8"),
        dark: ("#1e3356", "#93c5fd"),
    },
    KindStyle {
        kind: EntityKind::GovernmentBody,
        slug: "government_body",
        label: "Government body",
        tag: "GOV",
        shape: "M0 -9L9 0L0 9L-9 0Z",
        light: ("#e0e7ff", "#4338ca"),
        dark: ("#2e2b5c", "#a5b4fc"),
    },
    KindStyle {
        kind: EntityKind::Country,
        slug: "country",
        label: "Country",
        tag: "GPE",
        shape: "M0 -9L8.5 7H-8.5Z",
        light: ("#dcfce7", "#15803d"),
        dark: ("#173d27", "#86efac"),
    },
    KindStyle {
        kind: EntityKind::City,
        slug: "city",
        label: "City",
        tag: "CITY",
        shape: "M-6 0a6 6 0 1 0 12 0a6 6 0 1 0 -12 0ZM-2 0a2 2 0 1 0 4 0a2 2 0 1 0 -4 0Z",
        light: ("#ccfbf1", "#0f766e"),
        dark: ("#123f3a", "#5eead4"),
    },
    KindStyle {
        kind: EntityKind::Region,
        slug: "region",
        label: "Region",
        tag: "LOC",
        shape: "M-8 0L-4 -7H4L8 0L4 7H-4Z",
        light: ("#ecfccb", "#4d7c0f"),
        dark: ("#2f3d12", "#bef264"),
    },
    KindStyle {
        kind: EntityKind::Venue,
        slug: "venue",
        label: "Venue or facility",
        tag: "FAC",
        shape: "M-8 8V-2L0 -9L8 -2V8Z",
        light: ("#e0f2fe", "#0369a1"),
        dark: ("#12324a", "#7dd3fc"),
    },
    KindStyle {
        kind: EntityKind::Event,
        slug: "event",
        label: "Event",
        tag: "EVT",
        shape: "M0 -9L2.6 -3.1L9 -2.8L4 1.3L5.6 7.6L0 4L-5.6 7.6L-4 1.3L-9 -2.8L-2.6 -3.1Z",
        light: ("#fef3c7", "#b45309"),
        dark: ("#4a3810", "#fcd34d"),
    },
    KindStyle {
        kind: EntityKind::Agreement,
        slug: "agreement",
        label: "Document or agreement",
        tag: "DOC",
        shape: "M-6 -8h8l4 4v12h-12Z",
        light: ("#f3e8ff", "#7e22ce"),
        dark: ("#3c2356", "#d8b4fe"),
    },
    KindStyle {
        kind: EntityKind::Amount,
        slug: "amount",
        label: "Amount",
        tag: "AMT",
        shape: "M-8 -5h16v10h-16Z",
        light: ("#ffedd5", "#c2410c"),
        dark: ("#4c2a10", "#fdba74"),
    },
    KindStyle {
        kind: EntityKind::Time,
        slug: "time",
        label: "Time",
        tag: "TIME",
        shape: "M-8 0a8 8 0 1 0 16 0a8 8 0 1 0 -16 0ZM-5 0a5 5 0 1 0 10 0a5 5 0 1 0 -10 0Z",
        light: ("#e5e7eb", "#4b5563"),
        dark: ("#2f3440", "#cbd5e1"),
    },
];

/// The stylesheet's kind block: a colour variable pair per kind (on
/// `:host`, so host pages may override them) and the class that points
/// `--fx-k` / `--fx-k-edge` at them.
pub fn css() -> String {
    let mut out = String::from(":host {\n");
    for k in &KINDS {
        out.push_str(&format!(
            "  --fx-{0}: light-dark({1}, {2}); --fx-{0}-edge: light-dark({3}, {4});\n",
            k.slug, k.light.0, k.dark.0, k.light.1, k.dark.1
        ));
    }
    out.push_str("}\n");
    for k in &KINDS {
        out.push_str(&format!(
            ".fx .fx-kind--{0} {{ --fx-k: var(--fx-{0}); --fx-k-edge: var(--fx-{0}-edge); }}\n",
            k.slug
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_row_per_kind_in_order_with_the_json_name() {
        for (i, kind) in EntityKind::ALL.into_iter().enumerate() {
            assert_eq!(KINDS[i].kind, kind);
            assert_eq!(kind as usize, i);
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", KINDS[i].slug));
        }
    }

    #[test]
    fn the_stylesheet_has_the_generated_kind_block() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../style/main.css");
        let sheet = std::fs::read_to_string(path).unwrap();
        assert!(
            sheet.contains(&css()),
            "style/main.css lacks the kind block the table generates; \
             run `cargo run -- kind-css` and paste it in"
        );
    }
}
