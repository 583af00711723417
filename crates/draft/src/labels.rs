//! The label sets the learned passes predict, fixed by the treebank they
//! learn from (GUM, Universal Dependencies English): part-of-speech tags as
//! pairs of a Penn Treebank tag and a universal tag ("NNP" / "PROPN"; "New"
//! of "New York" is "NNP" / "ADJ"), and dependency relations. A model's
//! classes are indexes into these tables, so the tables only ever grow at
//! the end.

/// A part-of-speech tag: an index into [`TAGS`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Tag(pub u8);

/// (Penn Treebank tag, universal tag), every pair GUM uses three times or
/// more outside its news documents.
pub const TAGS: &[(&str, &str)] = &[
    ("NN", "NOUN"),
    ("IN", "ADP"),
    ("DT", "DET"),
    ("NNP", "PROPN"),
    ("JJ", "ADJ"),
    (",", "PUNCT"),
    ("NNS", "NOUN"),
    (".", "PUNCT"),
    ("PRP", "PRON"),
    ("RB", "ADV"),
    ("CC", "CCONJ"),
    ("CD", "NUM"),
    ("VB", "VERB"),
    ("VBN", "VERB"),
    ("VBD", "VERB"),
    ("VBZ", "AUX"),
    ("IN", "SCONJ"),
    ("VBG", "VERB"),
    ("TO", "PART"),
    ("PRP$", "PRON"),
    ("-LRB-", "PUNCT"),
    ("-RRB-", "PUNCT"),
    ("VBP", "VERB"),
    ("MD", "AUX"),
    ("VBD", "AUX"),
    ("VBZ", "VERB"),
    ("VBP", "AUX"),
    (":", "PUNCT"),
    ("WDT", "PRON"),
    ("RB", "PART"),
    ("HYPH", "PUNCT"),
    ("NNP", "ADJ"),
    ("VB", "AUX"),
    ("DT", "PRON"),
    ("NNPS", "PROPN"),
    ("POS", "PART"),
    ("WRB", "ADV"),
    ("``", "PUNCT"),
    ("''", "PUNCT"),
    ("WP", "PRON"),
    ("UH", "INTJ"),
    ("RP", "ADP"),
    ("EX", "PRON"),
    ("FW", "X"),
    ("JJR", "ADJ"),
    ("RBR", "ADV"),
    ("JJS", "ADJ"),
    ("SYM", "SYM"),
    ("VBN", "AUX"),
    ("NN", "PRON"),
    ("RBS", "ADV"),
    ("NNP", "VERB"),
    ("PDT", "DET"),
    ("VBG", "AUX"),
    ("FW", "ADV"),
    ("LS", "X"),
    ("WDT", "DET"),
    ("$", "SYM"),
    ("SYM", "PUNCT"),
    ("NN", "SYM"),
    ("WP$", "PRON"),
    ("FW", "NOUN"),
    ("GW", "ADV"),
    ("NNP", "NUM"),
];

impl Tag {
    /// The tag of a (Penn, universal) pair; a pair outside the table takes
    /// the first entry with the same Penn tag, or "NN" / "NOUN".
    pub fn of(xpos: &str, upos: &str) -> Tag {
        let at = TAGS
            .iter()
            .position(|(x, u)| *x == xpos && *u == upos)
            .or_else(|| TAGS.iter().position(|(x, _)| *x == xpos))
            .unwrap_or(0);
        Tag(at as u8)
    }

    /// The Penn Treebank tag ("NNP").
    pub fn penn(self) -> &'static str {
        TAGS.get(self.0 as usize).map_or("NN", |t| t.0)
    }

    /// The universal tag ("PROPN").
    pub fn upos(self) -> &'static str {
        TAGS.get(self.0 as usize).map_or("NOUN", |t| t.1)
    }

    pub fn is_noun(self) -> bool {
        matches!(self.penn(), "NN" | "NNS" | "NNP" | "NNPS")
    }
    pub fn is_proper(self) -> bool {
        matches!(self.penn(), "NNP" | "NNPS")
    }
    pub fn is_verb(self) -> bool {
        self.penn().starts_with("VB") || self.penn() == "MD"
    }
    pub fn is_pronoun(self) -> bool {
        matches!(self.penn(), "PRP" | "PRP$")
    }
    pub fn is_punct(self) -> bool {
        self.upos() == "PUNCT"
    }
}

/// A dependency relation: an index into [`DEPS`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Dep(pub u8);

/// Every relation GUM uses.
pub const DEPS: &[&str] = &[
    "punct",
    "case",
    "det",
    "amod",
    "nsubj",
    "nmod",
    "obl",
    "root",
    "compound",
    "advmod",
    "obj",
    "conj",
    "cc",
    "mark",
    "aux",
    "cop",
    "nmod:poss",
    "flat",
    "advcl",
    "aux:pass",
    "xcomp",
    "acl",
    "nsubj:pass",
    "acl:relcl",
    "appos",
    "nummod",
    "ccomp",
    "dep",
    "parataxis",
    "nmod:unmarked",
    "fixed",
    "expl",
    "obl:unmarked",
    "compound:prt",
    "discourse",
    "obl:agent",
    "nmod:desc",
    "iobj",
    "reparandum",
    "csubj",
    "advcl:relcl",
    "nsubj:outer",
    "list",
    "cc:preconj",
    "det:predet",
    "orphan",
    "vocative",
    "dislocated",
    "csubj:pass",
    "goeswith",
    "csubj:outer",
];

impl Dep {
    /// The relation named `name` ("dep" when unknown).
    pub fn of(name: &str) -> Dep {
        Dep(DEPS.iter().position(|d| *d == name).unwrap_or(27) as u8)
    }

    /// The relation a rule names: one of [`DEPS`] (checked in debug
    /// builds: "obl:tmod", which GUM spells "obl:unmarked", had silently
    /// become "dep").
    pub fn named(name: &str) -> Dep {
        debug_assert!(DEPS.contains(&name), "no relation {name:?} in DEPS");
        Dep::of(name)
    }

    /// Its name ("nsubj:pass").
    pub fn name(self) -> &'static str {
        DEPS.get(self.0 as usize).copied().unwrap_or("dep")
    }

    /// The universal part, without the subtype ("nsubj" of "nsubj:pass").
    pub fn base(self) -> &'static str {
        let n = self.name();
        n.split(':').next().unwrap_or(n)
    }

    /// Whether it is `name` or a subtype of it.
    pub fn is(self, name: &str) -> bool {
        self.name() == name || self.base() == name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_and_relations_round_trip() {
        for (i, (x, u)) in TAGS.iter().enumerate() {
            assert_eq!(Tag::of(x, u), Tag(i as u8));
        }
        assert_eq!(Tag::of("NNP", "PROPN").upos(), "PROPN");
        assert_eq!(Tag::of("NN", "X").penn(), "NN");
        for (i, d) in DEPS.iter().enumerate() {
            assert_eq!(Dep::of(d), Dep(i as u8));
        }
        assert_eq!(Dep::of("nsubj:pass").base(), "nsubj");
        assert!(Dep::of("obl:agent").is("obl"));
        assert_eq!(Dep::of("nonsense").name(), "dep");
    }
}
