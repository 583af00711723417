//! Facts from the sentence's structure. A fact links two named things
//! (people, organisations, government bodies, places) that the sentence
//! relates: for every pair of things named in a sentence (by name, by a
//! pronoun or a description that stands for one, or by a nationality word
//! in a title: "Czech President Havel"), the dependency path between them
//! is matched against [`PATTERNS`], a table of paths over relations and
//! the words on them ("X nsubj← met →obl Y", "X appos→ chairman →nmod
//! Y", "Y nsubj:pass← replaced →obl:agent X"). Coordination is looked
//! through ("met Y and Z" is two facts), and so are the verbs that carry
//! another ("plans to visit", "is expected to meet": the status comes from
//! them). The status comes from the tree: "will" and "plans to" make it
//! planned, "is expected to" expected, "may" possible, "did not" negated,
//! "is not planned" not planned. A fact inside a quote or reported speech
//! is attributed to whoever says it. The evidence is the clause.
//!
//! Precision first: a wrong fact costs an editor more than a missing one,
//! so a pair whose path matches no pattern gives no fact.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::ops::Range;

use fact_explorer_core::model::{EntityKind, Status};

use crate::coref::{head_of, Coref};
use crate::doc::Doc;
use crate::entities::Draft;
use crate::lexicon;
use crate::relate::Relations;

/// A fact before it becomes the fact set's: entities by index, tokens by
/// index.
#[derive(Clone, Debug, PartialEq)]
pub struct Fact {
    pub subject: usize,
    pub object: usize,
    pub relation: String,
    pub status: Status,
    pub attributed_to: Option<usize>,
    pub role: Option<String>,
    /// The clause that states it.
    pub evidence: Range<usize>,
    /// The tokens the subject and object were read from.
    pub anchors: (usize, usize),
    /// Why an end was inferred (a pronoun or a description resolved).
    pub note: Option<String>,
    pub confidence: f32,
    /// The pattern that matched (for measuring).
    pub pattern: &'static str,
}

/// How a pattern words its relation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wording {
    /// The verb phrase at the path's top, with the preposition of the
    /// object ("met with", "signed a memorandum of understanding with").
    Verb,
    /// "is {role} of": the role noun on the path, or the person's title.
    Role,
    /// Fixed words.
    Fixed(&'static str),
    /// The deed its owner did, by the noun ("assist": "assisted").
    Deed,
    /// The noun at the top with the object's preposition ("visit to").
    Noun,
    /// What a possessive means, by the kinds at its ends ("is from",
    /// "belongs to").
    Owner,
    /// The verb at the top in the passive, with the object's preposition
    /// ("police arrested X near Y": X "was arrested near" Y).
    Passive,
}

/// What the token at the top of the path must be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Top {
    Verb,
    /// A noun with a copula ("X is the president of Y").
    Copula,
    /// A role noun ("chairman").
    Role,
    /// The subject's own token (the path goes down from it).
    Subject,
    /// No path: the two ends side by side in the text (the checks of the
    /// pattern say how).
    Adjacent,
    /// A noun naming an event between parties ("talks", "visit").
    EventNoun,
    /// A common noun ("its staff in Goma").
    Noun,
    /// A verb of joint action ("sign", "meet") whose subjects are
    /// coordinated ("X and Y signed").
    Joint,
}

/// A path between two things: the relations going up from the subject to
/// the top of the path and down from it to the object (each a relation
/// name, or its universal part: "obl" matches "obl:agent"; "obl!" matches
/// only "obl" and "obl:unmarked"), what the top must be, which end is the
/// subject of the fact, and how the fact is worded.
pub struct Pattern {
    pub name: &'static str,
    pub up: &'static [&'static str],
    pub down: &'static [&'static str],
    pub top: Top,
    /// The fact's subject is the path's second end ("replaced by X").
    pub reversed: bool,
    pub wording: Wording,
    pub confidence: f32,
    /// What the ends may be: p person, o organisation, g government
    /// body, c country, t city, r region, v venue (subject, object).
    pub kinds: (&'static str, &'static str),
    /// The prepositions the object may take (any when empty).
    pub cases: &'static [&'static str],
}

const PARTIES: &str = "pogc";
const ANY: &str = "pogctrv";

/// The patterns, most specific first.
pub const PATTERNS: &[Pattern] = &[
    // "Cho Soon was elected as the candidate of the Democratic Party";
    // "Cho Soon, who was elected as the candidate of…": the role one was
    // elected, named or served as is held.
    Pattern {
        name: "as-role",
        up: &["nsubj"],
        down: &["obl", "nmod"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Role,
        confidence: 0.6,
        kinds: ("p", "pogctr"),
        cases: &["of", "to", "for", "at"],
    },
    Pattern {
        name: "as-role-relative",
        up: &[],
        down: &["acl:relcl", "obl", "nmod"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Role,
        confidence: 0.6,
        kinds: ("p", "pogctr"),
        cases: &["of", "to", "for", "at"],
    },
    // X met Y; X told Y; X replaced Y.
    Pattern {
        name: "subject-object",
        up: &["nsubj!"],
        down: &["obj"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.8,
        kinds: (PARTIES, ANY),
        cases: &[],
    },
    // "Chamorro's son-in-law, Antonio Lacayo, met Arnoldo Aleman": the
    // name in apposition to a common noun subject did the deed.
    Pattern {
        name: "apposed-subject-object",
        up: &["appos", "nsubj!"],
        down: &["obj"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.6,
        kinds: (PARTIES, PARTIES),
        cases: &[],
    },
    Pattern {
        name: "subject-indirect",
        up: &["nsubj!"],
        down: &["iobj"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.8,
        kinds: (PARTIES, PARTIES),
        cases: &[],
    },
    // X met with Y; X arrived in Y; X lost to Y.
    Pattern {
        name: "subject-oblique",
        up: &["nsubj!"],
        down: &["obl!"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.7,
        kinds: (PARTIES, ANY),
        cases: &[],
    },
    // X held talks with Y; X signed a memorandum with Y.
    Pattern {
        name: "subject-object-modifier",
        up: &["nsubj!"],
        // (Not a possessive: "debate Dole's running mate Jack Kemp".)
        down: &["obj", "nmod!"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.65,
        kinds: (PARTIES, ANY),
        cases: &[],
    },
    // "X spoke to reporters after talks with Y", "after a meeting with Y":
    // the talks or the meeting the clause places itself after or during.
    Pattern {
        name: "talks-oblique",
        up: &["nsubj!"],
        down: &["obl", "nmod"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Fixed("held talks with"),
        confidence: 0.6,
        kinds: (PARTIES, PARTIES),
        cases: &["with"],
    },
    Pattern {
        name: "meeting-oblique",
        up: &["nsubj!"],
        down: &["obl", "nmod"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Fixed("met"),
        confidence: 0.6,
        kinds: (PARTIES, PARTIES),
        cases: &["with"],
    },
    // X defeated debutants Y; X beat rivals Y: the object named after a
    // word that describes it.
    Pattern {
        name: "subject-described-object",
        up: &["nsubj!"],
        down: &["obj", "flat"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.7,
        kinds: (PARTIES, PARTIES),
        cases: &[],
    },
    Pattern {
        name: "subject-described-object",
        up: &["nsubj!"],
        down: &["obj", "appos"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.7,
        kinds: (PARTIES, PARTIES),
        cases: &[],
    },
    // X met the Jatiya Party leaders; X told a Reuters correspondent: the
    // people a body's name qualifies stand for the body.
    Pattern {
        name: "subject-object-people-of",
        up: &["nsubj!"],
        down: &["obj", "compound"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.55,
        kinds: (PARTIES, "ogc"),
        cases: &[],
    },
    // "Officers of the National Police Agency surrounded the cathedral":
    // the people of a body act for it.
    Pattern {
        name: "people-of-subject-object",
        up: &["nmod", "nsubj!"],
        down: &["obj"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.55,
        kinds: ("ogc", ANY),
        cases: &[],
    },
    // X told the Interfax news agency: a body's name before the word for
    // what it is.
    Pattern {
        name: "subject-object-body-noun",
        up: &["nsubj!"],
        down: &["obj", "compound", "compound"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.55,
        kinds: (PARTIES, "ogc"),
        cases: &[],
    },
    // X met with members of Y; X presided over a debate of Y.
    Pattern {
        name: "subject-oblique-modifier",
        up: &["nsubj!"],
        down: &["obl!", "nmod"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.55,
        kinds: (PARTIES, PARTIES),
        cases: &["of"],
    },
    // Y was replaced by X: worded as written, Y the subject.
    Pattern {
        name: "passive-agent",
        up: &["nsubj:pass"],
        down: &["obl:agent"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.8,
        kinds: (ANY, PARTIES),
        cases: &[],
    },
    // The agreement was signed in Montreal by X, signed by X in Bonn: the
    // agent did it there.
    Pattern {
        name: "agent-place",
        up: &["obl:agent"],
        down: &["obl!"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.6,
        // (A person: "by Air Canada chairman Hollis Harris and Lufthansa
        // chairman Juergen Weber" may be parsed with "Lufthansa" an agent.)
        kinds: ("p", "ctr"),
        cases: &["in", "at"],
    },
    // The Social Democrats, led by Oskar Lafontaine: a participle with its
    // agent, which the parse may give the name before it as a subject.
    Pattern {
        name: "participle-agent",
        up: &["nsubj!"],
        down: &["obl:agent"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.6,
        kinds: (PARTIES, PARTIES),
        cases: &[],
    },
    // Anthony Lake was named director of the CIA; Clinton named Lake
    // director of the CIA: the role the verb gives its holder.
    Pattern {
        name: "appointed-role",
        up: &["nsubj:pass"],
        down: &["xcomp", "nmod"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Role,
        confidence: 0.65,
        kinds: ("p", "ogctr"),
        cases: &["of"],
    },
    Pattern {
        name: "appointed-role",
        up: &["obj"],
        down: &["xcomp", "nmod"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Role,
        confidence: 0.6,
        kinds: ("p", "ogctr"),
        cases: &["of"],
    },
    // Havel invited Albright to visit Prague: the object does what the
    // verb asks of it ("was invited to visit").
    Pattern {
        name: "object-control-object",
        up: &["obj"],
        down: &["xcomp", "obj"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.55,
        kinds: (PARTIES, ANY),
        cases: &[],
    },
    // (The parse may read the clause as one of purpose: "named Pena to
    // head the Energy Department".)
    Pattern {
        name: "object-control-object",
        up: &["obj"],
        down: &["advcl", "obj"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.5,
        kinds: ("p", ANY),
        cases: &[],
    },
    // "named Pena to head the Energy Department, replacing Hazel
    // O'Leary": a participle of the object's task is the object's too.
    Pattern {
        name: "object-control-participle-object",
        up: &["obj"],
        down: &["xcomp", "advcl", "obj"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.5,
        kinds: ("p", ANY),
        cases: &[],
    },
    Pattern {
        name: "object-control-participle-object",
        up: &["obj"],
        down: &["advcl", "advcl", "obj"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.5,
        kinds: ("p", ANY),
        cases: &[],
    },
    // "named Robert King … as state budget director to replace Patricia
    // Woodworth": the task after the role given is the object's.
    Pattern {
        name: "role-control-object",
        up: &["obj"],
        down: &["advcl", "acl", "obj"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.5,
        kinds: ("p", ANY),
        cases: &[],
    },
    Pattern {
        name: "role-control-object",
        up: &["obj"],
        down: &["obl", "acl", "obj"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.5,
        kinds: ("p", ANY),
        cases: &[],
    },
    Pattern {
        name: "object-control-oblique",
        up: &["obj"],
        down: &["xcomp", "obl!"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.5,
        kinds: (PARTIES, ANY),
        cases: &[],
    },
    // X was born in Y; X was arrested in Y.
    Pattern {
        name: "passive-oblique",
        up: &["nsubj:pass"],
        down: &["obl!"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.65,
        kinds: (PARTIES, ANY),
        cases: &[],
    },
    // "Lebed planned to launch his own party, the Russian People's
    // Republican Party": the named object of what one plans.
    Pattern {
        name: "control-described-object",
        up: &["nsubj"],
        down: &["xcomp", "obj", "appos"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.6,
        kinds: (PARTIES, PARTIES),
        cases: &[],
    },
    // X plans to visit Y; X is expected to meet Y.
    Pattern {
        name: "control-object",
        up: &["nsubj"],
        down: &["xcomp", "obj"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.7,
        kinds: (PARTIES, ANY),
        cases: &[],
    },
    Pattern {
        name: "control-oblique",
        up: &["nsubj"],
        down: &["xcomp", "obl!"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.65,
        kinds: (PARTIES, ANY),
        cases: &[],
    },
    Pattern {
        name: "control-object-modifier",
        up: &["nsubj"],
        down: &["xcomp", "obj", "nmod"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.6,
        kinds: (PARTIES, ANY),
        cases: &[],
    },
    // X is scheduled to meet with members of Y.
    Pattern {
        name: "control-oblique-modifier",
        up: &["nsubj"],
        down: &["xcomp", "obl!", "nmod"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.55,
        kinds: (PARTIES, PARTIES),
        cases: &["of"],
    },
    // X is scheduled to hold talks with the leaders of Y.
    Pattern {
        name: "control-object-noun-modifier",
        up: &["nsubj"],
        down: &["xcomp", "obj", "nmod", "nmod"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.5,
        kinds: (PARTIES, PARTIES),
        cases: &["of"],
    },
    // X flew to Y to meet Z; X arrived and met Z.
    Pattern {
        name: "purpose-object",
        up: &["nsubj!"],
        down: &["advcl", "obj"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.55,
        kinds: (PARTIES, PARTIES),
        cases: &[],
    },
    // "Ross is due to fly to Cairo on Friday to brief President Hosni
    // Mubarak": the purpose of a journey the subject is to make.
    Pattern {
        name: "controlled-purpose-object",
        up: &["nsubj!"],
        down: &["xcomp", "advcl", "obj"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.5,
        kinds: (PARTIES, PARTIES),
        cases: &[],
    },
    // "Kohl met Yeltsin before flying to Kiev", "is expected to meet
    // Espinosa before flying to Monterrey": a bare participle after
    // "before" or "after" is the subject's deed, in the time of the verb
    // it hangs from.
    Pattern {
        name: "timed-participle",
        up: &["nsubj!"],
        down: &["advcl", "obl!"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.55,
        kinds: (PARTIES, ANY),
        cases: &[],
    },
    Pattern {
        name: "timed-participle",
        up: &["nsubj"],
        down: &["xcomp", "advcl", "obl!"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.5,
        kinds: (PARTIES, ANY),
        cases: &[],
    },
    Pattern {
        name: "timed-participle",
        up: &["nsubj"],
        down: &["xcomp", "advcl", "obj"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.5,
        kinds: (PARTIES, ANY),
        cases: &[],
    },
    Pattern {
        name: "shared-subject-object",
        up: &["nsubj!"],
        down: &["conj", "obj"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.6,
        kinds: (PARTIES, ANY),
        cases: &[],
    },
    Pattern {
        name: "shared-subject-oblique",
        up: &["nsubj!"],
        down: &["conj", "obl!"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.55,
        kinds: (PARTIES, ANY),
        cases: &[],
    },
    // "Nyachae is seen as an ally of Moi and is a leading member of KANU":
    // a role with a copula of its own and no subject, coordinated with the
    // subject's verb, is the subject's.
    Pattern {
        name: "shared-subject-role",
        up: &["nsubj"],
        down: &["conj", "nmod"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Role,
        confidence: 0.6,
        kinds: ("p", "ogc"),
        cases: &["of"],
    },
    // X, who met Y; X, based in Y.
    Pattern {
        name: "relative-object",
        up: &[],
        down: &["acl:relcl", "obj"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.6,
        kinds: (PARTIES, ANY),
        cases: &[],
    },
    // Kofi Annan, who is due to visit Beirut; X, who plans to meet Y.
    Pattern {
        name: "relative-control-object",
        up: &[],
        down: &["acl:relcl", "xcomp", "obj"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.6,
        kinds: (PARTIES, ANY),
        cases: &[],
    },
    Pattern {
        name: "relative-control-oblique",
        up: &[],
        down: &["acl:relcl", "xcomp", "obl!"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.55,
        kinds: (PARTIES, ANY),
        cases: &[],
    },
    // The OECD, which South Korea joined this month: the clause's subject
    // did the deed to the name.
    Pattern {
        name: "relative-subject",
        up: &[],
        down: &["acl:relcl", "nsubj"],
        top: Top::Subject,
        reversed: true,
        wording: Wording::Verb,
        confidence: 0.5,
        kinds: (PARTIES, PARTIES),
        cases: &[],
    },
    Pattern {
        name: "relative-oblique",
        up: &[],
        down: &["acl", "obl!"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.55,
        kinds: (PARTIES, ANY),
        cases: &[],
    },
    // "Jalabert, who rides for the Spanish team ONCE": the oblique's noun
    // and the name in apposition to it.
    Pattern {
        name: "relative-oblique-named",
        up: &[],
        down: &["acl:relcl", "obl!", "appos"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.5,
        kinds: (PARTIES, "o"),
        cases: &[],
    },
    // "Karim Benali, a 31-year-old Algerian who was arrested in
    // Brussels": a clause on the noun that describes a name is said of
    // the name.
    Pattern {
        name: "described-relative-object",
        up: &[],
        down: &["appos", "acl:relcl", "obj"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.5,
        kinds: (PARTIES, ANY),
        cases: &[],
    },
    Pattern {
        name: "described-relative-oblique",
        up: &[],
        down: &["appos", "acl:relcl", "obl!"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.5,
        kinds: (PARTIES, ANY),
        cases: &[],
    },
    // X, who held talks with Y; X, who heads the office of Y.
    Pattern {
        name: "relative-object-modifier",
        up: &[],
        down: &["acl:relcl", "obj", "nmod!"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.55,
        kinds: (PARTIES, ANY),
        cases: &[],
    },
    // X, who flew to Kiev from Warsaw; X, who asked for a sentence for Y.
    Pattern {
        name: "relative-oblique-modifier",
        up: &[],
        down: &["acl:relcl", "obl!", "nmod"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.5,
        kinds: (PARTIES, ANY),
        cases: &["of", "from", "with", "for", "to"],
    },
    // Laboratori Vesuvio, a small pharmaceutical company in Salerno;
    // Farmaceutici Partenope, a Naples drug distributor; Sun Hung Kai, a
    // Hong Kong property group: where the word
    // for a company describing the body puts it.
    Pattern {
        name: "apposition-company-place",
        up: &[],
        down: &["appos", "nmod"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Fixed("is based in"),
        confidence: 0.55,
        kinds: ("o", "ctr"),
        cases: &["in"],
    },
    Pattern {
        name: "apposition-company-place",
        up: &[],
        down: &["appos", "compound"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Fixed("is based in"),
        confidence: 0.5,
        kinds: ("o", "ctr"),
        cases: &[],
    },
    // Siemens AG, the engineering group based in Munich: where the
    // description says the body is.
    Pattern {
        name: "apposition-participle-oblique",
        up: &[],
        down: &["appos", "acl", "obl!"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Fixed("is based in"),
        confidence: 0.55,
        kinds: ("o", "ctrv"),
        cases: &["in", "at"],
    },
    // Karatzas, who was appointed by Simitis: the deed's doer.
    Pattern {
        name: "relative-agent",
        up: &[],
        down: &["acl", "obl:agent"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.55,
        kinds: (PARTIES, PARTIES),
        cases: &[],
    },
    // X, chairman of Y; X, BlackRock's chairman; X, the Panama coach.
    Pattern {
        name: "apposition-role",
        up: &[],
        down: &["appos", "nmod"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Role,
        confidence: 0.75,
        kinds: ("p", "pogctr"),
        // ("a former Senate majority leader from Kansas" leads no Kansas.)
        cases: &["of", "to", "for", "at", "in", "with"],
    },
    // "Juan Villalonga became chairman of Telefonica", "became Telefonica's
    // chairman": the role one became is held.
    Pattern {
        name: "became-role",
        up: &["nsubj"],
        down: &["xcomp", "nmod"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Role,
        confidence: 0.65,
        kinds: ("p", "pogctr"),
        cases: &["of", "to", "for", "at"],
    },
    Pattern {
        name: "became-role-owner",
        up: &["nsubj"],
        down: &["xcomp", "nmod:poss"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Role,
        confidence: 0.65,
        kinds: ("p", "pogctr"),
        cases: &[],
    },
    // "Frank Biondi, who became Universal's chairman".
    Pattern {
        name: "became-role-relative-owner",
        up: &[],
        down: &["acl:relcl", "xcomp", "nmod:poss"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Role,
        confidence: 0.6,
        kinds: ("p", "pogctr"),
        cases: &[],
    },
    // "Hubertus Schmoldt, chairman of the German chemical workers' union
    // IG Chemie": the role is of a body the text describes, then names.
    Pattern {
        name: "apposition-role-described",
        up: &[],
        down: &["appos", "nmod", "appos"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Role,
        confidence: 0.65,
        kinds: ("p", "og"),
        cases: &[],
    },
    // "Chrysler Corp chairman Robert Eaton, who is in Singapore as an
    // adviser": a relative clause whose predicate is a place with "in"
    // and a copula says where the name is.
    Pattern {
        name: "relative-copula-in",
        up: &[],
        down: &["acl:relcl"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Fixed("is in"),
        confidence: 0.6,
        kinds: ("pogv", "ctr"),
        cases: &["in"],
    },
    // X, who is chairman of Y; China, which is not a member of the WTO.
    Pattern {
        name: "apposition-relative-role",
        up: &[],
        down: &["acl:relcl", "nmod"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Role,
        confidence: 0.7,
        kinds: ("pogc", "pogctr"),
        cases: &["of", "to", "for", "at", "in", "with"],
    },
    Pattern {
        name: "apposition-role-owner",
        up: &[],
        down: &["appos", "nmod:poss"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Role,
        confidence: 0.75,
        kinds: ("p", "pogctr"),
        cases: &[],
    },
    Pattern {
        name: "apposition-role-compound",
        up: &[],
        down: &["appos", "compound"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Role,
        confidence: 0.65,
        kinds: ("p", "ogctr"),
        cases: &[],
    },
    // Moratinos, a Spanish diplomat: a role or trade of a people.
    Pattern {
        name: "apposition-role-demonym",
        up: &[],
        down: &["appos", "amod"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Role,
        confidence: 0.6,
        kinds: ("p", "c"),
        cases: &[],
    },
    // Fischler, an Austrian: a person and a people's word set beside the
    // name (checked to be one: "X, Austria" is no such phrase).
    Pattern {
        name: "apposition-demonym",
        up: &[],
        down: &["appos"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Fixed("is from"),
        confidence: 0.6,
        kinds: ("p", "c"),
        cases: &[],
    },
    // South Korea, a non-permanent UNSC member; Norway, a NATO ally: a
    // country or body described as a member of another.
    Pattern {
        name: "apposition-member-compound",
        up: &[],
        down: &["appos", "compound"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Role,
        confidence: 0.65,
        kinds: ("cgo", "go"),
        cases: &[],
    },
    // Dairy Farm, the supermarket arm of the Jardine Matheson group: a
    // body described as a part of another.
    Pattern {
        name: "apposition-part",
        up: &[],
        down: &["appos", "nmod"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Role,
        confidence: 0.65,
        kinds: ("o", "o"),
        cases: &["of"],
    },
    // Its Spanish unit Simago; Creditanstalt's Slovak subsidiary Tatra.
    Pattern {
        name: "owner-part",
        up: &["nmod:poss"],
        down: &["appos"],
        top: Top::Role,
        reversed: true,
        wording: Wording::Role,
        confidence: 0.6,
        kinds: ("o", "o"),
        cases: &[],
    },
    // The chairman of Y, X.
    Pattern {
        name: "role-apposition",
        up: &["nmod", "appos"],
        down: &[],
        top: Top::Role,
        reversed: true,
        wording: Wording::Role,
        confidence: 0.6,
        kinds: ("p", "pogctr"),
        cases: &[],
    },
    // Tunisia's coach, Nabil Maaloul; Malaysia's Prime Minister Najib Razak.
    Pattern {
        name: "owner-role-apposition",
        up: &["nmod:poss"],
        down: &["appos"],
        top: Top::Role,
        reversed: true,
        wording: Wording::Role,
        confidence: 0.6,
        kinds: ("p", "pogctr"),
        cases: &[],
    },
    // Swedish captain Andreas Granqvist: the country by its adjective.
    Pattern {
        name: "demonym-role-apposition",
        up: &["amod"],
        down: &["appos"],
        top: Top::Role,
        reversed: true,
        wording: Wording::Role,
        confidence: 0.6,
        kinds: ("p", "cr"),
        cases: &[],
    },
    // Creditanstalt chief Guido Schmidt-Chiari; Liverpool manager Roy
    // Evans, when the parse makes the name the role's apposition.
    Pattern {
        name: "compound-role-apposition",
        up: &["compound"],
        down: &["appos"],
        top: Top::Role,
        reversed: true,
        wording: Wording::Role,
        confidence: 0.6,
        kinds: ("p", "ogctr"),
        cases: &[],
    },
    // German Foreign Minister Klaus Kinkel; Swede Thomas Enqvist; the
    // Dutch club PSV Eindhoven: a people's word opening a name's phrase
    // says where the person is from or the body is based (the checks: the
    // words between are nouns and adjectives, the path stays inside).
    Pattern {
        name: "demonym-phrase",
        up: &[],
        down: &[],
        top: Top::Adjacent,
        reversed: true,
        wording: Wording::Fixed("is from"),
        confidence: 0.6,
        kinds: ("p", "c"),
        cases: &[],
    },
    Pattern {
        name: "demonym-phrase",
        up: &[],
        down: &[],
        top: Top::Adjacent,
        reversed: true,
        wording: Wording::Fixed("is based in"),
        confidence: 0.55,
        kinds: ("o", "ctr"),
        cases: &[],
    },
    Pattern {
        name: "demonym-phrase",
        up: &[],
        down: &[],
        top: Top::Adjacent,
        reversed: true,
        wording: Wording::Fixed("is in"),
        confidence: 0.55,
        // (A region's people's word too: "the Sicilian town of
        // Bagheria".)
        kinds: ("tr", "cr"),
        cases: &[],
    },
    // Lviv in western Ukraine; starch maker Amylum in Belgium: a place or
    // a body, "in" (a company, "of"), and the place, as written.
    Pattern {
        name: "located-in",
        up: &[],
        down: &["nmod"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Fixed("is in"),
        confidence: 0.6,
        kinds: ("tr", "cr"),
        cases: &["in"],
    },
    // The European Commission in Brussels; the United Nations in New York:
    // a body, "in" and a country or town, side by side.
    Pattern {
        name: "located-in-adjacent",
        up: &[],
        down: &[],
        top: Top::Adjacent,
        reversed: false,
        wording: Wording::Fixed("is in"),
        confidence: 0.55,
        kinds: ("og", "ct"),
        cases: &["in"],
    },
    // "Heinz-Harald Frentzen of Germany", "Sebastien Lareau of Canada": a
    // person, "of" and a country, region or town, side by side.
    Pattern {
        name: "person-of-place",
        up: &[],
        down: &[],
        top: Top::Adjacent,
        reversed: false,
        wording: Wording::Fixed("is from"),
        confidence: 0.6,
        kinds: ("p", "ctr"),
        cases: &["of"],
    },
    // "at Ceyhan in Turkey", "Port-Royal station in central Paris": a town
    // or a venue, "in" and a country, region or town, side by side,
    // however the parse hangs the phrase.
    Pattern {
        name: "located-in-adjacent-place",
        up: &[],
        down: &[],
        top: Top::Adjacent,
        reversed: false,
        wording: Wording::Fixed("is in"),
        confidence: 0.55,
        kinds: ("tv", "ctr"),
        cases: &["in"],
    },
    // "at Subic Bay in the Philippines", "the Thompson Bay deposit in
    // northern Manitoba": a region (or a place typed as one: a district,
    // a station), "in" and a country, region or town, side by side.
    Pattern {
        name: "located-in-adjacent-region",
        up: &[],
        down: &[],
        top: Top::Adjacent,
        reversed: false,
        wording: Wording::Fixed("is in"),
        confidence: 0.5,
        kinds: ("r", "ctr"),
        cases: &["in"],
    },
    // "its Sindelfingen plant near Stuttgart", "the Black Swan deposit
    // near Kalgoorlie": a place, maybe a site's noun, "near" and a town or
    // region, side by side.
    Pattern {
        name: "located-in-adjacent-near",
        up: &[],
        down: &[],
        top: Top::Adjacent,
        reversed: false,
        wording: Wording::Fixed("is near"),
        confidence: 0.5,
        kinds: ("trv", "tr"),
        cases: &["near"],
    },
    // Daimler-Benz Aerospace of Germany; BellSouth Corp of Atlanta: side
    // by side, however the parse hangs the phrase.
    Pattern {
        name: "located-of",
        up: &[],
        down: &[],
        top: Top::Adjacent,
        reversed: false,
        wording: Wording::Fixed("is based in"),
        confidence: 0.6,
        kinds: ("o", "ct"),
        cases: &["of"],
    },
    // Its staff in Goma; Azucarera's refineries in Andalusia: what an
    // owner has somewhere.
    Pattern {
        name: "owner-noun-place",
        up: &["nmod:poss"],
        down: &["nmod"],
        top: Top::Noun,
        reversed: false,
        wording: Wording::Noun,
        confidence: 0.55,
        kinds: ("pogc", "ctrv"),
        cases: &["in", "at"],
    },
    // X faced Y at the Fisht Stadium: Y was there too.
    Pattern {
        name: "object-at-venue",
        up: &["obj"],
        down: &["obl"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Fixed("was at"),
        confidence: 0.55,
        kinds: (PARTIES, "v"),
        cases: &["at", "in"],
    },
    // Police arrested Vincenzo Greco near Bagheria; troops killed X in Y:
    // where the one the deed was done to was, for deeds done to people.
    Pattern {
        name: "object-held-in-place",
        up: &["obj"],
        down: &["obl"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Passive,
        confidence: 0.55,
        kinds: ("p", "ctr"),
        cases: &["in", "near", "at", "outside"],
    },
    // ... in a farmhouse near Bagheria: a place in the place named.
    Pattern {
        name: "object-held-in-place",
        up: &["obj"],
        down: &["obl", "nmod"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Passive,
        confidence: 0.5,
        kinds: ("p", "ctr"),
        cases: &["in", "near", "at", "outside"],
    },
    // Police arrested Juan Perez in Madrid, when the parse hangs the place
    // from the name.
    Pattern {
        name: "object-held-in-place",
        up: &[],
        down: &["nmod"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Passive,
        confidence: 0.5,
        kinds: ("p", "ctr"),
        cases: &["in", "near", "at", "outside"],
    },
    // "The Jatiya Party of jailed former president Hussain Mohammad
    // Ershad", "the National Council for the Defence of Democracy (CNDD)
    // of Leonard Nyangoma": a body of a person is the body the person
    // leads.
    // (The "of" is checked with the pattern's name: the cases are the
    // fact's object's, here the body.)
    Pattern {
        name: "body-of-person",
        up: &[],
        down: &["nmod!"],
        top: Top::Subject,
        reversed: true,
        wording: Wording::Fixed("leads"),
        confidence: 0.5,
        kinds: ("p", "og"),
        cases: &[],
    },
    Pattern {
        name: "body-of-person",
        up: &[],
        down: &["nmod!", "appos"],
        top: Top::Subject,
        reversed: true,
        wording: Wording::Fixed("leads"),
        confidence: 0.5,
        kinds: ("p", "og"),
        cases: &[],
    },
    // X is the president of Y; X is Y's coach.
    Pattern {
        name: "copula-role",
        up: &["nsubj"],
        down: &["nmod"],
        top: Top::Copula,
        reversed: false,
        wording: Wording::Role,
        confidence: 0.7,
        kinds: ("pogctr", "pogctr"),
        cases: &[],
    },
    Pattern {
        name: "copula-role-owner",
        up: &["nsubj"],
        down: &["nmod:poss"],
        top: Top::Copula,
        reversed: false,
        wording: Wording::Role,
        confidence: 0.7,
        kinds: ("pogctr", "pogctr"),
        cases: &[],
    },
    // BlackRock CEO Larry Fink; Tunisia's coach Nabil Maaloul.
    Pattern {
        name: "title-owner",
        up: &[],
        down: &["compound"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Role,
        confidence: 0.6,
        kinds: ("p", "ogctr"),
        cases: &[],
    },
    Pattern {
        name: "title-owner-nested",
        up: &[],
        down: &["compound", "compound"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Role,
        confidence: 0.6,
        kinds: ("p", "ogctr"),
        cases: &[],
    },
    Pattern {
        name: "title-owner-possessive",
        up: &[],
        down: &["compound", "nmod:poss"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Role,
        confidence: 0.6,
        kinds: ("p", "ogctr"),
        cases: &[],
    },
    // Malaysia's Prime Minister, Najib Razak; Tunisia's coach Nabil Maaloul.
    Pattern {
        name: "owner-role-apposition",
        up: &["nmod:poss"],
        down: &["appos"],
        top: Top::Role,
        reversed: true,
        wording: Wording::Role,
        confidence: 0.7,
        kinds: ("ogctr", "p"),
        cases: &[],
    },
    // Japan's ambassador to Peru, Morihisa Aoki; the brother of President
    // Alberto Fujimori, Pedro Fujimori: the role's phrase, then its holder.
    Pattern {
        name: "role-object-holder",
        up: &["nmod!"],
        down: &["appos"],
        top: Top::Role,
        reversed: true,
        wording: Wording::Role,
        confidence: 0.6,
        kinds: ("p", "pogctr"),
        cases: &["of", "to", "for", "at"],
    },
    // Kristen Wilkins, curator of USI; Kevin Conroy, the voice of Batman.
    Pattern {
        name: "apposition-description",
        up: &[],
        down: &["appos", "nmod"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Role,
        confidence: 0.55,
        kinds: ("p", "pogctr"),
        cases: &["of", "at", "for", "with"],
    },
    // "Dole, a former Senate majority leader from Kansas": where the
    // person described is from.
    Pattern {
        name: "apposition-origin",
        up: &[],
        down: &["appos", "nmod"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Fixed("is from"),
        confidence: 0.55,
        kinds: ("p", "ctr"),
        cases: &["from"],
    },
    // Korea's Kim Shin-Wook; Italy's la Repubblica; Mecca's Grand Mosque.
    Pattern {
        name: "possessive",
        up: &[],
        down: &["nmod:poss"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Owner,
        confidence: 0.55,
        kinds: ("pogtrv", "ogctr"),
        cases: &[],
    },
    // Kaunda's United National Independence Party; "Kaunda, whose United
    // National Independence Party boycotted the poll": the person is of
    // the body.
    Pattern {
        name: "possessive-body",
        up: &[],
        down: &["nmod:poss"],
        top: Top::Subject,
        reversed: true,
        wording: Wording::Fixed("belongs to"),
        confidence: 0.5,
        kinds: ("p", "og"),
        cases: &[],
    },
    // Immortals, from Brazil; Manju Sam, 36, from Sydney: where a person
    // or a team comes from, said beside the name.
    Pattern {
        name: "origin",
        up: &[],
        down: &["nmod"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Fixed("is from"),
        confidence: 0.6,
        kinds: ("po", "ctr"),
        cases: &["from"],
    },
    // Irving, Texas; Mountain View, California.
    Pattern {
        name: "place-in-place",
        up: &[],
        down: &["appos"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Fixed("is in"),
        confidence: 0.7,
        kinds: ("trv", "ctr"),
        cases: &[],
    },
    Pattern {
        name: "place-in-place-unmarked",
        up: &[],
        down: &["nmod:unmarked"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Fixed("is in"),
        confidence: 0.7,
        kinds: ("trv", "ctr"),
        cases: &[],
    },
    // "Kisangani, Zaire's third largest city"; "Goma, the capital of North
    // Kivu"; "Arusha, a town in northern Tanzania": a place, then in
    // apposition a place's common noun (`PLACE_NOUNS`) of another place.
    Pattern {
        name: "place-noun-appos-owner",
        up: &[],
        down: &["appos", "nmod:poss"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Fixed("is in"),
        confidence: 0.65,
        kinds: ("trv", "ctr"),
        cases: &[],
    },
    Pattern {
        name: "place-noun-appos-of",
        up: &[],
        down: &["appos", "nmod"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Fixed("is in"),
        confidence: 0.65,
        kinds: ("trv", "ctr"),
        cases: &["of", "in"],
    },
    // "Tanzania's Kigoma region", "Iraq's port of Basra": a place's
    // common noun owned by one place and named by another.
    Pattern {
        name: "place-noun-owner-name",
        up: &["nmod:poss"],
        down: &["compound"],
        top: Top::Noun,
        reversed: true,
        wording: Wording::Fixed("is in"),
        confidence: 0.6,
        kinds: ("trv", "ctr"),
        cases: &[],
    },
    Pattern {
        name: "place-noun-owner-name",
        up: &["nmod:poss"],
        down: &["nmod"],
        top: Top::Noun,
        reversed: true,
        wording: Wording::Fixed("is in"),
        confidence: 0.6,
        kinds: ("trv", "ctr"),
        cases: &["of"],
    },
    // "in Chicago, Illinois" when the parse hangs Illinois elsewhere (from
    // the venue before: "the Adler Planetarium in Chicago, Illinois"): a
    // city (or a region), a comma and a region or country right after it whose phrase
    // ends there, not in a list (the path limits of `fact` still apply).
    Pattern {
        name: "place-in-place-adjacent",
        up: &[],
        down: &[],
        top: Top::Adjacent,
        reversed: false,
        wording: Wording::Fixed("is in"),
        confidence: 0.6,
        kinds: ("tr", "cr"),
        cases: &[],
    },
    // The University of Arkansas, Fayetteville: a body or a venue, a comma
    // and the town it is in, its phrase ending there (the checks of the
    // place-in-place patterns).
    Pattern {
        name: "place-in-place-venue-adjacent",
        up: &[],
        down: &[],
        top: Top::Adjacent,
        reversed: false,
        wording: Wording::Fixed("is in"),
        confidence: 0.55,
        kinds: ("ov", "t"),
        cases: &[],
    },
    // The Pace Galleries at USI; Launch Pad 39A at the Kennedy Space
    // Center: a venue or a body at another.
    Pattern {
        name: "venue-at-venue",
        up: &[],
        down: &["nmod"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Fixed("is at"),
        confidence: 0.6,
        kinds: ("vog", "vo"),
        cases: &["at"],
    },
    // Analyst John Smith of Deutsche Bank: a person of a body works for it
    // (the parse may hang the phrase on the name's last word).
    Pattern {
        name: "person-of-body",
        up: &[],
        down: &["nmod"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Fixed("works for"),
        confidence: 0.55,
        kinds: ("p", "og"),
        cases: &["of"],
    },
    Pattern {
        name: "person-of-body",
        up: &[],
        down: &["flat", "nmod"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Fixed("works for"),
        confidence: 0.55,
        kinds: ("p", "og"),
        cases: &["of"],
    },
    // Daimler-Benz AG, Germany's largest industrial group: a company
    // described as a country's is based there.
    Pattern {
        name: "apposition-owner-place",
        up: &[],
        down: &["appos", "nmod:poss"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Fixed("is based in"),
        confidence: 0.55,
        kinds: ("o", "ctr"),
        cases: &[],
    },
    // Senator William Cohen of Maine: a person of a place is from it.
    Pattern {
        name: "origin-of",
        up: &[],
        down: &["nmod"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Fixed("is from"),
        confidence: 0.55,
        kinds: ("p", "ctr"),
        cases: &["of"],
    },
    // Headlines: "Boeing to buy McDonnell Douglas", "Clinton to meet
    // Yeltsin": a name, then "to" and a verb, is what the name is to do.
    Pattern {
        name: "headline-infinitive",
        up: &[],
        down: &["xcomp", "obj"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.6,
        kinds: (PARTIES, ANY),
        cases: &[],
    },
    Pattern {
        name: "headline-infinitive",
        up: &[],
        down: &["xcomp", "obl!"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.55,
        kinds: (PARTIES, ANY),
        cases: &[],
    },
    // (The parse may read the "to" clause as the name's modifier: "Tate &
    // Lyle to buy Spain's Azucarera Ebro"; the root is checked below.)
    Pattern {
        name: "headline-infinitive",
        up: &[],
        down: &["acl", "obj"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.55,
        kinds: (PARTIES, ANY),
        cases: &[],
    },
    Pattern {
        name: "headline-infinitive",
        up: &[],
        down: &["acl", "obl!"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.5,
        kinds: (PARTIES, ANY),
        cases: &[],
    },
    // Immortals, from Brazil, when the parse makes the phrase an apposition.
    Pattern {
        name: "origin-apposition",
        up: &[],
        down: &["appos"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Fixed("is from"),
        confidence: 0.55,
        kinds: ("po", "ctr"),
        cases: &["from"],
    },
    // The Fisht Stadium in Sochi; the Museum of Flight in Seattle.
    Pattern {
        name: "venue-in-place",
        up: &[],
        down: &["nmod"],
        top: Top::Subject,
        reversed: false,
        wording: Wording::Fixed("is in"),
        confidence: 0.65,
        kinds: ("vo", "ctr"),
        cases: &["in"],
    },
    // X scored from Y's assist; X came at Y's invitation: Y did the deed
    // for X (the noun says which, `DEEDS`).
    Pattern {
        name: "deed-owner",
        up: &["nsubj!"],
        down: &["obl", "nmod:poss"],
        top: Top::Verb,
        reversed: true,
        wording: Wording::Deed,
        confidence: 0.6,
        kinds: ("p", "pogc"),
        cases: &[],
    },
    Pattern {
        name: "deed-owner",
        up: &["nsubj!"],
        down: &["advcl", "obl", "nmod:poss"],
        top: Top::Verb,
        reversed: true,
        wording: Wording::Deed,
        confidence: 0.55,
        kinds: ("p", "pogc"),
        cases: &[],
    },
    Pattern {
        name: "deed-owner",
        up: &["nsubj!"],
        down: &["advcl", "obj", "nmod", "nmod:poss"],
        top: Top::Verb,
        reversed: true,
        wording: Wording::Deed,
        confidence: 0.5,
        kinds: ("p", "pogc"),
        cases: &[],
    },
    // "the panel will hold a hearing on Pena", "would not hold a hearing
    // on Clinton's nomination of Weld": the one the hearing is on (not
    // "would hold confirmation hearings in mid-January", which names no
    // one).
    Pattern {
        name: "hearing-on",
        up: &["nsubj"],
        down: &["obj", "nmod"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.55,
        kinds: ("pog", "p"),
        cases: &["on"],
    },
    Pattern {
        name: "hearing-on",
        up: &["nsubj"],
        down: &["obj", "nmod", "nmod"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.5,
        kinds: ("pog", "p"),
        cases: &["of"],
    },
    // Kinkel will visit Lisbon for talks with Guterres; arrived for a
    // meeting with Y: the talks the visit is for (the parse may hang them
    // from the place visited).
    Pattern {
        name: "verb-for-talks",
        up: &["nsubj"],
        down: &["obl", "nmod"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Fixed("holds talks with"),
        confidence: 0.6,
        kinds: (PARTIES, PARTIES),
        cases: &["with"],
    },
    Pattern {
        name: "verb-for-talks",
        up: &["nsubj"],
        down: &["obj", "nmod", "nmod"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Fixed("holds talks with"),
        confidence: 0.55,
        kinds: (PARTIES, PARTIES),
        cases: &["with"],
    },
    Pattern {
        name: "verb-for-talks",
        up: &["nsubj"],
        down: &["obl", "nmod", "nmod"],
        top: Top::Verb,
        reversed: false,
        wording: Wording::Fixed("holds talks with"),
        confidence: 0.55,
        kinds: (PARTIES, PARTIES),
        cases: &["with"],
    },
    // X's visit to Y; talks with Y.
    Pattern {
        name: "event-noun",
        up: &["nmod:poss"],
        down: &["nmod"],
        top: Top::EventNoun,
        reversed: false,
        wording: Wording::Noun,
        confidence: 0.55,
        kinds: (PARTIES, ANY),
        cases: &[],
    },
    // X and Y signed a deal; talks between X and Y.
    Pattern {
        name: "joint-subjects",
        up: &[],
        down: &["conj"],
        top: Top::Joint,
        reversed: false,
        wording: Wording::Verb,
        confidence: 0.55,
        kinds: (PARTIES, PARTIES),
        cases: &[],
    },
];

/// Prepositions a role takes its owner with besides "of" ("ambassador
/// to", "spokesman for", "professor at").
const ROLE_CASES: &[&str] = &["to", "for", "at"];

/// Nouns of a deed done for someone, with the deed as a verb, for "X
/// scored from Y's assist" (Y assisted X) and "X came at Y's invitation"
/// (Y invited X).
const DEEDS: &[(&str, &str)] = &[
    ("assist", "assisted"),
    ("pass", "passed to"),
    ("cross", "crossed to"),
    ("invitation", "invited"),
];

/// Deeds done to people whose place the object's oblique gives ("police
/// arrested X near Y").
const DONE_TO_PEOPLE: &[&str] = &[
    "arrest", "detain", "capture", "kill", "shoot", "kidnap", "abduct", "wound", "seize", "jail",
    "imprison", "hold", "bury", "execute", "convict", "try", "sentence", "hang",
];

/// The deed done to people at `top`: the verb itself, or the verb whose
/// object `top` is.
fn deed_done_to(doc: &Doc, top: usize) -> Option<usize> {
    let done = |v: usize| doc.tags[v].is_verb() && DONE_TO_PEOPLE.contains(&doc.lemmas[v].as_str());
    if done(top) {
        return Some(top);
    }
    doc.heads[top].filter(|&v| doc.deps[top].is("obj") && done(v))
}

/// A verb's simple past, for a relation worded from a participle.
fn past(lemma: &str) -> String {
    const IRREGULAR: &[(&str, &str)] = &[
        ("meet", "met"),
        ("hold", "held"),
        ("speak", "spoke"),
        ("see", "saw"),
        ("take", "took"),
        ("give", "gave"),
        ("make", "made"),
        ("tell", "told"),
        ("leave", "left"),
        ("win", "won"),
        ("lose", "lost"),
        ("beat", "beat"),
        ("lead", "led"),
        ("send", "sent"),
        ("sign", "signed"),
        ("fly", "flew"),
        ("go", "went"),
        ("buy", "bought"),
        ("sell", "sold"),
        ("bring", "brought"),
        ("hit", "hit"),
        ("put", "put"),
        ("run", "ran"),
        ("write", "wrote"),
        ("say", "said"),
    ];
    if let Some((_, p)) = IRREGULAR.iter().find(|(l, _)| *l == lemma) {
        return (*p).to_string();
    }
    if lemma.ends_with('e') {
        format!("{lemma}d")
    } else if let Some(stem) = lemma
        .strip_suffix('y')
        .filter(|s| !s.ends_with(['a', 'e', 'o', 'u']))
    {
        format!("{stem}ied")
    } else {
        format!("{lemma}ed")
    }
}

fn deed(lemma: &str) -> Option<&'static str> {
    DEEDS.iter().find(|(n, _)| *n == lemma).map(|(_, v)| *v)
}

/// Whether `v` has a "to" of its own: a "to" clause ("asked Ross to
/// press", "plans to visit").
fn to_clause(doc: &Doc, v: usize) -> bool {
    doc.children[v]
        .iter()
        .any(|&m| doc.deps[m].is("mark") && doc.lower[m] == "to")
}

/// Whether `c` is a verb's negation ("not", "n't", "never").
fn negation(doc: &Doc, c: usize) -> bool {
    doc.deps[c].is("advmod") && matches!(doc.lower[c].as_str(), "not" | "n't" | "never")
}

/// Verbs that ask their addressee to do what their "to" clause says:
/// what is asked for is hoped for, not done.
const ASKING: &[&str] = &[
    "urge",
    "press",
    "ask",
    "call",
    "encourage",
    "invite",
    "appeal",
];

/// Lemmas of actions two parties do together.
const JOINT: &[&str] = &[
    "settle",
    "clash",
    "sign",
    "agree",
    "meet",
    "talk",
    "negotiate",
    "discuss",
    "cooperate",
    "collaborate",
    "partner",
    "merge",
    "ally",
    "fight",
    "clash",
    "trade",
    "draw",
    "tie",
    "compete",
    "play",
    "marry",
    "divorce",
    "reconcile",
    "join",
    "launch",
    "found",
    "form",
    "hold",
    "announce",
];

/// Nouns that name an event between parties.
const EVENT_NOUNS: &[&str] = &[
    "visit",
    "meeting",
    "talk",
    "trip",
    "call",
    "deal",
    "agreement",
    "attack",
    "war",
    "match",
    "game",
    "summit",
    "acquisition",
    "purchase",
    "merger",
    "partnership",
    "alliance",
    "victory",
    "defeat",
    "win",
    "invasion",
    "arrest",
    "interview",
    "letter",
    "message",
    "statement",
    "lawsuit",
    "suit",
    "contract",
    "treaty",
    "negotiation",
    "dispute",
    "conflict",
    "relation",
    "relationship",
    "cooperation",
    "support",
    "criticism",
];

/// Lemmas that carry another verb and say how sure it is ("plans to
/// visit").
fn carrier_status(lemma: &str) -> Option<Status> {
    Some(match lemma {
        "plan" | "intend" | "schedule" | "set" | "prepare" | "aim" | "arrange" | "due"
        | "slate" | "going" => Status::Planned,
        "expect" | "predict" | "likely" | "anticipate" | "forecast" => Status::Expected,
        "hope" | "want" | "wish" | "seek" | "try" | "attempt" => Status::Hoped,
        "agree" => Status::Agreed,
        "pledge" | "promise" | "vow" | "commit" => Status::Pledged,
        "may" | "might" | "could" | "possible" | "consider" | "ready" | "willing" | "prepared" => {
            Status::Possible
        }
        _ => return None,
    })
}

/// Verbs that hand their object a task in a "to" clause ("named Pena to
/// head", "asked Ross to press").
const OBJECT_CONTROL: &[&str] = &[
    "name",
    "appoint",
    "ask",
    "invite",
    "choose",
    "pick",
    "nominate",
    "elect",
    "tap",
    "urge",
    "persuade",
    "order",
    "allow",
    "hire",
    "select",
    "designate",
    "send",
    "encourage",
    "force",
    "press",
    "tell",
    "call",
];

/// Verbs whose object is where the subject is: "X faced Y at the stadium".
const MEETING_VERBS: &[&str] = &[
    "face", "play", "beat", "defeat", "meet", "host", "welcome", "receive", "draw", "tie",
];

fn kind_letter(kind: EntityKind) -> char {
    match kind {
        EntityKind::Person => 'p',
        EntityKind::Organisation => 'o',
        EntityKind::GovernmentBody => 'g',
        EntityKind::Country => 'c',
        EntityKind::City => 't',
        EntityKind::Region => 'r',
        EntityKind::Venue => 'v',
        _ => '-',
    }
}

/// "German Foreign Minister Klaus Kinkel", "Swede Thomas Enqvist", "the
/// Dutch club PSV Eindhoven", "the eastern Zairean town of Goma", "the
/// Athens football club Panathinaikos": `a` a people's word (no name of
/// its own) or a place's name before a body's, `b` the name whose phrase
/// it opens, with at most three nouns or adjectives between (a place's
/// noun and "of" before a place), and the tree path between them inside
/// the phrase.
#[allow(clippy::too_many_arguments)]
fn demonym_phrase(
    doc: &Doc,
    entities: &[Draft],
    entity_at: &HashMap<usize, usize>,
    a: &Anchor,
    b: &Anchor,
    up: &[usize],
    top: usize,
    down: &[usize],
) -> bool {
    let mention = |x: &Anchor| mention_at(entities, x.entity, x.token);
    let Some(m) = mention(b) else {
        return false;
    };
    let from = if entity_at.contains_key(&a.token) {
        // A place's name, then a body's noun: "the Athens football club".
        let place = matches!(
            entities[a.entity].kind,
            EntityKind::City | EntityKind::Region | EntityKind::Country
        );
        match mention(a) {
            Some(am) if place && entities[b.entity].kind == EntityKind::Organisation => {
                if am.end >= m.start {
                    return false;
                }
                am.end
            }
            _ => return false,
        }
    } else if lexicon::demonym(doc.word(a.token)).is_some() {
        a.token + 1
    } else {
        return false;
    };
    // "Australians Todd Woodbridge and Mark Woodforde", "Two Albanians,
    // Ilir Hoxha and Gezim Leka": a people's word in the plural opens a
    // list of people, each of them from there; the list's first name
    // stands in for the later ones.
    let plural = doc.word(a.token).ends_with('s') && !entity_at.contains_key(&a.token);
    let person = |e: usize| entities[e].kind == EntityKind::Person;
    let mut m = m;
    if plural && person(b.entity) {
        for _ in 0..8 {
            let joined = m.start >= 2 && matches!(doc.word(m.start - 1), "and" | ",");
            let before = joined
                .then(|| entity_at.get(&(m.start - 2)))
                .flatten()
                .filter(|&&e| person(e))
                .and_then(|&e| mention_at(entities, e, m.start - 2));
            match before {
                Some(p) if p.start > a.token => m.start = p.start,
                _ => break,
            }
        }
        // (And a comma right after the word: "Albanians, Ilir Hoxha".)
        if m.start == a.token + 2 && doc.word(a.token + 1) == "," {
            m.start = a.token + 1;
        }
    }
    if m.start <= a.token
        || m.start - from > 3
        || doc.sentence_of[a.token] != doc.sentence_of[m.start]
    {
        return false;
    }
    // "the Zairean town of Goma": a place's noun and "of" before a place.
    let of_place = m.start >= from + 2
        && doc.lower[m.start - 1] == "of"
        && matches!(
            doc.lemmas[m.start - 2].as_str(),
            "town"
                | "city"
                | "village"
                | "province"
                | "region"
                | "state"
                | "island"
                | "port"
                | "district"
                | "capital"
        )
        && matches!(
            entities[b.entity].kind,
            EntityKind::City | EntityKind::Region
        );
    let nouns = if of_place {
        from..m.start - 1
    } else {
        from..m.start
    };
    let between_ok = nouns.clone().all(|k| {
        let penn = doc.tags[k].penn();
        // (A word the tagger got wrong may still be a noun: "subsidiary"
        // tagged a number; a participle is an adjective: "state-owned".)
        (penn.starts_with("NN") || penn.starts_with("JJ") || matches!(penn, "CD" | "VBN" | "VBG"))
            && !entity_at.contains_key(&k)
            && doc.word(k).chars().all(|c| c.is_alphabetic() || c == '-')
    });
    // (A place's name needs a noun between: "Athens Panathinaikos" is no
    // phrase of this kind.)
    let some_noun = from == a.token + 1 || nouns.clone().any(|k| doc.tags[k].is_noun());
    let inside = |t: usize| t >= a.token && t < m.end;
    // A people's word right before a person's name is the person's,
    // however the parse hangs it ("Jalabert and Swiss Alex Zulle would
    // share", where "Swiss" went to "Jalabert").
    let touching = m.start == a.token + 1
        && !entity_at.contains_key(&a.token)
        && entities[b.entity].kind == EntityKind::Person;
    between_ok
        && some_noun
        && (of_place || touching || (inside(top) && up.iter().chain(down).all(|&t| inside(t))))
}

/// Whether relation `dep` matches a pattern step.
fn step_matches(dep: crate::labels::Dep, step: &str) -> bool {
    if let Some(exact) = step.strip_suffix('!') {
        // The relation itself or its unmarked variant, no other subtype
        // ("obl!" is not "obl:tmod" or "obl:agent").
        return dep.name() == exact || dep.name() == format!("{exact}:unmarked");
    }
    if step.contains(':') {
        dep.name() == step
    } else {
        dep.base() == step
    }
}

/// A thing the sentence names: the token it is read from, its entity, and
/// why it was inferred.
#[derive(Clone, Debug)]
struct Anchor {
    token: usize,
    entity: usize,
    note: Option<String>,
    confidence: f32,
}

/// A role noun with a copula of its own ("is a leading member of",
/// "which is not a member of"): a predicate, which carries its own status.
fn role_with_copula(doc: &Doc, r: usize) -> bool {
    lexicon::is_role(&doc.lemmas[r]) && doc.child(r, "cop").is_some()
}

/// Steps from `t` up through conjunctions to the token that holds its
/// place ("Y" in "met X and Y" holds the place of "X").
fn through_conj(doc: &Doc, mut t: usize) -> usize {
    t = through_title(doc, t);
    for _ in 0..8 {
        match doc.heads[t] {
            Some(h) if doc.deps[t].is("conj") && !doc.tags[h].is_verb() => t = h,
            _ => break,
        }
    }
    t
}

/// Whether the name at `t` is the owner in a title before a person's name
/// ("UN" in "UN Secretary-General Antonio Guterres", "GIP Chairman
/// Adebayo Ogunlesi"), read from the words, whatever the parse made of
/// them.
fn title_owner(doc: &Doc, entities: &[Draft], entity_at: &HashMap<usize, usize>, t: usize) -> bool {
    // A country by its adjective ("Polish Prime Minister Mateusz
    // Morawiecki") has no mention of its own: the adjective is the owner.
    let m = entity_at
        .get(&t)
        .and_then(|&e| {
            entities[e]
                .mentions
                .iter()
                .find(|m| m.contains(&t))
                .cloned()
        })
        .unwrap_or(t..t + 1);
    let mut i = m.end;
    while i < doc.len() && i < m.end + 3 && lexicon::is_title(doc.word(i)) {
        i += 1;
    }
    i > m.end
        && entity_at
            .get(&i)
            .is_some_and(|&p| entities[p].kind == EntityKind::Person)
}

/// A name whose title the parse made its head ("President" over "Lee" in
/// "President Lee Jae Myung" by `flat` or `compound`) stands where its title
/// stands: the relations above the title are the name's.
fn through_title(doc: &Doc, t: usize) -> usize {
    match doc.heads[t] {
        Some(h)
            if h < t
                && t - h <= 3
                && (doc.deps[t].is("flat")
                    || doc.deps[t].is("compound")
                    // ("United States Vice President Al Gore" with the name
                    // an unmarked nmod of the owner.)
                    || (doc.deps[t].is("nmod")
                        && !doc.children[t].iter().any(|&c| doc.deps[c].is("case"))
                        && (h..t).all(|k| doc.word(k).starts_with(char::is_uppercase))))
                // "Secretary-General Antonio Guterres", or the title's owner
                // heading the chain ("UN Secretary-General Antonio Guterres").
                && (h..t).any(|k| lexicon::is_title(doc.word(k))) =>
        {
            h
        }
        _ => t,
    }
}

/// "the match referee Joel Aguilar awarded…", "Swedish captain Andreas
/// Granqvist scored…", "Volvo agreed to buy Dutch firm Steyr": the role
/// or the word for a company right before a name in apposition to it,
/// where the name stands in the clause.
fn through_role(doc: &Doc, t: usize) -> Option<usize> {
    let h = doc.heads[t].filter(|&h| h < t)?;
    // Right after the role, or after its comma ("The European Union's new
    // Middle East envoy, Miguel Angel Moratinos, met …"): between the two
    // only the comma and the name's own first words.
    let near = t - h <= 3 && (h + 1..t).all(|k| !doc.deps[k].is("punct"));
    let after_comma = t - h <= 5
        && doc.word(h + 1) == ","
        && (h + 2..t).all(|k| {
            doc.heads[k] == Some(t) && (doc.deps[k].is("compound") || doc.deps[k].is("flat"))
        });
    ((near || after_comma)
        && doc.deps[t].is("appos")
        && (lexicon::is_title(doc.word(h))
            || lexicon::is_role(&doc.lemmas[h])
            || (doc.tags[h].is_noun()
                && doc.word(h).starts_with(char::is_lowercase)
                && lexicon::is_company_noun(&doc.lemmas[h]))))
    .then_some(h)
}

/// The path from `a` up to the lowest common head and down to `b`: the
/// relations up (from `a`), the top token, the relations down (to `b`)
/// and the tokens passed on the way down (without `b`).
fn path(doc: &Doc, a: usize, b: usize) -> Option<(Vec<usize>, usize, Vec<usize>)> {
    let ancestors = |mut t: usize| {
        let mut v = vec![t];
        for _ in 0..12 {
            match doc.heads[t] {
                Some(h) => {
                    v.push(h);
                    t = h;
                }
                None => break,
            }
        }
        v
    };
    let up_a = ancestors(a);
    let up_b = ancestors(b);
    let (ia, top) = up_a
        .iter()
        .enumerate()
        .find(|(_, t)| up_b.contains(t))
        .map(|(i, t)| (i, *t))?;
    let ib = up_b.iter().position(|t| *t == top)?;
    // Tokens below the top on each side, from the end upwards.
    Some((
        up_a[..ia].to_vec(),
        top,
        up_b[..ib].iter().rev().copied().collect(),
    ))
}

/// The facts of `doc`.
pub fn facts(
    doc: &Doc,
    entities: &[Draft],
    coref: &Coref,
    demonyms: &HashMap<usize, usize>,
    parties: &HashMap<usize, usize>,
    speaker_of_token: &dyn Fn(usize) -> Option<usize>,
    relations: Option<&Relations>,
) -> Vec<Fact> {
    // Token -> entity, for mention tokens.
    let mut entity_at: HashMap<usize, usize> = HashMap::default();
    for (e, d) in entities.iter().enumerate() {
        for m in &d.mentions {
            for t in m.clone() {
                entity_at.entry(t).or_insert(e);
            }
        }
    }
    let mut unmatched: Vec<(Anchor, Anchor)> = Vec::new();
    let mut out = titles(doc, entities, &entity_at, coref, demonyms, speaker_of_token);
    out.extend(owners_in_names(doc, entities, speaker_of_token));
    out.extend(parts_before_names(doc, entities, &entity_at));
    out.extend(names_before_parts(doc, entities, &entity_at, coref));
    out.extend(results(doc, entities, &entity_at));
    out.extend(wins_over(doc, entities, &entity_at));
    out.extend(scored_as_team_won(doc, entities, &entity_at));
    out.extend(based_in(doc, entities, &entity_at, demonyms));
    out.extend(backed_by(doc, entities, &entity_at, demonyms));
    out.extend(headquarters_in(doc, entities, &entity_at));
    out.extend(listed_members(doc, entities, &entity_at));
    out.extend(one_of_members(doc, entities, &entity_at));
    out.extend(described_nationalities(
        doc, entities, &entity_at, coref, demonyms,
    ));
    out.extend(scene_places(doc, entities, &entity_at));
    out.extend(spoken(doc, entities, &entity_at, coref));
    out.extend(own_base_in(doc, entities, &entity_at, coref));
    out.extend(talks_with(
        doc,
        entities,
        &entity_at,
        coref,
        speaker_of_token,
    ));
    out.extend(shares_traded_in(doc, entities, &entity_at));
    out.extend(attended_by(doc, entities, &entity_at));
    out.extend(party_members(doc, entities, &entity_at, parties));
    out.extend(meeting_places(doc, entities, &entity_at));
    out.extend(talks_places(doc, entities, &entity_at));
    out.extend(agents_of_bodies(doc, entities, &entity_at));
    out.extend(players(doc, entities, &entity_at));
    out.extend(wins_given(doc, entities, &entity_at));
    out.extend(apposed_roles(doc, entities, &entity_at));
    out.extend(appointed_as(doc, entities, &entity_at, coref));
    out.extend(between_two(doc, entities, &entity_at, speaker_of_token));
    out.extend(pair_met(doc, entities, &entity_at, speaker_of_token));
    out.extend(parties_of_people(
        doc,
        entities,
        &entity_at,
        speaker_of_token,
    ));
    let mut anchors_of = anchors(doc, entities, &entity_at, coref, demonyms);
    for (k, s) in doc.sentences.iter().enumerate() {
        if is_question(doc, s) {
            continue;
        }
        let anchors = std::mem::take(&mut anchors_of[k]);
        // Names far apart in a long list relate through the list, not to
        // each other: each anchor pairs with the next few only.
        for (i, a) in anchors.iter().enumerate() {
            for b in anchors.iter().skip(i + 1).take(MAX_PARTNERS) {
                if a.entity == b.entity {
                    continue;
                }
                let found = [(a, b), (b, a)].into_iter().find_map(|(x, y)| {
                    match_pair(doc, entities, &entity_at, x, y, speaker_of_token)
                });
                match found {
                    Some(f) => out.push(f),
                    None => unmatched.push((a.clone(), b.clone())),
                }
            }
        }
    }
    let shared = coordinated_objects(doc, entities, &entity_at, &out);
    out.extend(shared);
    if let Some(relations) = relations {
        let learner = Learner {
            relations,
            demonyms,
        };
        let covered = covered_pairs(doc, &out);
        for (a, b) in &unmatched {
            let key = pair_key(doc, a, b);
            if covered.contains(&key) {
                continue;
            }
            if let Some(f) = learned(doc, entities, &entity_at, &learner, a, b, speaker_of_token) {
                out.push(f);
            }
        }
    }
    // (After the learned facts: "who met Hollis Harris in Chicago" is
    // learned.)
    let met = met_where(doc, entities, &entity_at, &out);
    out.extend(met);
    let approved = approvals(doc, entities, &entity_at, &out);
    out.extend(approved);
    let grounds = match_grounds(doc, entities, &entity_at, &out);
    out.extend(grounds);
    // A dateline says where the story was filed, not a fact of it
    // ("ARUSHA, Tanzania 1996-10-15").
    let datelines: Vec<Range<usize>> = doc
        .lines()
        .filter(|l| lexicon::is_dateline(doc.span_text(l.clone())))
        .collect();
    out.retain(|f| {
        !datelines
            .iter()
            .any(|l| l.start <= f.evidence.start && f.evidence.end <= l.end)
    });
    // Nor is a name in the writer's quoted words for something.
    out.retain(|f| {
        let (s, o) = f.anchors;
        let sentence = doc.sentences[doc.sentence_of[o]].clone();
        !scare_quoted(doc, sentence.clone(), s) && !scare_quoted(doc, sentence, o)
    });
    // Nor is a role "of" someone whom "of" names in the possessive: "Weld,
    // a member of Helms's own Republican Party" is a member of the party,
    // not of Helms ("Ukraine's Prime Minister" is Ukraine's, and so is
    // "the dismissal of Britain's Agriculture Minister Douglas Hogg").
    out.retain(|f| {
        let (p, o) = f.anchors;
        let s = doc.sentences[doc.sentence_of[o]].clone();
        let start = mention_start(&entity_at, f.object, o, s.start);
        let end = mention_end(&entity_at, f.object, o, s.end);
        !(f.relation.ends_with(" of")
            && p < start
            && start > s.start
            && doc.word(start - 1) == "of"
            && end < s.end
            && doc.tags[end].penn() == "POS")
    });
    // "ASTON VILLA SIGN CZECH MIDFIELDER REHAK FROM SPARTA": a shouted
    // headline's words are worded in small letters.
    for f in &mut out {
        let shouted = doc.sentences[doc.sentence_of[f.evidence.start]]
            .clone()
            .all(|t| !doc.word(t).chars().any(char::is_lowercase));
        if shouted {
            f.relation = f.relation.to_lowercase();
            f.role = f.role.as_ref().map(|r| r.to_lowercase());
        }
    }
    // Evidence that starts or ends inside an end's name holds the whole
    // name ("Union envoy Miguel Angel Moratinos" was the evidence of
    // "is envoy of European Union").
    for f in &mut out {
        for (e, t) in [(f.subject, f.anchors.0), (f.object, f.anchors.1)] {
            if let Some(m) = mention_at(entities, e, t)
                .filter(|m| m.start < f.evidence.end && f.evidence.start < m.end)
            {
                f.evidence.start = f.evidence.start.min(m.start);
                f.evidence.end = f.evidence.end.max(m.end);
            }
        }
    }
    dedupe(doc, out)
}

/// (sentence, entity, entity) of a pair of anchors, the smaller entity
/// first.
fn pair_key(doc: &Doc, a: &Anchor, b: &Anchor) -> (usize, usize, usize) {
    (
        doc.sentence_of[a.token],
        a.entity.min(b.entity),
        a.entity.max(b.entity),
    )
}

/// The (sentence, entity, entity) of every fact.
fn covered_pairs(doc: &Doc, facts: &[Fact]) -> HashSet<(usize, usize, usize)> {
    facts
        .iter()
        .map(|f| {
            (
                doc.sentence_of[f.evidence.start],
                f.subject.min(f.object),
                f.subject.max(f.object),
            )
        })
        .collect()
}

/// The path between two anchors, through conjunctions as patterns read it,
/// with its features for [`Relations`].
fn learned_features(
    doc: &Doc,
    entities: &[Draft],
    a: &Anchor,
    b: &Anchor,
) -> Option<(TreePath, Vec<String>)> {
    let (ta, tb) = (through_conj(doc, a.token), through_conj(doc, b.token));
    let (up, top, down) = path(doc, ta, tb)?;
    let features = crate::relate::features(
        doc,
        &up,
        top,
        &down,
        (
            kind_letter(entities[a.entity].kind),
            kind_letter(entities[b.entity].kind),
        ),
        a.note.is_some() || b.note.is_some(),
    );
    Some(((up, top, down), features))
}

/// A path in the tree: the tokens below the top on the first end's side
/// (from the end upwards), the top, and those on the second's (downwards).
type TreePath = (Vec<usize>, usize, Vec<usize>);

/// What the learned pass reads besides the document: the model, and the
/// people's words that stand for countries.
struct Learner<'a> {
    relations: &'a Relations,
    demonyms: &'a HashMap<usize, usize>,
}

/// The longest sentence, in tokens, whose pairs the learned model reads.
const MAX_LEARNED_SENTENCE: usize = 45;

/// Nouns for people who stand for the body they are of ("the Jatiya Party
/// leaders", "Officers of the National Police Agency").
const PEOPLE_OF_BODIES: &[&str] = &[
    "leader",
    "official",
    "officer",
    "member",
    "representative",
    "delegation",
    "envoy",
    "correspondent",
    "reporter",
    "negotiator",
    "diplomat",
    "executive",
    "chief",
    "soldier",
    "troop",
];

/// How a learned fact is worded when a verb carries it.
const LEARNED: Pattern = Pattern {
    name: "learned",
    up: &[],
    down: &[],
    top: Top::Verb,
    reversed: false,
    wording: Wording::Verb,
    confidence: 0.5,
    kinds: (ANY, ANY),
    cases: &[],
};

/// Whether the learned model is asked about a pair at all.
fn learnable(
    doc: &Doc,
    entity_at: &HashMap<usize, usize>,
    demonyms: &HashMap<usize, usize>,
    a: &Anchor,
    b: &Anchor,
) -> bool {
    // Lists and long sentences ("Polaroids of actor Dennis Hopper;
    // musician Nick Rhodes…") relate their names through the list: the
    // model learned from short wire sentences and is not asked there.
    let sentence = doc.sentences[doc.sentence_of[a.token]].clone();
    let (lo, hi) = (a.token.min(b.token), a.token.max(b.token));
    let names_between = (lo + 1..hi)
        .filter(|&t| doc.tags[t].is_proper() && !doc.tags[t - 1].is_proper())
        .count();
    if sentence.len() > MAX_LEARNED_SENTENCE
        || names_between > 2
        || sentence.clone().any(|t| doc.word(t) == ";")
    {
        return false;
    }
    // A people's word ("beat American Pete Sampras"), the owner of another
    // name ("will debate Dole's running mate Jack Kemp") and a name that
    // qualifies another ("UN" of "a UN Security Council meeting") are no
    // party to the verb: the patterns read what they say.
    // (Token `t` is in a mention of an entity other than `x`'s.)
    let other = |x: &Anchor, t: usize| entity_at.get(&t).is_some_and(|&e| e != x.entity);
    // (Through a title's words: "UN" of "UN Secretary-General Antonio
    // Guterres" qualifies the person, and is not met.)
    let owner = |x: &Anchor| {
        let t = through_conj(doc, x.token);
        let mut h = doc.heads[t];
        let mut steps = 0;
        while let Some(k) = h.filter(|&k| {
            steps < 4 && doc.deps[k].is("compound") && !other(x, k) && entity_at.get(&k).is_none()
        }) {
            h = doc.heads[k];
            steps += 1;
        }
        (doc.deps[t].is("nmod:poss") || doc.deps[t].is("compound"))
            && h.is_some_and(|h| {
                other(x, h)
                    || doc.children[h].iter().any(|&c| {
                        (doc.deps[c].is("appos") || doc.deps[c].is("flat")) && other(x, c)
                    })
            })
    };
    // A name the parse ran into another ("signed England midfielder Paul
    // Ince" read as one flat phrase) is read by the patterns only.
    let close = |t: usize| {
        ["flat", "compound", "appos"]
            .iter()
            .any(|d| doc.deps[t].is(d))
    };
    let tangled = |x: &Anchor| {
        let t = through_conj(doc, x.token);
        (close(t) && doc.heads[t].is_some_and(|h| other(x, h)))
            || doc.children[t].iter().any(|&c| close(c) && other(x, c))
    };
    let demonym = |x: &Anchor| demonyms.contains_key(&x.token);
    // A source ("according to AFP") says the sentence; it is no party to it.
    let source = |x: &Anchor| {
        let t = through_conj(doc, x.token);
        let w = |k: usize| k < doc.len() && doc.lower[k] == "according";
        doc.children[t].iter().any(|&c| w(c)) || (t >= 2 && w(t - 2) && doc.lower[t - 1] == "to")
    };
    // "Honduras' deputy ambassador to the United Nations": the owner of a
    // role and what the role is to are the role's facts, the patterns'
    // (the holder's), not a fact between the two.
    let role_ends = |x: &Anchor, y: &Anchor| {
        let t = through_conj(doc, x.token);
        doc.deps[t].is("nmod:poss")
            && doc.heads[t].is_some_and(|h| {
                lexicon::is_role(&doc.lemmas[h]) && doc.heads[through_conj(doc, y.token)] == Some(h)
            })
    };
    // A name's head word, past its own compound and flat words.
    let top = |x: &Anchor| {
        let mut t = through_conj(doc, x.token);
        while let Some(h) = doc.heads[t].filter(|&h| {
            (doc.deps[t].is("compound") || doc.deps[t].is("flat"))
                && entity_at.get(&h) == Some(&x.entity)
        }) {
            t = h;
        }
        t
    };
    // An object the parse hung from a noun ("opposition leader
    // Cuauhtemoc Cardenas" with the name the object of "leader") is a
    // broken tree, not a deed.
    let broken = |x: &Anchor| {
        let t = top(x);
        doc.deps[t].is("obj")
            && doc.heads[t].is_some_and(|h| doc.tags[h].is_noun() || doc.tags[h].is_proper())
    };
    // Two people each named after a role, the roles joined by "and"
    // ("Mexico City regent Oscar Espinosa Villarreal and opposition leader
    // Cuauhtemoc Cardenas"): a list, not a relation.
    // (Nor a name and what another role joined to the first is of: "THY
    // chairman Yusuf Bozkurt and Jean Pierson, managing director of Airbus
    // Industrie".)
    // Each end's head word, once.
    let (ta, tb) = (top(a), top(b));
    let listed_roles = {
        let role_of = |t: usize| doc.heads[t].filter(|_| doc.deps[t].is("appos"));
        let joined = |x: usize, y: usize| {
            (doc.deps[y].is("conj") && doc.heads[y] == Some(x))
                || (doc.deps[x].is("conj") && doc.heads[x] == Some(y))
        };
        let role_noun = |t: usize| lexicon::is_role(&doc.lemmas[t]);
        let of_role = |t: usize| doc.heads[t].filter(|&h| doc.deps[t].is("nmod") && role_noun(h));
        match (role_of(ta), role_of(tb)) {
            (Some(ra), Some(rb)) => joined(ra, rb),
            (Some(ra), None) => of_role(tb).is_some_and(|rb| role_noun(ra) && joined(ra, rb)),
            (None, Some(rb)) => of_role(ta).is_some_and(|ra| role_noun(rb) && joined(ra, rb)),
            _ => false,
        }
    };
    if listed_roles {
        return false;
    }
    // The subject of a clause of time or reason ("since Netanyahu took
    // office", "because Kohl was ill") does nothing to a name outside it.
    let subordinate_subject = |t: usize, y: &Anchor| {
        doc.deps[t].is("nsubj")
            && doc.heads[t].is_some_and(|v| {
                doc.children[v].iter().any(|&c| {
                    doc.deps[c].is("mark")
                        && lexicon::ADVERBIAL_MARKS.contains(&doc.lower[c].as_str())
                }) && !doc.subtree(v).contains(&y.token)
            })
    };
    if subordinate_subject(ta, b) || subordinate_subject(tb, a) {
        return false;
    }
    // Nor does a clause of place or time with a subject of its own
    // ("Lviv, where he will open a branch of the Goethe Institute") do
    // anything of a name outside it.
    let others_clause = |x: &Anchor, ty: usize| {
        let mut v = ty;
        while !doc.tags[v].is_verb() {
            match doc.heads[v] {
                Some(h) => v = h,
                None => return false,
            }
        }
        !doc.subtree(v).contains(&x.token)
            && doc.children[v]
                .iter()
                .any(|&c| matches!(doc.lower[c].as_str(), "where" | "when"))
            && doc.children[v].iter().any(|&c| {
                (doc.deps[c].is("nsubj") || doc.deps[c].is("nsubj:pass"))
                    && c != ty
                    && entity_at.get(&c) != Some(&x.entity)
            })
    };
    if others_clause(a, tb) || others_clause(b, ta) {
        return false;
    }
    // Two subjects of one verb (a list the parse did not join: "Foreign
    // Minister I.K. Gujral and Finance Minister P. Chidambaram have been
    // mentioned") do the verb side by side, nothing to each other.
    let subject = |t: usize| doc.deps[t].is("nsubj") || doc.deps[t].is("nsubj:pass");
    if subject(ta) && subject(tb) && doc.heads[ta] == doc.heads[tb] {
        return false;
    }
    !(demonym(a)
        || demonym(b)
        || broken(a)
        || broken(b)
        || owner(a)
        || owner(b)
        || tangled(a)
        || tangled(b)
        || source(a)
        || source(b)
        || role_ends(a, b)
        || role_ends(b, a))
}

/// Whether token `t` is inside a short quoted phrase with no verb ("to
/// declare the return of “a democratic Korea”"): the writer's words for
/// something, not a party to the sentence's fact.
fn scare_quoted(doc: &Doc, sentence: Range<usize>, t: usize) -> bool {
    let quote = |k: usize| matches!(doc.word(k), "\"" | "“" | "”");
    let Some(open) = (sentence.start..t).rev().take(9).find(|&k| quote(k)) else {
        return false;
    };
    let Some(close) = (t + 1..sentence.end).take(9).find(|&k| quote(k)) else {
        return false;
    };
    // An opening quote: the first of the sentence's quotes, or after an
    // even number of them.
    let opening = (sentence.start..open).filter(|&k| quote(k)).count() % 2 == 0;
    opening && close - open <= 9 && !(open + 1..close).any(|k| doc.tags[k].is_verb())
}

/// A fact no pattern drafted, when the model of [`Relations`] is sure the
/// sentence relates the two: worded by the words between the two names
/// when they are few ("headquarters of"), or by the verb or noun at the
/// path's top with the object's preposition ("approved", "brother of").
fn learned(
    doc: &Doc,
    entities: &[Draft],
    entity_at: &HashMap<usize, usize>,
    learner: &Learner,
    a: &Anchor,
    b: &Anchor,
    speaker_of_token: &dyn Fn(usize) -> Option<usize>,
) -> Option<Fact> {
    if !learnable(doc, entity_at, learner.demonyms, a, b) {
        return None;
    }
    // Two names joined by "and" ("the United States and Britain would not
    // cut aid") share the sentence's role; neither is the other's party,
    // unless what they do they do together ("Saudi Arabia and Venezuela
    // clash over quotas", "X and Y will meet").
    let span = |x: &Anchor| mention_at(entities, x.entity, x.token).unwrap_or(x.token..x.token + 1);
    let (first, second) = if a.token < b.token {
        (span(a), span(b))
    } else {
        (span(b), span(a))
    };
    let joined = first.end < second.start
        && second.start - first.end <= 2
        && (first.end..second.start).any(|t| matches!(doc.lower[t].as_str(), "and" | "or"))
        && (first.end..second.start)
            .all(|t| matches!(doc.lower[t].as_str(), "and" | "or" | "the" | ","));
    // (The joint verb next, perhaps after its auxiliaries; a headline's
    // may be read as a noun.)
    let together = (second.end..(second.end + 3).min(doc.len()))
        .find(|&t| !(doc.tags[t].penn() == "MD" || doc.lemmas[t] == "have"))
        .is_some_and(|t| JOINT.contains(&doc.lemmas[t].as_str()));
    if joined && !together {
        return None;
    }
    let ((up, top, down), features) = learned_features(doc, entities, a, b)?;
    if win_over(doc, entities, a, b, &up, top, &down)
        || signed_from(doc, entities, entity_at, top, a, b)
    {
        return None;
    }
    // "he still hoped to sign a striker to play alongside Milosevic": a
    // clause with no subject of its own under a verb whose object is a
    // person (by name or by trade) is the object's doing, not the
    // subject's.
    let object_controls = std::iter::once(top)
        .chain(down.iter().copied())
        .zip(down.iter().copied())
        .any(|(v, c)| {
            doc.tags[v].is_verb()
                && (doc.deps[c].is("advcl") || doc.deps[c].is("xcomp"))
                && doc.tags[c].is_verb()
                && doc.child(c, "nsubj").is_none()
                && doc.children_with(v, "obj").any(|o| {
                    // (Not the path's own end: "press Chiluba to open
                    // talks" is Chiluba's doing.)
                    !down.contains(&o)
                        && !up.contains(&o)
                        && (lexicon::is_role(&doc.lemmas[o])
                            || entity_at
                                .get(&o)
                                .is_some_and(|&e| entities[e].kind == EntityKind::Person))
                })
        });
    if object_controls {
        return None;
    }
    // (The owner "whose" stands for reads through the possessive, not
    // through the clause: the patterns'.)
    if [up.last(), down.first()]
        .into_iter()
        .flatten()
        .any(|&r| whose_relative(doc, r))
    {
        return None;
    }
    // Through a conjunction only to a thing of the same sort: "scored for
    // Lazio and Abel Balbo equalised" read with Balbo coordinated with the
    // team is no goal scored for Balbo.
    let person = |e: usize| entities[e].kind == EntityKind::Person;
    let crosses_kinds = |x: &Anchor| {
        let t = through_conj(doc, x.token);
        t != x.token
            && entity_at
                .get(&t)
                .is_some_and(|&e| person(e) != person(x.entity))
    };
    if crosses_kinds(a) || crosses_kinds(b) {
        return None;
    }
    let p = learner.relations.probability(&features);
    if p < learner.relations.threshold {
        return None;
    }
    // The subject: the end that is the top's subject, else the first.
    let subject_below = |side: &[usize], end: usize| {
        side.last()
            .or(Some(&end))
            .is_some_and(|&t| t != top && doc.deps[t].is("nsubj"))
    };
    let b_first =
        !subject_below(&up, a.token) && down.first().is_some_and(|&t| doc.deps[t].is("nsubj"));
    let (subject, object) = if b_first { (b, a) } else { (a, b) };
    let span = |x: &Anchor| mention_at(entities, x.entity, x.token).unwrap_or(x.token..x.token + 1);
    let (sa, so) = (span(subject), span(object));
    // The path's ends (each anchor, through its conjunctions).
    let (ta, tb) = (
        up.first().copied().unwrap_or(top),
        down.last().copied().unwrap_or(top),
    );
    // The object's side of the path, from below the top down to it.
    let (object_end, object_side): (usize, Vec<usize>) = if b_first {
        (ta, up.iter().rev().copied().collect())
    } else {
        (tb, down.clone())
    };
    // "Jalabert won the Fleche Wallonne classic…, pulling clear of
    // Bartoli": a clause with no subject of its own hung from the verb is
    // its subject's doing, not its object's.
    let subject_side: Vec<usize> = if b_first {
        down.iter().rev().copied().collect()
    } else {
        up.clone()
    };
    let from_object = subject_side
        .last()
        .is_some_and(|&t| doc.deps[t].is("obj") || doc.deps[t].is("iobj"));
    let into_clause = object_side.first().is_some_and(|&c| {
        doc.tags[c].is_verb() && doc.deps[c].is("advcl") && doc.child(c, "nsubj").is_none()
    });
    if doc.tags[top].is_verb() && from_object && into_clause {
        return None;
    }
    // The verb nearest the object on the path, or at its top, words it
    // as the patterns word a verb's facts ("is scheduled to return to");
    // without one, the words between the names ("headquarters of") or the
    // noun at the top ("brother of").
    let clause_verb = |t: usize| {
        doc.tags[t].is_verb()
            && ["xcomp", "conj", "ccomp", "advcl", "acl", "parataxis"]
                .iter()
                .any(|d| doc.deps[t].is(d))
    };
    let verb = object_side
        .iter()
        .rev()
        .copied()
        .find(|&t| clause_verb(t))
        .or_else(|| doc.tags[top].is_verb().then_some(top));
    // Reported speech is no fact between speaker and content, as for the
    // patterns.
    if verb.is_some_and(|v| {
        reports_speech(doc, v)
            || resultative(doc, v, a.token, b.token)
            || resultative(doc, v, b.token, a.token)
    }) {
        return None;
    }
    let relation = match verb {
        Some(v) => {
            // The path's tokens below the verb, down to the object (all of
            // them when the verb is the top: "met with Larry Fink, chairman
            // … of BlackRock", not "met of").
            let below: Vec<usize> = if v == top {
                object_side.clone()
            } else {
                object_side
                    .iter()
                    .copied()
                    .skip_while(|&t| t != v)
                    .skip(1)
                    .collect()
            };
            Some(wording(doc, entities, &LEARNED, v, &below, subject, object))
        }
        None => between_words(doc, &sa, &so)
            .or_else(|| top_words(doc, top, object_side.first().copied(), object_end)),
    }
    .map(|r| tidy_learned(&r))
    // (A measure is no relation: "Liberal Alliance had 49.2 percent of the
    // vote against 38.6 percent for the Sandinista Front".)
    .filter(|r| !r.is_empty() && !matches!(r.as_str(), "percent" | "per cent" | "points" | "%"))?;
    let status = verb.map_or(Status::Stated, |v| status_of(doc, v));
    let note = joined_notes(subject, object);
    let ends = subject.confidence.min(object.confidence);
    let attributed_to =
        speaker_of_token(top).filter(|s| *s != subject.entity && *s != object.entity);
    Some(Fact {
        subject: subject.entity,
        object: object.entity,
        relation,
        status,
        attributed_to,
        role: None,
        evidence: clause(doc, top, ta, tb),
        anchors: (subject.token, object.token),
        note,
        confidence: (0.6 * p * (0.5 + 0.5 * ends)).clamp(0.05, 0.6),
        pattern: "learned",
    })
}

/// Whether a path through "give" reaches a side after "win over" ("to
/// give the Colorado Avalanche a 4-3 win over the Detroit Red Wings"): the
/// giver does nothing to the side beaten (`wins_given` reads the win).
fn win_over(
    doc: &Doc,
    entities: &[Draft],
    a: &Anchor,
    b: &Anchor,
    up: &[usize],
    top: usize,
    down: &[usize],
) -> bool {
    let beaten = |x: &Anchor| {
        let start = mention_at(entities, x.entity, x.token).map_or(x.token, |m| m.start);
        // ("over the Detroit Red Wings", "OVER RED WINGS" with only
        // "WINGS" the mention.)
        (1..=3).any(|k| {
            start >= k
                && doc.lower[start - k] == "over"
                && (start - k + 1..start).all(|u| doc.lower[u] == "the" || doc.tags[u].is_proper())
        })
    };
    (beaten(a) || beaten(b))
        && up
            .iter()
            .chain(down)
            .chain(std::iter::once(&top))
            .any(|&t| doc.lemmas[t] == "give")
}

/// Whether the signing or buying at `v` of a person named after it is
/// "from" one end ("Aston Villa signed Czech international midfielder
/// Tomas Rehak from Sparta Prague"): the player came from that club; the
/// club that signs did nothing with it.
fn signed_from(
    doc: &Doc,
    entities: &[Draft],
    entity_at: &HashMap<usize, usize>,
    v: usize,
    a: &Anchor,
    b: &Anchor,
) -> bool {
    if !matches!(
        doc.lower[v].as_str(),
        "sign" | "signs" | "signed" | "buy" | "buys" | "bought"
    ) {
        return false;
    }
    // (A name, not a pronoun standing for one; and the player no end.)
    [a, b].into_iter().any(|x| {
        let start = mention_at(entities, x.entity, x.token).map_or(x.token, |m| m.start);
        entity_at.contains_key(&x.token)
            && start > v + 1
            && doc.lower[start - 1] == "from"
            && (v + 1..start - 1).any(|t| {
                entity_at.get(&t).is_some_and(|&e| {
                    entities[e].kind == EntityKind::Person && e != a.entity && e != b.entity
                })
            })
    })
}

/// Whether `r` is a relative clause whose subject "whose" owns ("Jalal
/// Talabani, whose Patriotic Union of Kurdistan has fought the KDP"): what
/// the clause does is not the deed of the name it hangs from.
fn whose_relative(doc: &Doc, r: usize) -> bool {
    doc.deps[r].is("acl:relcl")
        && doc.children[r].iter().any(|&n| {
            (doc.deps[n].is("nsubj") || doc.deps[n].is("nsubj:pass"))
                && doc.children[n].iter().any(|&w| doc.lower[w] == "whose")
        })
}

/// Whether verb `v` makes `end`, its object, something ("Fink would
/// mobilize capital to make Korea the AI capital of Asia") and `other` is
/// outside the clause: what is made is no party its maker deals with (a
/// name inside what it is made is: "will make Tate & Lyle the largest
/// sugar refiner in Europe").
fn resultative(doc: &Doc, v: usize, end: usize, other: usize) -> bool {
    matches!(doc.lemmas[v].as_str(), "make" | "turn" | "render")
        && doc.heads[end] == Some(v)
        && doc.deps[end].is("obj")
        && !doc.subtree(v).contains(&other)
        && doc.children[v]
            .iter()
            .filter(|&&c| {
                doc.deps[c].is("obj") || doc.deps[c].is("xcomp") || doc.deps[c].is("iobj")
            })
            .count()
            >= 2
}

/// Whether verb `v` reports speech ("said", "added"): no fact between the
/// speaker and what is said; "told", "wrote to" and "asked" are facts
/// between the speaker and who is told.
fn reports_speech(doc: &Doc, v: usize) -> bool {
    lexicon::SPEECH_VERBS.contains(&doc.lemmas[v].as_str())
        && !matches!(doc.lemmas[v].as_str(), "tell" | "write" | "ask")
}

/// Why a fact's ends were inferred, both notes when both were.
fn joined_notes(a: &Anchor, b: &Anchor) -> Option<String> {
    match (&a.note, &b.note) {
        (Some(x), Some(y)) => Some(format!("{x} {y}")),
        (Some(x), None) | (None, Some(x)) => Some(x.clone()),
        _ => None,
    }
}

/// A learned relation's words without names and a dangling article
/// ("discuss the Seoul" of "discuss the Seoul-Washington alliance":
/// "discuss").
fn tidy_learned(relation: &str) -> String {
    let mut words: Vec<&str> = relation
        .split_whitespace()
        .enumerate()
        .filter(|(i, w)| *i == 0 || !w.starts_with(char::is_uppercase))
        .map(|(_, w)| w)
        .collect();
    // The names gone, a little word left before a preposition goes too:
    // "told reporters at Kimpo Airport in" is "told reporters in", "flew to
    // Damascus from" "flew from".
    let preposition = |w: &str| lexicon::RELATION_PREPOSITIONS.contains(&w);
    let little = |w: &str| preposition(w) || matches!(w, "the" | "a" | "an" | "and");
    let mut k = 1;
    while k < words.len() {
        if preposition(words[k]) && little(words[k - 1]) && k > 1 {
            words.remove(k - 1);
            k = k.saturating_sub(1).max(1);
        } else {
            k += 1;
        }
    }
    trim_articles(&mut words);
    words.join(" ")
}

/// Drops an article or owner's word left at the end of a relation's words
/// ("told the" of "told the Interfax news agency").
fn trim_articles(words: &mut Vec<&str>) {
    while words
        .last()
        .is_some_and(|w| matches!(*w, "the" | "a" | "an" | "its" | "their" | "his" | "her"))
    {
        words.pop();
    }
}

/// The words between two names when they are a few and say something
/// ("headquarters of", "approved"): no punctuation, not only little words.
fn between_words(doc: &Doc, a: &Range<usize>, b: &Range<usize>) -> Option<String> {
    let (lo, hi) = if a.end <= b.start {
        (a.end, b.start)
    } else if b.end <= a.start {
        (b.end, a.start)
    } else {
        return None;
    };
    if hi <= lo || hi - lo > 5 {
        return None;
    }
    let words = lo..hi;
    let content = words
        .clone()
        .any(|t| (doc.tags[t].is_verb() || doc.tags[t].is_noun()) && !doc.tags[t].is_proper());
    let clean = words.clone().all(|t| {
        !doc.tags[t].is_punct()
            && !doc.tags[t].is_proper()
            && !matches!(doc.lower[t].as_str(), "'s" | "’s")
            && !lexicon::SPEECH_VERBS.contains(&doc.lemmas[t].as_str())
    });
    (content && clean).then(|| doc.join_words(words))
}

/// The common noun at the top of the path with the object's preposition
/// ("brother of"). `below` is the path's first step down from the top: a
/// place reached through another noun that says where the top is ("a post
/// of UNIFIL near the village of Qana") is no "post of" it.
fn top_words(doc: &Doc, top: usize, below: Option<usize>, object: usize) -> Option<String> {
    if doc.tags[top].is_proper() || !doc.tags[top].is_noun() {
        return None;
    }
    let case = |t: usize| doc.child(t, "case").map(|c| doc.lower[c].as_str());
    if below.is_some_and(|t| {
        t != object
            && !doc.tags[t].is_proper()
            && matches!(
                case(t),
                Some("near" | "outside" | "around" | "beyond" | "behind" | "off")
            )
    }) {
        return None;
    }
    let mut words = vec![doc.word(top).to_string()];
    if let Some(c) = doc.children[object]
        .iter()
        .find(|&&c| doc.deps[c].is("case") && !matches!(doc.lower[c].as_str(), "'s" | "’s"))
    {
        words.push(doc.lower[*c].clone());
    }
    Some(words.join(" "))
}

/// "U.S. envoy Dennis Ross met Israeli Prime Minister Benjamin Netanyahu
/// in Jerusalem": where one met another, the other met the first ("met
/// Dennis Ross in"), when the place hangs from "meet" and the one met is
/// its object.
fn met_where(
    doc: &Doc,
    entities: &[Draft],
    entity_at: &HashMap<usize, usize>,
    facts: &[Fact],
) -> Vec<Fact> {
    let mut out = Vec::new();
    for f in facts {
        let place = f.anchors.1;
        let Some(mut v) = doc.heads[place] else {
            continue;
        };
        // (Or hung from the one met: "who met Harris in Chicago".)
        let mut hung = doc.deps[place].is("obl");
        if doc.deps[place].is("nmod") && doc.deps[v].is("obj") {
            if let Some(h) = doc.heads[v] {
                v = h;
                hung = true;
            }
        }
        let case = doc.child(place, "case").map(|c| doc.lower[c].as_str());
        if !entities[f.object].kind.is_place()
            || f.status != Status::Stated
            || doc.lemmas[v] != "meet"
            || !hung
            || !matches!(case, Some("in" | "at"))
        {
            continue;
        }
        let met = doc
            .child(v, "obj")
            .and_then(|o| entity_at.get(&o).map(|&e| (e, o)));
        let Some((m, at)) = met.filter(|&(m, _)| {
            m != f.subject && m != f.object && entities[m].kind == EntityKind::Person
        }) else {
            continue;
        };
        if facts.iter().any(|g| {
            (g.subject, g.object) == (m, f.object)
                && doc.sentence_of[g.evidence.start] == doc.sentence_of[f.evidence.start]
        }) {
            continue;
        }
        let mut g = words_fact(
            entities,
            (m, f.object),
            &format!("met {} {}", entities[f.subject].name, case.unwrap_or("in")),
            f.evidence.clone(),
            (at, place),
            0.6,
            "met-where",
        );
        g.attributed_to = f.attributed_to;
        out.push(g);
    }
    out
}

/// Nouns of a deal between parties, which a regulator approves.
const DEAL_NOUNS: &[&str] = &[
    "deal",
    "purchase",
    "takeover",
    "venture",
    "pact",
    "merger",
    "acquisition",
    "sale",
    "bid",
    "alliance",
    "agreement",
    "arrangement",
    "transaction",
    "tie-up",
    "accord",
    "buyout",
];

/// Words of a drafted relation that make its fact a deal, and those of a
/// deal both ends are party to ("agreed to form an alliance with").
const DEAL_WORDS: &[&str] = &[
    "buy",
    "bought",
    "acquire",
    "acquired",
    "purchase",
    "takeover",
    "take over",
    "took over",
    "took control",
    "sell",
    "sold",
    "merge",
    "merger",
    "alliance",
    "pact",
    "agreement",
    "accord",
    "deal",
    "venture",
    "tie-up",
    "bid",
];
const JOINT_DEAL_WORDS: &[&str] = &[
    "merge",
    "merger",
    "alliance",
    "pact",
    "agreement",
    "accord",
    "venture",
    "tie-up",
];

/// "The deal still needs the approval of the European Commission", "The
/// purchase has to be approved by the Civil Aviation Authority",
/// "Anderson, who must approve the code-sharing arrangements": a body or
/// person whose approval a deal needs approves the deal of its parties.
/// "The deal" is the story's first deal of the noun's sort (what its lead
/// reports; "the alliance" no purchase), "that
/// purchase" the one before; the parties are that fact's subject, and its
/// object too when both are party to it (an alliance, a merger, a pact
/// signed together).
fn approvals(
    doc: &Doc,
    entities: &[Draft],
    entity_at: &HashMap<usize, usize>,
    facts: &[Fact],
) -> Vec<Fact> {
    let approver_kind = |e: usize| {
        matches!(
            entities[e].kind,
            EntityKind::Person | EntityKind::Organisation | EntityKind::GovernmentBody
        )
    };
    // An approver's entity at a token, or at the name in apposition to it
    // ("Spain's new telecoms regulator, the Comision…"); and one joined to
    // it ("…, and of Brazil's Communications Ministry").
    let named = |t: usize| -> Option<usize> {
        entity_at
            .get(&t)
            .copied()
            .or_else(|| {
                doc.child(t, "appos")
                    .and_then(|a| entity_at.get(&a).copied())
            })
            .filter(|&e| approver_kind(e))
    };
    let approvers = |t: usize| -> Vec<(usize, usize)> {
        std::iter::once(t)
            .chain(doc.children_with(t, "conj"))
            .filter_map(|x| named(x).map(|e| (e, x)))
            .collect()
    };
    let deal_fact = |f: &Fact| {
        let r = f.relation.to_lowercase();
        f.status != Status::Negated
            && f.status != Status::NotPlanned
            && DEAL_WORDS.iter().any(|w| r.contains(w))
    };
    let mut out = Vec::new();
    for n in 0..doc.len() {
        if !doc.tags[n].is_noun()
            || doc.tags[n].is_proper()
            || !DEAL_NOUNS.contains(&doc.lemmas[n].as_str())
            || entity_at.contains_key(&n)
        {
            continue;
        }
        let Some(det) = doc
            .child(n, "det")
            .map(|d| doc.lower[d].as_str())
            .filter(|d| matches!(*d, "the" | "that" | "this"))
        else {
            continue;
        };
        // The verb the deal is the subject of, itself or through "which".
        let clause = |v: usize| -> bool {
            doc.child(v, "nsubj").or_else(|| doc.child(v, "nsubj:pass")) == Some(n)
                || (doc.heads[v] == Some(n)
                    && doc.deps[v].is("acl:relcl")
                    && doc
                        .child(v, "nsubj")
                        .is_some_and(|w| matches!(doc.lower[w].as_str(), "which" | "that")))
        };
        // Whether an approval is still to come ("must approve", "has to
        // be approved by", "will approve"), or was given ("the
        // Commission approved the deal").
        let to_come = |v: usize| {
            let modal = |t: usize| {
                doc.children[t].iter().any(|&c| {
                    doc.deps[c].is("aux")
                        && matches!(
                            doc.lower[c].as_str(),
                            "must"
                                | "will"
                                | "would"
                                | "should"
                                | "may"
                                | "might"
                                | "could"
                                | "can"
                                | "'ll"
                        )
                })
            };
            modal(v)
                || doc.heads[v].is_some_and(|h| {
                    doc.deps[v].is("xcomp")
                        && (modal(h) || matches!(doc.lemmas[h].as_str(), "have" | "need"))
                })
        };
        let mut past = false;
        let mut found: Vec<(usize, usize)> = Vec::new();
        for v in doc.sentences[doc.sentence_of[n]].clone() {
            if !doc.tags[v].is_verb() {
                continue;
            }
            match doc.lemmas[v].as_str() {
                // "needs the approval of X", "needs approval from X".
                "need" | "require" | "await" if clause(v) => {
                    if let Some(a) = doc
                        .child(v, "obj")
                        .filter(|&o| matches!(doc.lemmas[o].as_str(), "approval" | "consent"))
                    {
                        for x in doc.children[a]
                            .iter()
                            .chain(doc.children[v].iter())
                            .copied()
                        {
                            let by = doc
                                .child(x, "case")
                                .is_some_and(|c| matches!(doc.lower[c].as_str(), "of" | "from"));
                            if by {
                                found.extend(approvers(x));
                            }
                        }
                    }
                }
                // "has to be approved by X".
                "approve" if doc.heads[v].is_some_and(clause) || clause(v) => {
                    for x in doc.children_with(v, "obl:agent") {
                        found.extend(approvers(x));
                        past |= !to_come(v);
                    }
                }
                // "X, who must approve the arrangements".
                "approve" if doc.child(v, "obj") == Some(n) => {
                    let subject = doc.child(v, "nsubj").and_then(|w| {
                        if matches!(doc.lower[w].as_str(), "who" | "which") {
                            doc.heads[v].filter(|_| doc.deps[v].is("acl:relcl"))
                        } else {
                            Some(w)
                        }
                    });
                    if let Some(x) = subject {
                        found.extend(approvers(x));
                        past |= !to_come(v);
                    }
                }
                _ => {}
            }
        }
        if found.is_empty() {
            continue;
        }
        let here = doc.sentences[doc.sentence_of[n]].clone();
        // (A deal of the noun's sort: "the alliance" is no purchase, "the
        // takeover" no alliance; "the deal" any.)
        let sort: &[&str] = match doc.lemmas[n].as_str() {
            "alliance" | "tie-up" => &["alliance", "tie-up"],
            "merger" => &["merge"],
            "venture" => &["venture"],
            "sale" => &["sell", "sold"],
            "purchase" | "acquisition" | "takeover" | "buyout" | "bid" => &[
                "buy",
                "bought",
                "acquire",
                "purchase",
                "take over",
                "took over",
                "took control",
                "takeover",
                "bid",
            ],
            _ => &[""],
        };
        let earlier = facts.iter().filter(|f| {
            let r = f.relation.to_lowercase();
            f.evidence.end <= here.start && deal_fact(f) && sort.iter().any(|w| r.contains(w))
        });
        // (The lead's before the headline's, whose telegraphic words the
        // parse reads least well: "Air Canada and Lufthansa sign alliance,
        // eye United link".)
        let headline = doc.headline().unwrap_or(0..0);
        let deal = if det == "the" {
            earlier.min_by_key(|f| (headline.contains(&f.evidence.start), f.evidence.start))
        } else {
            earlier.max_by_key(|f| f.evidence.start)
        };
        let Some(deal) = deal else {
            continue;
        };
        let r = deal.relation.to_lowercase();
        let joint =
            deal.pattern == "joint-subjects" || JOINT_DEAL_WORDS.iter().any(|w| r.contains(w));
        // (A bid "from" someone is theirs: "Lakeway rejected a hostile
        // takeover bid from Carnegie".)
        let bid_from = r.ends_with(" from") && (r.contains("bid") || r.contains("offer"));
        let mut parties = if bid_from {
            vec![deal.object]
        } else {
            vec![deal.subject]
        };
        if joint {
            parties.push(deal.object);
        }
        for &(x, at) in &found {
            for &party in &parties {
                if party == x
                    || entities[party].kind.is_place()
                        && entities[party].kind != EntityKind::GovernmentBody
                {
                    continue;
                }
                let mut f = words_fact(
                    entities,
                    (x, party),
                    &format!(
                        "{} the {} of",
                        if past { "approved" } else { "must approve" },
                        doc.word(n)
                    ),
                    here.clone(),
                    (at, n),
                    0.5,
                    "approval",
                );
                f.note = Some(format!(
                    "“{} {}” taken as the deal of {}.",
                    doc.word(doc.child(n, "det").unwrap_or(n)),
                    doc.word(n),
                    entities[party].name
                ));
                out.push(f);
            }
        }
    }
    out
}

/// "was accompanied by Foreign Minister Herve de Charette and Trade
/// Minister Yves Galland", where the parse hung the second name inside the
/// first: a verb's object followed by "and", perhaps a title, and another
/// name of the same kind that no verb follows is an object of the same
/// verb.
fn coordinated_objects(
    doc: &Doc,
    entities: &[Draft],
    entity_at: &HashMap<usize, usize>,
    facts: &[Fact],
) -> Vec<Fact> {
    let pairs: rustc_hash::FxHashSet<(usize, usize)> = facts
        .iter()
        .flat_map(|g| [(g.subject, g.object), (g.object, g.subject)])
        .collect();
    let mut out = Vec::new();
    for f in facts {
        if !(f.pattern.starts_with("subject-") || f.pattern == "passive-agent") {
            continue;
        }
        let Some(m) = entities[f.object]
            .mentions
            .iter()
            .find(|m| m.contains(&f.anchors.1))
        else {
            continue;
        };
        let mut t = m.end;
        if t >= doc.len() || doc.lower[t] != "and" {
            continue;
        }
        t += 1;
        while t < doc.len() && lexicon::is_title(doc.word(t)) && entity_at.get(&t).is_none() {
            t += 1;
        }
        let Some(&o) = entity_at.get(&t) else {
            continue;
        };
        let end = mention_end(entity_at, o, t, doc.len());
        if o == f.subject
            || o == f.object
            || entities[o].kind != entities[f.object].kind
            || doc.sentence_of[t] != doc.sentence_of[m.start]
            || (end < doc.len() && (doc.tags[end].is_verb() || doc.tags[end].penn() == "MD"))
            || pairs.contains(&(f.subject, o))
        {
            continue;
        }
        out.push(Fact {
            object: o,
            evidence: f.evidence.start.min(t)..f.evidence.end.max(end),
            anchors: (f.anchors.0, t),
            confidence: f.confidence * 0.9,
            pattern: "coordinated-object",
            ..f.clone()
        });
    }
    out
}

/// A question states nothing.
fn is_question(doc: &Doc, s: &Range<usize>) -> bool {
    s.clone().any(|t| doc.word(t) == "?")
}

/// How many later anchors of its sentence each anchor is paired with.
const MAX_PARTNERS: usize = 12;

/// The things each sentence names, each at its head token, in token order.
fn anchors(
    doc: &Doc,
    entities: &[Draft],
    entity_at: &HashMap<usize, usize>,
    coref: &Coref,
    demonyms: &HashMap<usize, usize>,
) -> Vec<Vec<Anchor>> {
    let mut all: Vec<Vec<Anchor>> = vec![Vec::new(); doc.sentences.len()];
    for (&t, &e) in demonyms {
        if !demonyms.contains_key(&(t + 1)) {
            all[doc.sentence_of[t]].push(Anchor {
                token: t,
                entity: e,
                note: None,
                confidence: 0.8,
            });
        }
    }
    for (e, d) in entities.iter().enumerate() {
        for m in &d.mentions {
            all[doc.sentence_of[m.start]].push(Anchor {
                token: head_of(doc, m, d.kind.is_place()),
                entity: e,
                note: None,
                confidence: d.confidence,
            });
        }
    }
    for (t, e) in coref.iter() {
        // A fact rests on a resolution only when it is a clear one.
        if !entity_at.contains_key(&t) && coref.confidence(t) >= 0.5 {
            all[doc.sentence_of[t]].push(Anchor {
                token: t,
                entity: e,
                note: Some(format!("“{}” taken as {}.", doc.word(t), entities[e].name)),
                confidence: coref.confidence(t),
            });
        }
    }
    for out in &mut all {
        fact_explorer_core::sort::sort_by_key(out, |a| a.token);
    }
    all
}

/// Whether `role` is a trade (every word of it) and `kind` a place's: "British
/// financier Peter Harland" is from Britain, not its financier.
fn trade_of_place(role: &str, kind: EntityKind) -> bool {
    matches!(
        kind,
        EntityKind::Country | EntityKind::City | EntityKind::Region
    ) && !role.is_empty()
        && role
            .split_whitespace()
            .all(|w| lexicon::OCCUPATIONS.contains(&w.to_lowercase().as_str()))
}

/// Whether an entity of `kind` can be what a role is of: a body or a place
/// ("CEO of BlackRock", "President of Tanzania", "Mayor of Seoul").
fn owns_roles(kind: EntityKind) -> bool {
    matches!(
        kind,
        EntityKind::Organisation
            | EntityKind::GovernmentBody
            | EntityKind::Country
            | EntityKind::City
            | EntityKind::Region
    )
}

/// The country a story is about: the one it names (not by its people's
/// word) twice or more, and at least twice as often as any other.
fn home_country(entities: &[Draft], demonyms: &HashMap<usize, usize>) -> Option<usize> {
    home_country_by(entities, |d| {
        d.mentions
            .iter()
            .filter(|m| (m.start..m.end).any(|t| !demonyms.contains_key(&t)))
            .count()
    })
}

/// The country a story was filed from, when its dateline says which: the
/// country named after the place's comma ("GOMA, Zaire") or the one whose
/// capital the place is ("SEOUL", "NEW DELHI"), if the story names it (or
/// its people) again after the dateline.
fn dateline_country(
    doc: &Doc,
    entities: &[Draft],
    entity_at: &HashMap<usize, usize>,
    demonyms: &HashMap<usize, usize>,
) -> Option<usize> {
    let line = doc
        .lines()
        .find(|l| lexicon::is_dateline(doc.span_text(l.clone())))?;
    let country = |e: &usize| entities[*e].kind == EntityKind::Country;
    let named = line
        .clone()
        .find_map(|t| entity_at.get(&t).filter(|e| country(e)))
        .copied();
    let e = named.or_else(|| {
        let place: Vec<&str> = line
            .clone()
            .map(|t| doc.word(t))
            .take_while(|w| w.chars().all(|c| c.is_uppercase() || c == '-'))
            .collect();
        let place = lexicon::title_case(&place.join(" "));
        let e = lexicon::countries_of_capital(&place).find_map(|of| {
            let of = lexicon::country_name(of);
            entities
                .iter()
                .position(|d| d.kind == EntityKind::Country && lexicon::country_name(&d.name) == of)
        });
        e
    })?;
    let again = entities[e].mentions.iter().any(|m| m.start >= line.end)
        || demonyms.iter().any(|(&t, &c)| c == e && t >= line.end);
    again.then_some(e)
}

/// The country a story is about, counting each country's mentions with
/// `named`: the one named twice or more, and at least twice as often as
/// any other.
pub(crate) fn home_country_by(
    entities: &[Draft],
    named: impl Fn(&Draft) -> usize,
) -> Option<usize> {
    let mut counts: Vec<(usize, usize)> = entities
        .iter()
        .enumerate()
        .filter(|(_, d)| d.kind == EntityKind::Country)
        .map(|(e, d)| (named(d), e))
        .collect();
    fact_explorer_core::sort::sort_by(&mut counts, |a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let (n, e) = *counts.first()?;
    let second = counts.get(1).map_or(0, |c| c.0);
    (n >= 2 && n >= 2 * second).then_some(e)
}

/// Whether title words `role` (nearest the name first) are a national
/// government's, written as a title: "President", "Prime Minister",
/// "Finance Minister", "Treasurer", and not after a noun of their own
/// ("club president").
fn national_title(doc: &Doc, role: &[usize], start: usize) -> bool {
    let Some(&first) = role.last() else {
        return false;
    };
    let words: Vec<&str> = role.iter().map(|&x| doc.word(x)).collect();
    let national = words.iter().any(|w| {
        matches!(
            *w,
            "President" | "Minister" | "Premier" | "Chancellor" | "Treasurer" | "Vice-President"
        )
    });
    let capitalised = words
        .iter()
        .all(|w| lexicon::capitalised(w) || *w == "former");
    let before_ok =
        first == start || !(doc.tags[first - 1].is_noun() || doc.tags[first - 1].penn() == "JJ");
    national && capitalised && before_ok
}

/// Whether a title with no owner beside it is a company's office
/// ("chairman Manfred Schneider", "chief executive Stephen Brown", "deputy
/// chairman Cheong Choong Kong"), with nothing before it that could own it
/// ("union chairman" is the union's). `role` runs from the name backwards.
fn corporate_title(doc: &Doc, role: &[usize], start: usize) -> bool {
    let Some(&first) = role.last() else {
        return false;
    };
    let words: Vec<&str> = role
        .iter()
        .rev()
        .map(|&x| doc.lower[x].as_str())
        .skip_while(|w| matches!(*w, "former" | "deputy" | "acting"))
        .collect();
    let office = matches!(
        words.as_slice(),
        ["chairman"]
            | ["chairwoman"]
            | ["chief", "executive"]
            | ["chief", "executive", "officer"]
            | ["managing", "director"]
            | ["ceo"]
            | ["chief", "financial", "officer"]
            | ["chief", "operating", "officer"]
    );
    let before_ok = first == start
        || !(doc.tags[first - 1].is_noun()
            || doc.tags[first - 1].penn() == "JJ"
            || matches!(doc.tags[first - 1].penn(), "POS" | "PRP$"));
    office && before_ok
}

/// The owner a title with none of its own shares with the title before it
/// ("Egyptian President Hosni Mubarak and Foreign Minister Amr Moussa"):
/// right before the title (`role`, from the name backwards) "and" and
/// another person's name, whose titles have a people's word or a name
/// before them that can own a role; with the token it stands at.
fn shared_title_owner(
    doc: &Doc,
    entities: &[Draft],
    entity_at: &HashMap<usize, usize>,
    demonyms: &HashMap<usize, usize>,
    role: &[usize],
    start: usize,
    p: usize,
) -> Option<(usize, usize)> {
    let first = *role.last()?;
    let b = first
        .checked_sub(2)
        .filter(|&b| b >= start && doc.lower[b + 1] == "and")?;
    let q = *entity_at.get(&b)?;
    if q == p || entities[q].kind != EntityKind::Person {
        return None;
    }
    let qm = mention_at(entities, q, b).filter(|r| r.end == b + 1)?;
    let mut x = qm.start;
    while x > start && lexicon::is_title(doc.word(x - 1)) {
        x -= 1;
    }
    if x == qm.start || x == start {
        return None;
    }
    let o = *demonyms.get(&(x - 1)).or_else(|| entity_at.get(&(x - 1)))?;
    (o != p && o != q && owns_roles(entities[o].kind)).then_some((o, x - 1))
}

/// Role facts from a person's title: "BlackRock CEO Larry Fink",
/// "Tunisia's coach Nabil Maaloul", "Swedish captain Andreas Granqvist",
/// "U.S. President Donald Trump": the title words before the name, and
/// before them the organisation or country whose role it is (a name, a
/// possessive, or a nationality word).
fn titles(
    doc: &Doc,
    entities: &[Draft],
    entity_at: &HashMap<usize, usize>,
    coref: &Coref,
    demonyms: &HashMap<usize, usize>,
    speaker_of_token: &dyn Fn(usize) -> Option<usize>,
) -> Vec<Fact> {
    let mut out = Vec::new();
    let question: Vec<bool> = doc.sentences.iter().map(|s| is_question(doc, s)).collect();
    let home = home_country(entities, demonyms);
    let filed = dateline_country(doc, entities, entity_at, demonyms);
    for (p, d) in entities.iter().enumerate() {
        if d.kind != EntityKind::Person {
            continue;
        }
        for m in &d.mentions {
            let k = doc.sentence_of[m.start];
            if question[k] {
                continue;
            }
            let s = doc.sentences[k].clone();
            let mut t = m.start;
            // "Malaysia's Prime Minister, Najib Razak": a comma between title
            // and name.
            if t > s.start + 1 && doc.word(t - 1) == "," && lexicon::is_title(doc.word(t - 2)) {
                t -= 1;
            }
            let mut role: Vec<usize> = Vec::new();
            let mut owner = None;
            let mut pronoun_owner = false;
            while t > s.start && m.start - t < 8 {
                let x = t - 1;
                let w = doc.word(x);
                if lexicon::is_title(w) || lexicon::is_role(&doc.lower[x]) {
                    // Honorifics are no roles ("Mr.").
                    if !lexicon::HONORIFICS.contains(&w) {
                        role.push(x);
                    }
                    t = x;
                    continue;
                }
                // "Transport Minister Haryanto Dhanutirto": a portfolio
                // before the title is the title's.
                if lexicon::PORTFOLIOS.contains(&w) && role.last().is_some_and(|&r| r == x + 1) {
                    role.push(x);
                    t = x;
                    continue;
                }
                // A rank that is also a surname, right before the name
                // ("military ruler Major Pierre Buyoya").
                if w == "Major" && x + 1 == m.start {
                    t = x;
                    continue;
                }
                // "Burundi's military ruler, Major Pierre Buyoya": a comma
                // between the role and the name (and its rank).
                if w == ","
                    && role.is_empty()
                    && x > s.start
                    && m.start - x <= 2
                    && (lexicon::is_title(doc.word(x - 1)) || lexicon::is_role(&doc.lower[x - 1]))
                {
                    t = x;
                    continue;
                }
                // "Tanzania's former President Julius Nyerere", "Burundi's
                // military ruler": a word of time or an adjective before the
                // title is the role's.
                if (matches!(
                    w,
                    "former" | "then" | "late" | "acting" | "interim" | "outgoing" | "managing"
                ) || (doc.tags[x].penn() == "JJ" && w.starts_with(char::is_lowercase)))
                    && role.last().is_some_and(|&r| r == x + 1)
                {
                    role.push(x);
                    t = x;
                    continue;
                }
                // "Secretary of State", "Minister of Defence": a portfolio
                // after "of" is part of the title.
                if w == "of"
                    && x > s.start
                    && role.last().is_some_and(|&r| r == x + 1)
                    && lexicon::TITLE_WORDS.contains(&doc.word(x + 1))
                    && lexicon::is_title(doc.word(x - 1))
                {
                    role.push(x);
                    t = x;
                    continue;
                }
                if let Some(&e) = demonyms.get(&x) {
                    owner = Some((e, x));
                    break;
                }
                if matches!(w, "'s" | "’s") && x > s.start {
                    if let Some(&e) = entity_at.get(&(x - 1)) {
                        owner = Some((e, x - 1));
                    } else if let Some(e) = coref.resolved(x - 1).filter(|_| !role.is_empty()) {
                        // "the country's military ruler": the owner a
                        // description stands for.
                        owner = Some((e, x - 1));
                        pronoun_owner = true;
                    }
                    break;
                }
                // (A party's word owns no office: "Republican Governor
                // George Pataki" is no governor of a party.)
                if let Some(&e) = entity_at
                    .get(&x)
                    .filter(|&&e| !lexicon::PARTY_ADJECTIVES.contains(&entities[e].name.as_str()))
                {
                    owner = Some((e, x));
                    // "U.S. Middle East envoy Dennis Ross": a region right
                    // after a country says what the office covers; the
                    // country holds it.
                    let start = mention_start(entity_at, e, x, s.start);
                    if entities[e].kind == EntityKind::Region && start > s.start {
                        let c = start - 1;
                        if let Some(&o) = entity_at.get(&c).or_else(|| demonyms.get(&c)) {
                            if o != e && entities[o].kind == EntityKind::Country {
                                owner = Some((o, c));
                            }
                        }
                    }
                }
                // "Its leader Antar Zouabri": the owner a possessive
                // pronoun stands for, when a title follows it (or a bare
                // body's noun: "club president Jesus Gil").
                if owner.is_none()
                    && (doc.tags[x].penn() == "PRP$"
                        || (doc.tags[x].is_noun() && !doc.tags[x].is_proper()))
                    && !role.is_empty()
                {
                    if let Some(e) = coref.resolved(x) {
                        owner = Some((e, x));
                        pronoun_owner = true;
                    }
                }
                break;
            }
            // "lawmaker Cha Ji-ho of Korea's ruling Democratic Party": the
            // owner after the name.
            if owner.is_none() && !role.is_empty() {
                let h = crate::coref::head_of(doc, m, d.kind.is_place());
                owner = doc.children[h]
                    .iter()
                    .copied()
                    .filter(|&c| doc.deps[c].is("nmod"))
                    .filter(|&c| {
                        doc.children[c].iter().any(|&k| {
                            doc.deps[k].is("case")
                                && matches!(doc.lower[k].as_str(), "of" | "at" | "for")
                        })
                    })
                    .find_map(|c| entity_at.get(&c).map(|&e| (e, c)));
            }
            // "said President Frederick Chiluba" in a story about Zambia: a
            // government's title with no owner beside it is of the country
            // the story is about, when it names one far more than any
            // other (a club's or a company's "president" has its noun
            // before it, and is left alone).
            // Not when the sentence gives another country's title before
            // this one, by its name or its people's word: "Egyptian
            // President Hosni Mubarak and Foreign Minister Amr Moussa" (a
            // title after it is another's: "Foreign Minister Farouq
            // al-Shara … would not negotiate with Israeli Prime Minister
            // Benjamin Netanyahu").
            let mut home_owned = false;
            let other_country = |h: usize| {
                (s.start..m.start).any(|x| {
                    let next = if x + 1 < s.end && doc.word(x + 1) == "'s" {
                        x + 2
                    } else {
                        x + 1
                    };
                    next < s.end
                        && lexicon::is_title(doc.word(next))
                        && entity_at
                            .get(&x)
                            .or_else(|| demonyms.get(&x))
                            .is_some_and(|&e| e != h && entities[e].kind == EntityKind::Country)
                })
            };
            // Failing that, the country the story was filed from, unless
            // the sentence names another country, its people or its
            // capital before the title ("Syrian officials said President
            // Hafez al-Assad", "visit Washington for talks with President
            // Bill Clinton").
            let foreign_before = |h: usize| {
                let home_name = lexicon::country_name(&entities[h].name);
                (s.start..m.start).any(|x| {
                    entity_at
                        .get(&x)
                        .or_else(|| demonyms.get(&x))
                        .is_some_and(|&e| e != h && entities[e].kind == EntityKind::Country)
                        || lexicon::countries_of_capital(doc.word(x))
                            .any(|of| lexicon::country_name(of) != home_name)
                })
            };
            if owner.is_none() && national_title(doc, &role, s.start) {
                let home = match filed {
                    Some(f) => (!foreign_before(f)).then_some(f),
                    None => home,
                };
                if let Some(h) = home.filter(|&h| h != p && !other_country(h)) {
                    owner = Some((h, m.start));
                    home_owned = true;
                }
            }
            // "Portuguese Foreign Minister Jaime Gama and President Jorge
            // Sampaio": a title with no owner of its own, after "and" and
            // another titled person, has that person's owner.
            let mut shared_owner = false;
            if owner.is_none() {
                owner = shared_title_owner(doc, entities, entity_at, demonyms, &role, s.start, p);
                shared_owner = owner.is_some();
            }
            // "Bayer slipped after chairman Manfred Schneider told…": a
            // company's office with no owner beside it is of the one company
            // the sentence names.
            let mut company_owned = false;
            if owner.is_none() && corporate_title(doc, &role, s.start) {
                let mut companies = entities.iter().enumerate().filter_map(|(e, x)| {
                    (e != p && x.kind == EntityKind::Organisation)
                        .then(|| {
                            x.mentions
                                .iter()
                                .find(|r| s.contains(&r.start))
                                .map(|r| (e, r.start))
                        })
                        .flatten()
                });
                // (A description standing for another company counts:
                // "Chief executive Guido Schmidt-Chiari said the Austrian
                // bank would keep its stake in Tatra Kreditbank".)
                let described_other = |only: usize| {
                    s.clone().any(|t| {
                        coref.resolved(t).is_some_and(|e| {
                            e != only && entities[e].kind == EntityKind::Organisation
                        })
                    })
                };
                if let (Some(only), None) = (companies.next(), companies.next()) {
                    if !described_other(only.0) {
                        owner = Some(only);
                        company_owned = true;
                    }
                }
            }
            let Some((o, at)) = owner else { continue };
            let owner_kind = |o: usize| owns_roles(entities[o].kind);
            let mut push = |o: usize, at: usize, role: &[usize], case: &str| {
                let words: Vec<&str> = role.iter().map(|&x| doc.word(x)).collect();
                let role_text = words.join(" ");
                // "British financier Peter Harland", "French novelist…": a
                // trade, not an office, says where the person is from.
                let from = trade_of_place(&role_text, entities[o].kind);
                out.push(Fact {
                    subject: p,
                    object: o,
                    relation: if from {
                        "is from".to_string()
                    } else {
                        format!("is {role_text} {case}")
                    },
                    status: Status::Stated,
                    attributed_to: speaker_of_token(m.start).filter(|x| *x != p && *x != o),
                    role: (!from).then_some(role_text),
                    evidence: at.min(m.start)..(at + 1).max(m.end),
                    anchors: (m.start, at),
                    note: if home_owned {
                        Some(format!(
                            "{} is the country the story is about; the title names none.",
                            entities[o].name
                        ))
                    } else if company_owned {
                        Some(format!(
                            "{} is the only company the sentence names; the title names none.",
                            entities[o].name
                        ))
                    } else if shared_owner {
                        Some(format!(
                            "The title shares its owner, {}, with the title before it.",
                            entities[o].name
                        ))
                    } else {
                        pronoun_owner
                            .then(|| format!("“{}” taken as {}.", doc.word(at), entities[o].name))
                    },
                    confidence: if home_owned || company_owned || shared_owner {
                        0.55
                    } else if pronoun_owner {
                        0.7
                    } else {
                        0.8
                    } * (0.5 + 0.5 * d.confidence.min(entities[o].confidence.max(0.6))),
                    pattern: if home_owned {
                        "title-home"
                    } else if company_owned {
                        "title-company"
                    } else {
                        "title"
                    },
                });
            };
            if o == p || !owner_kind(o) {
                continue;
            }
            if role.is_empty() {
                // "Ambassador to the United Nations Linda Thomas-Greenfield":
                // the name right before the person's is the role's by "to",
                // "for" or "of", the title before that, and before the title
                // perhaps the owner the role is of ("U.S. Ambassador to…").
                let first = entities[o]
                    .mentions
                    .iter()
                    .find(|r| r.contains(&at))
                    .map_or(at, |r| r.start);
                let mut y = first;
                if y > s.start && doc.lower[y - 1] == "the" {
                    y -= 1;
                }
                // "Governor of Washington Chris Gregoire" too, but not
                // "Secretary of State Madeleine Albright": a portfolio is
                // no owner.
                if y < s.start + 2
                    || !matches!(doc.lower[y - 1].as_str(), "to" | "for" | "of")
                    || !lexicon::is_title(doc.word(y - 2))
                    || lexicon::TITLE_WORDS.contains(&entities[o].name.as_str())
                {
                    continue;
                }
                let case = doc.lower[y - 1].clone();
                let mut z = y - 1;
                let mut titled = Vec::new();
                while z > s.start && lexicon::is_title(doc.word(z - 1)) && y - z < 5 {
                    titled.push(z - 1);
                    z -= 1;
                }
                titled.reverse();
                push(o, at, &titled, &case);
                if z > s.start {
                    let x = z - 1;
                    let second = demonyms.get(&x).or_else(|| entity_at.get(&x));
                    if let Some(&o2) = second.filter(|&&o2| o2 != p && o2 != o && owner_kind(o2)) {
                        push(o2, x, &titled, "of");
                    }
                }
                continue;
            }
            role.reverse();
            push(o, at, &role, "of");
        }
    }
    out.extend(plural_titles(
        doc,
        entities,
        entity_at,
        demonyms,
        speaker_of_token,
    ));
    // A visitor's title: "Syrian President Hafez al-Assad" once, then
    // "President Assad" in a story about Israel is still Syria's; the story's
    // country owns a title only of someone no other title places.
    let placed: HashSet<usize> = out
        .iter()
        .filter(|f| f.pattern != "title-home")
        .map(|f| f.subject)
        .collect();
    out.retain(|f| f.pattern != "title-home" || !placed.contains(&f.subject));
    out
}

/// "Aleman's Liberal Alliance", "Izetbegovic's Party of Democratic Action":
/// a person's possessive before a party's name says the person is of it.
fn parties_of_people(
    doc: &Doc,
    entities: &[Draft],
    entity_at: &HashMap<usize, usize>,
    speaker_of_token: &dyn Fn(usize) -> Option<usize>,
) -> Vec<Fact> {
    let mut out = Vec::new();
    for x in 1..doc.len().saturating_sub(1) {
        if !matches!(doc.word(x), "'s" | "’s") {
            continue;
        }
        let (Some(&p), Some(&o)) = (entity_at.get(&(x - 1)), entity_at.get(&(x + 1))) else {
            continue;
        };
        let party = entities[o]
            .name
            .split_whitespace()
            .any(|w| lexicon::PARTY_WORDS.contains(&w));
        if p == o || entities[p].kind != EntityKind::Person || !party {
            continue;
        }
        let mut end = x + 1;
        while end < doc.len() && entity_at.get(&end) == Some(&o) {
            end += 1;
        }
        let start = entities[p]
            .mentions
            .iter()
            .find(|m| m.contains(&(x - 1)))
            .map_or(x - 1, |m| m.start);
        let mut f = words_fact(
            entities,
            (p, o),
            "belongs to",
            start..end,
            (start, x + 1),
            0.75,
            "party",
        );
        f.attributed_to = speaker_of_token(x).filter(|s| *s != p && *s != o);
        out.push(f);
    }
    out
}

/// "after three days of talks between Deputy Prime Minister Tariq Aziz and
/// Yasushi Akashi", "a meeting between Arafat and Netanyahu", "fighting
/// between the army and the PKK": a noun of talks, agreement or fighting,
/// "between", and two named parties (each perhaps after a title or "the")
/// relate the two by the noun.
fn between_two(
    doc: &Doc,
    entities: &[Draft],
    entity_at: &HashMap<usize, usize>,
    speaker_of_token: &dyn Fn(usize) -> Option<usize>,
) -> Vec<Fact> {
    let relation = |lemma: &str| -> Option<&'static str> {
        Some(match lemma {
            "talk" | "negotiation" | "discussion" | "consultation" => "held talks with",
            "meeting" | "summit" | "encounter" => "met",
            "agreement" | "accord" | "deal" | "treaty" | "pact" => "reached an agreement with",
            "dispute" | "row" | "rift" | "conflict" | "feud" => "is in a dispute with",
            "fighting" | "clash" | "war" | "battle" | "hostility" => "fought",
            "match" | "game" | "final" | "tie" => "played",
            _ => return None,
        })
    };
    let mut out = Vec::new();
    for x in 1..doc.len() {
        if doc.lower[x] != "between" {
            continue;
        }
        let Some(rel) = relation(&doc.lemmas[x - 1]).filter(|_| doc.tags[x - 1].is_noun()) else {
            continue;
        };
        let end = doc.sentences[doc.sentence_of[x]].end;
        // A party: titles and "the" skipped, then a mention; its entity and
        // the token after it.
        let party = |mut t: usize| -> Option<(usize, usize, usize)> {
            while t < end && (doc.lower[t] == "the" || lexicon::is_title(doc.word(t))) {
                t += 1;
            }
            let &e = entity_at.get(&t)?;
            let mut u = t;
            while u < end && entity_at.get(&u) == Some(&e) {
                u += 1;
            }
            Some((e, t, u))
        };
        let Some((a, at, after_a)) = party(x + 1) else {
            // "after four hours of talks between the two leaders": the two
            // a description stands for.
            let pair = doc.heads[x]
                .filter(|&n| n > x && n <= x + 3)
                .and_then(|n| pair_described(doc, entities, entity_at, n).map(|p| (n, p)));
            if let Some((n, (a, b, start))) = pair {
                let mut f =
                    words_fact(entities, (a, b), rel, x - 1..n + 1, (n, n), 0.65, "between");
                f.attributed_to = speaker_of_token(x).filter(|s| *s != a && *s != b);
                f.note = Some(pair_note(doc, entities, start..n + 1, a, b));
                out.push(f);
            }
            continue;
        };
        if after_a >= end || doc.lower[after_a] != "and" {
            continue;
        }
        let Some((b, bt, after_b)) = party(after_a + 1) else {
            continue;
        };
        // (Not a list of more: "between Spain, France and Italy".)
        if a == b || (after_b < end && doc.lower[after_b] == "and") {
            continue;
        }
        let party_kind =
            |e: usize| !matches!(entities[e].kind, EntityKind::Time | EntityKind::Amount);
        if !party_kind(a) || !party_kind(b) {
            continue;
        }
        let mut f = words_fact(
            entities,
            (a, b),
            rel,
            x - 1..after_b,
            (at, bt),
            0.75,
            "between",
        );
        f.attributed_to = speaker_of_token(x).filter(|s| *s != a && *s != b);
        out.push(f);
    }
    out
}

/// "The two met for an hour", "the two leaders met": a description of a
/// pair as the subject of "meet", with no object, is the pair meeting.
fn pair_met(
    doc: &Doc,
    entities: &[Draft],
    entity_at: &HashMap<usize, usize>,
    speaker_of_token: &dyn Fn(usize) -> Option<usize>,
) -> Vec<Fact> {
    let mut out = Vec::new();
    for v in 0..doc.len() {
        if !doc.tags[v].is_verb()
            || !matches!(doc.lemmas[v].as_str(), "meet" | "talk")
            || doc.child(v, "obj").is_some()
        {
            continue;
        }
        let Some(n) = doc.child(v, "nsubj") else {
            continue;
        };
        let Some((a, b, start)) = pair_described(doc, entities, entity_at, n) else {
            continue;
        };
        let relation = if doc.lemmas[v] == "meet" {
            "met"
        } else {
            "held talks with"
        };
        let mut f = words_fact(
            entities,
            (a, b),
            relation,
            start.min(v)..v + 1,
            (n, n),
            0.65,
            "pair-met",
        );
        f.status = status_of(doc, v);
        f.attributed_to = speaker_of_token(v).filter(|s| *s != a && *s != b);
        f.note = Some(pair_note(doc, entities, start..n + 1, a, b));
        out.push(f);
    }
    out
}

/// The note of a fact between the two a description stands for.
fn pair_note(doc: &Doc, entities: &[Draft], words: Range<usize>, a: usize, b: usize) -> String {
    format!(
        "“{}” taken as {} and {}.",
        doc.span_text(words),
        entities[a].name,
        entities[b].name
    )
}

/// The two named things a description of a pair at `n` stands for ("the
/// two leaders", "the two men", "both sides", "the two" alone): two of
/// the kind it names joined by "and" before it in its sentence or in the
/// sentence before ("German Chancellor Helmut Kohl and Ukrainian President
/// Leonid Kuchma signed…"); failing that, the only two of that kind the
/// sentence before names ("Sato … telling Barshefsky…. The two met").
/// With the two, the token where the description starts.
fn pair_described(
    doc: &Doc,
    entities: &[Draft],
    entity_at: &HashMap<usize, usize>,
    n: usize,
) -> Option<(usize, usize, usize)> {
    if entity_at.contains_key(&n) {
        return None;
    }
    // (The words before the noun, as written: the parse may hang "the"
    // elsewhere when "two" stands alone.)
    let before = |k: usize, w: &str| {
        n >= k && doc.sentence_of[n - k] == doc.sentence_of[n] && doc.lower[n - k] == w
    };
    // Where the description starts: "the two leaders", "both men", "the
    // pair", "the two".
    let start = if before(1, "two") && before(2, "the") {
        n - 2
    } else if before(1, "both")
        || (matches!(doc.lower[n].as_str(), "two" | "pair") && before(1, "the"))
    {
        n - 1
    } else {
        return None;
    };
    let kind_ok = |k: EntityKind| -> bool {
        match doc.lemmas[n].as_str() {
            "two" | "pair" | "leader" | "man" | "woman" | "minister" | "president" | "premier"
            | "official" | "player" => k == EntityKind::Person,
            "country" | "nation" | "government" | "neighbour" | "neighbor" => {
                k == EntityKind::Country
            }
            "company" | "firm" | "group" | "bank" | "airline" | "carrier" => {
                k == EntityKind::Organisation
            }
            "side" | "party" | "team" => !matches!(k, EntityKind::Time | EntityKind::Amount),
            _ => false,
        }
    };
    let sentence = doc.sentence_of[n];
    // Its own sentence up to it, then the one before.
    let mut places = vec![(sentence, n)];
    if let Some(k) = sentence.checked_sub(1) {
        places.push((k, usize::MAX));
    }
    for (k, until) in places {
        let s = doc.sentences[k].clone();
        let end = s.end.min(until);
        // Two joined by "and" (the last such before the description).
        let joined = (s.start..end).rev().find_map(|c| {
            let &b = entity_at.get(&c)?;
            let h = doc.heads[c].filter(|_| doc.deps[c].is("conj"))?;
            let &a = entity_at.get(&h)?;
            let more = doc
                .children_with(h, "conj")
                .any(|o| o != c && entity_at.get(&o).is_some_and(|&e| e != a && e != b));
            (a != b && !more && kind_ok(entities[a].kind) && kind_ok(entities[b].kind))
                .then_some((a, b, start))
        });
        if joined.is_some() {
            return joined;
        }
        if k != sentence {
            let mut named: Vec<usize> = Vec::new();
            for t in s.clone() {
                if let Some(&e) = entity_at.get(&t) {
                    if kind_ok(entities[e].kind) && !named.contains(&e) {
                        named.push(e);
                    }
                }
            }
            if let [a, b] = named[..] {
                return Some((a, b, start));
            }
        }
    }
    None
}

/// "Presidents Benjamin Mkapa of Tanzania, Daniel arap Moi of Kenya and
/// Pasteur Bizimungu of Rwanda", "Villa forwards Savo Milosevic and Dwight
/// Yorke": a title in the plural before a list of people gives each the
/// title, of the place or body after their name or else of the one before
/// the title.
fn plural_titles(
    doc: &Doc,
    entities: &[Draft],
    entity_at: &HashMap<usize, usize>,
    demonyms: &HashMap<usize, usize>,
    speaker_of_token: &dyn Fn(usize) -> Option<usize>,
) -> Vec<Fact> {
    let owner_kind = |o: usize| owns_roles(entities[o].kind);
    let mut out = Vec::new();
    for x in 1..doc.len() {
        let w = doc.word(x);
        // (Not a name's word: "United States".)
        // (A role's plural with its owner before it, "Villa forwards", or
        // with a person after it, "Foreign ministers Luiz Felipe Lampreia
        // of Brazil and…": each person's owner then follows the name.)
        let person_next = entity_at
            .get(&(x + 1))
            .is_some_and(|&p| entities[p].kind == EntityKind::Person);
        let Some(title) = w.strip_suffix('s').filter(|t| {
            w.len() > 4
                && !entity_at.contains_key(&x)
                && (lexicon::is_title(t)
                    || (lexicon::is_role(t) && (entity_at.contains_key(&(x - 1)) || person_next)))
        }) else {
            continue;
        };
        let start = doc.sentences[doc.sentence_of[x]].start;
        // A portfolio before a role ("Foreign ministers") is the title's.
        let title = if !lexicon::is_title(title)
            && x > start
            && !entity_at.contains_key(&(x - 1))
            && !demonyms.contains_key(&(x - 1))
            && doc.word(x - 1).starts_with(char::is_uppercase)
            && doc.word(x - 1).chars().skip(1).all(char::is_lowercase)
            && doc.lower[x - 1] != "the"
        {
            format!("{} {title}", doc.lower[x - 1])
        } else {
            title.to_string()
        };
        // The owner right before the title ("Villa", "Kenya's", "Kenyan").
        let before = if x >= start + 2 && matches!(doc.word(x - 1), "'s" | "’s") {
            x - 2
        } else {
            x - 1
        };
        let owner = (before >= start)
            .then(|| entity_at.get(&before).or_else(|| demonyms.get(&before)))
            .flatten()
            .copied()
            .filter(|&o| owner_kind(o));
        let end = doc.sentences[doc.sentence_of[x]].end;
        let mut t = x + 1;
        // A person's mention, "of", the place or body's.
        while let Some(&p) = entity_at
            .get(&t)
            .filter(|&&p| entities[p].kind == EntityKind::Person)
        {
            let mut e = t;
            while e < end && entity_at.get(&e) == Some(&p) {
                e += 1;
            }
            let after = (e + 1 < end && doc.lower[e] == "of")
                .then(|| entity_at.get(&(e + 1)))
                .flatten()
                .copied()
                .filter(|&o| o != p && owner_kind(o));
            let (o, at, f) = match (after, owner) {
                (Some(o), _) => {
                    let mut f = e + 1;
                    while f < end && entity_at.get(&f) == Some(&o) {
                        f += 1;
                    }
                    (o, e + 1, f)
                }
                (None, Some(o)) if o != p => (o, before, e),
                _ => break,
            };
            let relation = format!("is {title} of");
            let mut fact = words_fact(
                entities,
                (p, o),
                &relation,
                t.min(at)..f,
                (t, at),
                0.8,
                "title",
            );
            fact.attributed_to = speaker_of_token(t).filter(|s| *s != p && *s != o);
            fact.role = Some(title.to_string());
            out.push(fact);
            // On through ", " and "and".
            if f < end && matches!(doc.word(f), "," | "and") {
                t = f + 1;
                if t < end && doc.word(t) == "and" {
                    t += 1;
                }
            } else {
                break;
            }
        }
    }
    out
}

/// Last words of organisations that are arms of a state even where the
/// tagger did not make them a government body ("US National Park
/// Service", "U.S. Coast Guard").
const STATE_ARMS: &[&str] = &["Service", "Survey", "Guard", "Reserve", "Corps", "Marines"];

/// A state body named after the place it belongs to: "Indonesian Navy",
/// "U.S. Department of Agriculture", "Los Angeles Sheriff's office",
/// "Saudi Interior Ministry". The name itself states the fact, so it is
/// drafted once per body, at its first mention that opens with the place
/// (by its name, another name of it, or its nationality word), and only
/// to a place the article names as such. A company named after a country
/// ("British Airways", "American Airlines") is no arm of it; a
/// nationality word shared by two countries ("Korean") names neither.
fn owners_in_names(
    doc: &Doc,
    entities: &[Draft],
    speaker_of_token: &dyn Fn(usize) -> Option<usize>,
) -> Vec<Fact> {
    let mut out = Vec::new();
    for (o, d) in entities.iter().enumerate() {
        let state_body = d.kind == EntityKind::GovernmentBody
            || (d.kind == EntityKind::Organisation
                && d.name
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| STATE_ARMS.contains(&w)));
        if !state_body {
            continue;
        }
        'mentions: for m in &d.mentions {
            if m.len() < 2 {
                continue;
            }
            for len in (1..m.len().min(4)).rev() {
                let rest = m.start + len;
                // The rest is a name of its own ("Navy", "Department of
                // Agriculture"), not the tail of a longer place name.
                if !doc.word(rest).starts_with(char::is_uppercase) {
                    continue;
                }
                let prefix = doc.span_text(m.start..rest);
                let (names, by_nationality) = match lexicon::demonym(prefix) {
                    Some(c) => {
                        let c = c.strip_prefix("the ").unwrap_or(c);
                        if lexicon::SHORT_FORMS.iter().any(|(short, _)| *short == c) {
                            continue;
                        }
                        (vec![c.to_string()], true)
                    }
                    None => (
                        vec![
                            prefix.to_string(),
                            lexicon::country_name(prefix).to_string(),
                        ],
                        false,
                    ),
                };
                if by_nationality && d.kind != EntityKind::GovernmentBody {
                    continue;
                }
                // (A country's or a state's; a city's only when the rest
                // names a town's own body, "Irving Police Department",
                // "Seoul Metropolitan Government": a city's name opening
                // another body's names where it sits, "Seoul District
                // Prosecutors' Office" is the state's.)
                let municipal = doc.span_text(rest..m.end).split_whitespace().any(|w| {
                    matches!(
                        w,
                        "Police"
                            | "Fire"
                            | "Council"
                            | "Metropolitan"
                            | "Municipal"
                            | "City"
                            | "Sheriff's"
                    )
                });
                let owner = entities.iter().enumerate().position(|(e, x)| {
                    e != o
                        && (matches!(x.kind, EntityKind::Country | EntityKind::Region)
                            || (municipal && x.kind == EntityKind::City))
                        && names
                            .iter()
                            .any(|n| x.name == *n || x.aliases.iter().any(|a| a == n))
                });
                let Some(owner) = owner else { continue };
                out.push(Fact {
                    subject: o,
                    object: owner,
                    relation: "belongs to".to_string(),
                    status: Status::Stated,
                    attributed_to: speaker_of_token(m.start).filter(|x| *x != o && *x != owner),
                    role: None,
                    evidence: m.clone(),
                    anchors: (crate::coref::head_of(doc, m, d.kind.is_place()), m.start),
                    note: None,
                    confidence: 0.7 * (0.5 + 0.5 * d.confidence.min(entities[owner].confidence)),
                    pattern: "owner-in-name",
                });
                break 'mentions;
            }
        }
    }
    out
}

/// "BlackRock's infrastructure arm Global Infrastructure Partners": a part
/// noun ("arm", "unit", "subsidiary") run into the name after it, with
/// its owner's possessive before it, makes the named body that part of
/// the owner (the parse hangs the words from the name, so the part
/// patterns, which read an apposition, do not see it).
fn parts_before_names(
    doc: &Doc,
    entities: &[Draft],
    entity_at: &HashMap<usize, usize>,
) -> Vec<Fact> {
    let body = |e: usize| entities[e].kind.is_body();
    let mut out = Vec::new();
    for c in 0..doc.len() {
        if !lexicon::is_part(&doc.lemmas[c])
            || !doc.deps[c].is("compound")
            || !doc.tags[c].is_noun()
        {
            continue;
        }
        let Some(&part) = doc.heads[c].and_then(|h| entity_at.get(&h)) else {
            continue;
        };
        // The owner's possessive, among the words before the part noun.
        let words = doc.subtree(c);
        let Some((poss, &owner)) = (words.start..c)
            .filter(|&t| doc.deps[t].is("nmod:poss"))
            .find_map(|t| entity_at.get(&t).map(|o| (t, o)))
        else {
            continue;
        };
        if owner == part || !body(owner) || !body(part) {
            continue;
        }
        // The part's words: after the possessive's own ("'s").
        let from = doc.subtree(poss).end;
        let described: Vec<&str> = (from..=c)
            .map(|t| doc.word(t))
            .filter(|w| !matches!(*w, "'s" | "’s" | "'" | "’"))
            .collect();
        let Some(m) = mention_at(entities, part, doc.heads[c].unwrap_or(c)) else {
            continue;
        };
        out.push(words_fact(
            entities,
            (part, owner),
            &format!("is the {} of", described.join(" ")),
            words.start.min(m.start)..m.end.max(words.end),
            (m.start, poss),
            0.7,
            "part-before-name",
        ));
    }
    out
}

/// "the sale of its Uhde engineering unit", "Daimler-Benz, whose
/// Mercedes-Benz car unit…", "Hoechst's Uhde unit": a body's name before
/// a part noun (a word or two between), owned by a possessive before the
/// name ("its" as resolved, "whose" the name the clause describes, or a
/// body's "'s"), is that part of the owner. Read from the words: the
/// parse hangs the name from the words between.
fn names_before_parts(
    doc: &Doc,
    entities: &[Draft],
    entity_at: &HashMap<usize, usize>,
    coref: &Coref,
) -> Vec<Fact> {
    let body = |e: usize| entities[e].kind.is_body();
    let mut out = Vec::new();
    for p in 2..doc.len() {
        if !lexicon::is_part(&doc.lemmas[p]) || !doc.tags[p].is_noun() {
            continue;
        }
        // Back over a word or two in lower case ("engineering", "car") to
        // the name's last word.
        let mut k = p - 1;
        while k > 0
            && k + 2 >= p
            && doc.word(k).starts_with(char::is_lowercase)
            && !entity_at.contains_key(&k)
        {
            k -= 1;
        }
        let Some(&part) = entity_at.get(&k).filter(|&&e| body(e)) else {
            continue;
        };
        let mut start = k;
        while start > 0 && entity_at.get(&(start - 1)) == Some(&part) {
            start -= 1;
        }
        let Some(o) = start.checked_sub(1) else {
            continue;
        };
        let owner = match doc.lower[o].as_str() {
            "its" => coref.resolved(o),
            // (The name before ", whose".)
            "whose" => o
                .checked_sub(2)
                .filter(|&n| doc.word(n + 1) == ",")
                .and_then(|n| entity_at.get(&n).copied()),
            "'s" | "’s" => o.checked_sub(1).and_then(|n| entity_at.get(&n).copied()),
            _ => None,
        };
        let Some(owner) = owner.filter(|&e| e != part && body(e)) else {
            continue;
        };
        let described: Vec<&str> = (k + 1..=p).map(|t| doc.word(t)).collect();
        out.push(words_fact(
            entities,
            (part, owner),
            &format!("is the {} of", described.join(" ")),
            doc.sentences[doc.sentence_of[p]].clone(),
            (start, o),
            0.6,
            "name-before-part",
        ));
    }
    out
}

/// A fact read from the words around two names rather than from a path
/// in the parse (a results line, a player's country, "Frankfurt-based"):
/// stated, as sure as `weight` times the less sure of its two ends.
fn words_fact(
    entities: &[Draft],
    (subject, object): (usize, usize),
    relation: &str,
    evidence: Range<usize>,
    anchors: (usize, usize),
    weight: f32,
    pattern: &'static str,
) -> Fact {
    Fact {
        subject,
        object,
        relation: relation.to_string(),
        status: Status::Stated,
        attributed_to: None,
        role: None,
        evidence,
        anchors,
        note: None,
        confidence: weight
            * (0.5
                + 0.5
                    * entities[subject]
                        .confidence
                        .min(entities[object].confidence)),
        pattern,
    }
}

/// The names listed from token `k` on ("the United States, France, Syria,
/// Lebanon and Israel"; "musician Tiziano Lugli and actor Jason Beghe"
/// with `occupations`, a lower-case word or two before a person's name):
/// each entity with where its mention starts and ends. The list ends at
/// the name after "and", or where a word is not a name of `kinds`.
fn listed_names(
    doc: &Doc,
    entities: &[Draft],
    entity_at: &HashMap<usize, usize>,
    mut k: usize,
    kinds: &dyn Fn(EntityKind) -> bool,
    occupations: bool,
) -> Vec<(usize, usize, usize)> {
    let mut out: Vec<(usize, usize, usize)> = Vec::new();
    let sentence = doc.sentence_of[k.min(doc.len() - 1)];
    loop {
        if k < doc.len() && doc.lower[k] == "the" {
            k += 1;
        }
        if occupations {
            let mut u = k;
            while u < doc.len()
                && u < k + 2
                && doc.word(u).starts_with(char::is_lowercase)
                && doc.tags[u].is_noun()
            {
                u += 1;
            }
            if u > k
                && entity_at
                    .get(&u)
                    .is_some_and(|&e| entities[e].kind == EntityKind::Person)
            {
                k = u;
            }
        }
        let Some(&e) = entity_at.get(&k) else { break };
        if k >= doc.len()
            || doc.sentence_of[k] != sentence
            || !kinds(entities[e].kind)
            || out.iter().any(|m| m.0 == e)
        {
            break;
        }
        let end = mention_end(entity_at, e, k, doc.len());
        out.push((e, k, end));
        let last = k > 0 && doc.lower[k - 1] == "and";
        k = end;
        // Past a place's "of" phrase ("Aerospatiale of France,
        // Daimler-Benz Aerospace of Germany, …").
        if k + 1 < doc.len() && doc.lower[k] == "of" {
            let p = past_article_and_compass(doc, k + 1);
            if let Some(&place) = entity_at.get(&p).filter(|&&p| settled(entities[p].kind)) {
                k = mention_end(entity_at, place, p, doc.len());
            }
        }
        if last || k >= doc.len() {
            break;
        }
        let comma = doc.word(k) == ",";
        if comma {
            k += 1;
        }
        if k < doc.len() && doc.lower[k] == "and" {
            k += 1;
        } else if !comma {
            break;
        }
    }
    out
}

/// One fact a name of `listed` (from [`listed_names`]) holds to `body`
/// (named at token `b`), each with the words from the body's mention to
/// the list's last name as its evidence.
fn listed_facts(
    doc: &Doc,
    entities: &[Draft],
    entity_at: &HashMap<usize, usize>,
    (body, b): (usize, usize),
    listed: &[(usize, usize, usize)],
    relation: &str,
    pattern: &'static str,
) -> Vec<Fact> {
    let first = doc.sentences[doc.sentence_of[b]].start;
    let start = mention_start(entity_at, body, b, first);
    let end = listed.last().map_or(b + 1, |m| m.2);
    listed
        .iter()
        .filter(|m| m.0 != body)
        .map(|&(m, at, _)| {
            words_fact(
                entities,
                (m, body),
                relation,
                start..end,
                (at, b),
                0.65,
                pattern,
            )
        })
        .collect()
}

/// "the Democratic Party, one of the three parties in Zajedno": a body
/// set beside "one of" the bodies "in" or "of" another is a member of it.
fn one_of_members(doc: &Doc, entities: &[Draft], entity_at: &HashMap<usize, usize>) -> Vec<Fact> {
    let mut out = Vec::new();
    let body = |e: usize| {
        matches!(
            entities[e].kind,
            EntityKind::Organisation | EntityKind::GovernmentBody
        )
    };
    for one in 0..doc.len() {
        if doc.lower[one] != "one" || !doc.deps[one].is("appos") {
            continue;
        }
        let Some((member, at)) = doc.heads[one]
            .and_then(|h| entity_at.get(&h).map(|&e| (e, h)))
            .filter(|&(e, _)| body(e))
        else {
            continue;
        };
        // "of the three parties": a plural noun with "of".
        let Some(group) = doc.children_with(one, "nmod").find(|&n| {
            doc.tags[n].penn() == "NNS"
                && doc.children_with(n, "case").any(|c| doc.lower[c] == "of")
        }) else {
            continue;
        };
        let whole = doc.children_with(group, "nmod").find_map(|y| {
            let case = doc
                .children_with(y, "case")
                .any(|c| matches!(doc.lower[c].as_str(), "in" | "of"));
            entity_at
                .get(&y)
                .filter(|&&e| case && e != member && body(e))
                .map(|&e| (e, y))
        });
        let Some((whole, y)) = whole else { continue };
        let start = mention_start(entity_at, member, at, 0);
        let end = mention_end(entity_at, whole, y, doc.len());
        out.push(words_fact(
            entities,
            (member, whole),
            "is member of",
            start..end,
            (at, y),
            0.6,
            "one-of-members",
        ));
    }
    out
}

/// A body's members, listed: "the Israel-Lebanon Monitoring Group, made up
/// of the United States, France, Syria, Lebanon and Israel"; "the Mercosur
/// customs union of Brazil, Argentina, Uruguay and Paraguay" (two names
/// at least, after a word for a bloc); "former members of Scientology,
/// including musician Tiziano Lugli and actor Jason Beghe".
fn listed_members(doc: &Doc, entities: &[Draft], entity_at: &HashMap<usize, usize>) -> Vec<Fact> {
    use EntityKind::{Country, GovernmentBody, Organisation, Person};
    let is_body = |e: usize| matches!(entities[e].kind, Organisation | GovernmentBody);
    let members = |k: EntityKind| matches!(k, Country | Organisation | GovernmentBody | Person);
    let mut out = Vec::new();
    for t in 1..doc.len() {
        // (The body, where its mention ends, where the list starts, the
        // fewest names, whether the members are former ones.)
        let mut found: Option<(usize, usize, usize, usize, bool)> = None;
        for words in lexicon::COMPOSED_OF {
            let end = t + words.len();
            if end >= doc.len()
                || !words
                    .iter()
                    .enumerate()
                    .all(|(i, w)| doc.lower[t + i] == *w)
            {
                continue;
            }
            let mut b = t - 1;
            if b > 0 && matches!(doc.lower[b].as_str(), "is" | "are" | "was" | "were") {
                b -= 1;
            }
            if b > 0 && matches!(doc.lower[b].as_str(), "which" | "that") {
                b -= 1;
            }
            if b > 0 && doc.word(b) == "," {
                b -= 1;
            }
            if let Some(&e) = entity_at.get(&b).filter(|&&e| is_body(e)) {
                if entity_at.get(&t) != Some(&e) {
                    found = Some((e, b, end, 1, false));
                }
            }
        }
        if found.is_none()
            && doc.lower[t] == "of"
            && t >= 2
            && lexicon::BLOC_NOUNS.contains(&doc.lemmas[t - 1].as_str())
            && doc.tags[t - 1].is_noun()
        {
            let mut b = t - 2;
            while b > 0
                && t - 1 - b < 2
                && !entity_at.contains_key(&b)
                && doc.word(b).starts_with(char::is_lowercase)
                && doc.tags[b].is_noun()
            {
                b -= 1;
            }
            if let Some(&e) = entity_at.get(&b).filter(|&&e| is_body(e)) {
                found = Some((e, b, t + 1, 2, false));
            }
        }
        if found.is_none() && doc.lower[t] == "including" && t >= 4 && doc.word(t - 1) == "," {
            if let Some(&e) = entity_at.get(&(t - 2)).filter(|&&e| is_body(e)) {
                let start = mention_start(entity_at, e, t - 2, 0);
                if start >= 2
                    && doc.lower[start - 1] == "of"
                    && matches!(doc.lemmas[start - 2].as_str(), "member")
                {
                    let former = start >= 3 && doc.lower[start - 3] == "former";
                    found = Some((e, t - 2, t + 1, 1, former));
                }
            }
        }
        let Some((body, b, from, fewest, former)) = found else {
            continue;
        };
        let listed = listed_names(
            doc,
            entities,
            entity_at,
            from,
            &members,
            former || fewest == 1,
        );
        if listed.len() < fewest {
            continue;
        }
        let relation = if former {
            "is former member of"
        } else {
            "is member of"
        };
        out.extend(listed_facts(
            doc,
            entities,
            entity_at,
            (body, b),
            &listed,
            relation,
            "listed-members",
        ));
    }
    out
}

/// "'…,' the Italian said"; "the Italian commissioner said": a people's
/// word that stands for a person (coreference), alone or before the
/// person's role, says where the person is from.
fn described_nationalities(
    doc: &Doc,
    entities: &[Draft],
    entity_at: &HashMap<usize, usize>,
    coref: &Coref,
    demonyms: &HashMap<usize, usize>,
) -> Vec<Fact> {
    let mut out = Vec::new();
    let mut resolved: Vec<(usize, usize)> = coref.iter().collect();
    fact_explorer_core::sort::sort_by_key(&mut resolved, |&(t, _)| t);
    for (t, person) in resolved {
        let body = entities[person].kind.is_body();
        if !(entities[person].kind == EntityKind::Person || body)
            || entity_at.contains_key(&t)
            || !doc.tags[t].is_noun()
        {
            continue;
        }
        // The people's word: the token itself, or right before the role
        // (a body's: "the Austrian bank", "the U.S. carrier").
        let d = if lexicon::demonym(doc.word(t)).is_some() && !body {
            t
        } else if t > 0
            && (if body {
                lexicon::COMPANY_NOUNS.contains(&doc.lemmas[t].as_str())
            } else {
                lexicon::is_role(&doc.lemmas[t])
            })
            && doc.heads[t - 1] == Some(t)
        {
            t - 1
        } else {
            continue;
        };
        let Some(&country) = demonyms
            .get(&d)
            .or_else(|| entity_at.get(&d).filter(|_| body))
        else {
            continue;
        };
        if entities[country].kind != EntityKind::Country || d == 0 || doc.lower[d - 1] != "the" {
            continue;
        }
        let mut f = words_fact(
            entities,
            (person, country),
            if body { "is based in" } else { "is from" },
            d - 1..t + 1,
            (t, d),
            0.6 * coref.confidence(t).max(0.5),
            "described-nationality",
        );
        f.note = Some(format!(
            "“{}” taken as {}.",
            doc.span_text(d - 1..t + 1),
            entities[person].name
        ));
        out.push(f);
    }
    out
}

/// Token `k`, or past up to `most` words of a title starting there that
/// are no name ("Prime Minister", before the name it titles).
fn past_title_words(doc: &Doc, entity_at: &HashMap<usize, usize>, k: usize, most: usize) -> usize {
    let mut t = k;
    while t < doc.len()
        && t < k + most
        && !entity_at.contains_key(&t)
        && lexicon::is_title(doc.word(t))
    {
        t += 1;
    }
    t
}

/// "the National Congress for New Politics, which is led by Kim
/// Dae-jung"; "Universal is owned by Seagram Co Ltd"; "Airbus, which is
/// owned by Aerospatiale of France, … and CASA of Spain": a body, "which
/// is" (or just "is") and a verb of leading or owning with "by" says who
/// leads or owns it, read from the words (the parse of such a clause
/// often goes astray). And "OeTV, whose leader Herbert Mai met Kohl": the
/// role of the one named after "whose".
fn agents_of_bodies(doc: &Doc, entities: &[Draft], entity_at: &HashMap<usize, usize>) -> Vec<Fact> {
    use EntityKind::{Country, GovernmentBody, Organisation, Person};
    let is_body = |e: usize| matches!(entities[e].kind, Organisation | GovernmentBody);
    let agents = |k: EntityKind| matches!(k, Person | Organisation | GovernmentBody | Country);
    let mut out = Vec::new();
    for t in 2..doc.len().saturating_sub(2) {
        let Some(&(_, relation)) = lexicon::LED_BY.iter().find(|(w, _)| doc.lower[t] == *w) else {
            continue;
        };
        if doc.lower[t + 1] != "by" {
            continue;
        }
        // Back over an adverb and "is" to "which" and a comma, or to the
        // body's name.
        let mut b = t - 1;
        if matches!(
            doc.lower[b].as_str(),
            "now" | "also" | "jointly" | "still" | "largely" | "partly"
        ) {
            b -= 1;
        }
        if !matches!(doc.lower[b].as_str(), "is" | "was" | "are" | "were") || b < 1 {
            continue;
        }
        b -= 1;
        if b >= 2 && matches!(doc.lower[b].as_str(), "which" | "that") && doc.word(b - 1) == "," {
            b -= 2;
            // (An acronym in brackets after the name: "(CSA)".)
            if b >= 3 && doc.word(b) == ")" && doc.word(b - 2) == "(" {
                b -= 3;
            }
        }
        let Some(&body) = entity_at.get(&b).filter(|&&e| is_body(e)) else {
            continue;
        };
        // After "by": past the words of a title, the agents listed.
        let k = past_title_words(doc, entity_at, t + 2, 4);
        let listed = listed_names(doc, entities, entity_at, k, &agents, false);
        out.extend(listed_facts(
            doc,
            entities,
            entity_at,
            (body, b),
            &listed,
            relation,
            "agent-of-body",
        ));
    }
    for t in 2..doc.len().saturating_sub(2) {
        if doc.lower[t] != "whose"
            || doc.word(t - 1) != ","
            || !lexicon::is_role(&doc.lemmas[t + 1])
        {
            continue;
        }
        let b = t - 2;
        let Some(&body) = entity_at.get(&b).filter(|&&e| is_body(e)) else {
            continue;
        };
        let k = past_title_words(doc, entity_at, t + 2, 3);
        let Some(&person) = entity_at.get(&k).filter(|&&e| entities[e].kind == Person) else {
            continue;
        };
        let first = doc.sentences[doc.sentence_of[t]].start;
        let mut f = words_fact(
            entities,
            (person, body),
            &format!("is {} of", doc.lower[t + 1]),
            mention_start(entity_at, body, b, first)..mention_end(entity_at, person, k, doc.len()),
            (k, b),
            0.7,
            "whose-role",
        );
        f.role = Some(doc.lower[t + 1].clone());
        out.push(f);
    }
    out
}

/// Token `k`, or the token past "the" and a point of the compass starting
/// there ("in the Philippines", "in western Ukraine"): where a place named
/// after a preposition begins.
fn past_article_and_compass(doc: &Doc, mut k: usize) -> usize {
    if k < doc.len() && doc.lower[k] == "the" {
        k += 1;
    }
    if k < doc.len() && lexicon::is_compass(&doc.lower[k]) {
        k += 1;
    }
    k
}

/// "In neighbouring Kenya, floods cut the main road between Nairobi and
/// Garissa"; "In Seoul, students marched from Myongdong to Chongno": a
/// sentence that opens on a country sets the scene for the towns and
/// smaller regions it names, and one that opens on a city for the venues
/// and districts it names. Not when the sentence names another country
/// (the scene may have moved: "In Gaza, Arafat said talks on Hebron…
/// Israel"), nor a capital that stands for another country, nor a region
/// larger than a country.
fn scene_places(doc: &Doc, entities: &[Draft], entity_at: &HashMap<usize, usize>) -> Vec<Fact> {
    use EntityKind::{City, Country, Region, Venue};
    let mut out = Vec::new();
    for s in &doc.sentences {
        if s.len() < 6 || doc.lower[s.start] != "in" {
            continue;
        }
        let mut k = s.start + 1;
        if matches!(doc.lower[k].as_str(), "neighbouring" | "neighboring") {
            k += 1;
        }
        let k = past_article_and_compass(doc, k);
        let Some(&scene) = entity_at.get(&k) else {
            continue;
        };
        let end = mention_end(entity_at, scene, k, s.end);
        if !matches!(entities[scene].kind, Country | City) || doc.word(end) != "," {
            continue;
        }
        let moved = (end..s.end).any(|t| {
            entity_at
                .get(&t)
                .is_some_and(|&e| e != scene && entities[e].kind == Country)
        });
        if moved {
            continue;
        }
        for t in end + 1..s.end {
            let Some(&place) = entity_at.get(&t) else {
                continue;
            };
            if entity_at.get(&(t - 1)) == Some(&place) || place == scene {
                continue;
            }
            let name = &entities[place].name;
            let smaller = match (entities[scene].kind, entities[place].kind) {
                (Country, City | Venue) => true,
                (City, Venue) => true,
                (Country | City, Region) => !name
                    .split_whitespace()
                    .any(|w| lexicon::MACRO_REGION_WORDS.contains(&w)),
                _ => false,
            };
            let capital = lexicon::CAPITALS.iter().any(|(c, _)| c == name);
            let place_end = mention_end(entity_at, place, t, s.end);
            // (Not a town's name inside a person's, "Herve Bourges", nor a
            // model's, "A300".)
            let joined = |u: usize| {
                u < s.end && doc.tags[u].is_proper() && entity_at.get(&u) != Some(&scene)
            };
            if !smaller
                || capital
                || joined(t - 1)
                || joined(place_end)
                || name.chars().any(|c| c.is_ascii_digit())
            {
                continue;
            }
            out.push(words_fact(
                entities,
                (place, scene),
                "is in",
                s.start..place_end,
                (t, k),
                0.5,
                "scene-place",
            ));
        }
    }
    out
}

/// The first token past the mention of entity `e` that token `at` is in
/// (at most `limit`).
fn mention_end(entity_at: &HashMap<usize, usize>, e: usize, at: usize, limit: usize) -> usize {
    (at..limit)
        .find(|&u| entity_at.get(&u) != Some(&e))
        .unwrap_or(limit)
}

/// The first token of the mention of entity `e` that ends at token `at`
/// (not before `floor`).
fn mention_start(entity_at: &HashMap<usize, usize>, e: usize, at: usize, floor: usize) -> usize {
    (floor..at)
        .rev()
        .find(|&u| entity_at.get(&u) != Some(&e))
        .map_or(floor, |u| u + 1)
}

/// "Joe Sakic scored … to give the Colorado Avalanche a 4-3 win over the
/// Detroit Red Wings", "Ronaldo double gives Barcelona win over Betis": a
/// form of "give", a side, perhaps a score, "win" or "victory", "over" and
/// another side: the first beat the second, and a person named before
/// "give" in the sentence (with no other side between) scored for the
/// first. Read from the words: the giver does nothing to the side beaten.
fn wins_given(doc: &Doc, entities: &[Draft], entity_at: &HashMap<usize, usize>) -> Vec<Fact> {
    let side = |e: usize| {
        matches!(
            entities[e].kind,
            EntityKind::Organisation | EntityKind::Country | EntityKind::City | EntityKind::Region
        )
    };
    let mut out = Vec::new();
    for g in 1..doc.len().saturating_sub(4) {
        if doc.lemmas[g] != "give" {
            continue;
        }
        let s = doc.sentence_of[g];
        let end = doc.sentences[s].end;
        let mut k = g + 1;
        if k < end && doc.lower[k] == "the" {
            k += 1;
        }
        let Some(&winner) = entity_at.get(&k).filter(|&&e| side(e)) else {
            continue;
        };
        let w_at = k;
        k = mention_end(entity_at, winner, k, end);
        while k < end
            && !matches!(doc.lower[k].as_str(), "win" | "victory")
            && (doc.lower[k] == "a"
                || doc.tags[k].penn() == "CD"
                || doc
                    .word(k)
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_digit())
                || matches!(doc.tags[k].penn(), "JJ" | "NN"))
            && k < w_at + 8
        {
            k += 1;
        }
        if k + 2 >= end
            || !matches!(doc.lower[k].as_str(), "win" | "victory")
            || doc.lower[k + 1] != "over"
        {
            continue;
        }
        let mut z = k + 2;
        if doc.lower[z] == "the" {
            z += 1;
        }
        let Some(&loser) = entity_at.get(&z).filter(|&&e| side(e) && e != winner) else {
            continue;
        };
        let z_end = mention_end(entity_at, loser, z, end);
        let first = doc.sentences[s].start;
        let w_start = mention_start(entity_at, winner, w_at, first);
        out.push(words_fact(
            entities,
            (winner, loser),
            "beat",
            w_start..z_end,
            (w_at, z),
            0.7,
            "win-given",
        ));
        // The scorer: the last person named before "give", no side between.
        let scorer = (first..g).rev().find_map(|t| {
            entity_at
                .get(&t)
                .copied()
                .filter(|&e| {
                    entities[e].kind == EntityKind::Person
                        && !(t + 1..g).any(|u| entity_at.get(&u).is_some_and(|&o| side(o)))
                })
                .map(|e| (t, e))
        });
        if let Some((at, p)) = scorer {
            out.push(words_fact(
                entities,
                (p, winner),
                "scored for",
                mention_start(entity_at, p, at, first)..z_end,
                (at, w_at),
                0.8,
                "win-given",
            ));
        }
    }
    out
}

/// Sports copy: a player's country in brackets after the name ("Pete
/// Sampras (U.S.)") says where the player is from, and a line "A (X) beat
/// B (Y) 6-4 7-6" who beat whom.
fn players(doc: &Doc, entities: &[Draft], entity_at: &HashMap<usize, usize>) -> Vec<Fact> {
    let person_at = |t: usize| {
        entity_at
            .get(&t)
            .copied()
            .filter(|&e| entities[e].kind == EntityKind::Person)
    };
    // The person whose mention ends right before `t`, and where it starts.
    let person_before = |t: usize| {
        let e = person_at(t.checked_sub(1)?)?;
        let start = mention_start(entity_at, e, t, 0);
        Some((e, start))
    };
    let fact = |subject: usize, object: usize, relation: &str, evidence: Range<usize>, anchors| {
        words_fact(
            entities,
            (subject, object),
            relation,
            evidence,
            anchors,
            0.7,
            "player-country",
        )
    };
    let mut out = Vec::new();
    // (person, its mention's start, the token after its bracket)
    let mut bracketed: Vec<(usize, usize, usize)> = Vec::new();
    for t in 1..doc.len().saturating_sub(2) {
        if doc.word(t) != "(" {
            continue;
        }
        let Some((person, start)) = person_before(t) else {
            continue;
        };
        let Some(&country) = entity_at.get(&(t + 1)) else {
            continue;
        };
        if !matches!(
            entities[country].kind,
            EntityKind::Country | EntityKind::Region | EntityKind::City
        ) {
            continue;
        }
        let Some(close) = (t + 1..doc.len().min(t + 6)).find(|&u| doc.word(u) == ")") else {
            continue;
        };
        if (t + 1..close).any(|u| entity_at.get(&u) != Some(&country)) {
            continue;
        }
        out.push(fact(
            person,
            country,
            "is from",
            start..close + 1,
            (start, t + 1),
        ));
        bracketed.push((person, start, close + 1));
        // "Laurent Jalabert (France) ONCE 5 hours…": on a results line, the
        // body named right after the bracket is the team the person
        // competes for.
        let after = close + 1;
        if let Some(&team) = entity_at.get(&after).filter(|&&e| {
            entities[e].kind == EntityKind::Organisation
                && entity_at.get(&close) != Some(&e)
                && doc.sentence_of[after] == doc.sentence_of[t]
        }) {
            let end = mention_end(entity_at, team, after, doc.len());
            let mut f = fact(person, team, "competes for", start..end, (start, after));
            f.pattern = "player-team";
            out.push(f);
        }
    }
    for &(a, start, after) in &bracketed {
        if after >= doc.len()
            || !matches!(
                doc.lower[after].as_str(),
                "beat" | "bt" | "beats" | "defeated"
            )
        {
            continue;
        }
        let Some(&(b, b_start, b_after)) = bracketed.iter().find(|x| x.1 == after + 1) else {
            continue;
        };
        if a != b {
            let mut f = fact(a, b, "beat", start..b_after, (start, b_start));
            f.pattern = "player-beat";
            out.push(f);
        }
    }
    out
}

/// Whether a kind is a town, a region or a country (where a body can be
/// based).
fn settled(kind: EntityKind) -> bool {
    matches!(
        kind,
        EntityKind::City | EntityKind::Country | EntityKind::Region
    )
}

/// "Body is based in place", with the words from the body's mention at
/// `at` (not before `floor`) to the end of the place's at `k`.
fn body_based_in(
    doc: &Doc,
    entities: &[Draft],
    entity_at: &HashMap<usize, usize>,
    (body, at): (usize, usize),
    (place, k): (usize, usize),
    floor: usize,
    (weight, pattern): (f32, &'static str),
) -> Fact {
    let start = mention_start(entity_at, body, at, floor);
    let end = mention_end(entity_at, place, k, doc.len());
    words_fact(
        entities,
        (body, place),
        "is based in",
        start..end,
        (at, k),
        weight,
        pattern,
    )
}

/// "…said in a statement from its offices in St John's": a body's own
/// offices, base or headquarters (by name, or by "its" or "their" standing
/// for the clause's subject) and "in" a place say where it is based.
fn own_base_in(
    doc: &Doc,
    entities: &[Draft],
    entity_at: &HashMap<usize, usize>,
    coref: &Coref,
) -> Vec<Fact> {
    let mut out = Vec::new();
    for t in 1..doc.len().saturating_sub(2) {
        let head_office = t >= 2 && doc.lower[t] == "office" && doc.lower[t - 1] == "head";
        if !(head_office || matches!(doc.lower[t].as_str(), "offices" | "base" | "headquarters")) {
            continue;
        }
        if doc.lower[t + 1] != "in" {
            continue;
        }
        let owner_at = if head_office { t - 2 } else { t - 1 };
        let (owner, note) = match entity_at.get(&owner_at) {
            Some(&e) => (e, None),
            None if matches!(doc.lower[owner_at].as_str(), "its" | "their")
                && coref.confidence(owner_at) >= 0.5 =>
            {
                let Some(e) = coref.resolved(owner_at) else {
                    continue;
                };
                // (Only the clause's own subject's: "who heads the European
                // consortium from its base" is the consortium's base, which
                // a name far back is not.)
                let mut v = t;
                for _ in 0..4 {
                    match doc.heads[v] {
                        Some(h) if !doc.tags[v].is_verb() => v = h,
                        _ => break,
                    }
                }
                let subject = doc
                    .child(v, "nsubj")
                    .and_then(|n| entity_at.get(&n).copied());
                if !doc.tags[v].is_verb() || subject != Some(e) {
                    continue;
                }
                (
                    e,
                    Some(format!(
                        "“{}” taken as {}.",
                        doc.word(owner_at),
                        entities[e].name
                    )),
                )
            }
            None => continue,
        };
        if !entities[owner].kind.is_body() {
            continue;
        }
        let k = past_article_and_compass(doc, t + 2);
        let Some(&place) = entity_at.get(&k).filter(|&&e| settled(entities[e].kind)) else {
            continue;
        };
        let s = doc.sentences[doc.sentence_of[t]].start;
        let mut fact = body_based_in(
            doc,
            entities,
            entity_at,
            (owner, owner_at),
            (place, k),
            s,
            (0.7, "own-base-in"),
        );
        if note.is_some() {
            fact.evidence = owner_at..mention_end(entity_at, place, k, doc.len());
            fact.note = note;
        }
        out.push(fact);
    }
    out
}

/// "Portugal Telecom, whose headquarters are in Lisbon": a body's name, a
/// comma, "whose headquarters" (or "head office") "are in" and a place.
fn headquarters_in(doc: &Doc, entities: &[Draft], entity_at: &HashMap<usize, usize>) -> Vec<Fact> {
    let mut out = Vec::new();
    for w in 2..doc.len().saturating_sub(4) {
        if doc.lower[w] != "whose" || doc.word(w - 1) != "," {
            continue;
        }
        let Some(&body) = entity_at
            .get(&(w - 2))
            .filter(|&&e| entities[e].kind.is_body())
        else {
            continue;
        };
        let mut t = w + 1;
        if doc.lower[t] == "head" && doc.lower[t + 1] == "office" {
            t += 2;
        } else if matches!(doc.lower[t].as_str(), "headquarters" | "base") {
            t += 1;
        } else {
            continue;
        }
        if t + 2 >= doc.len()
            || !matches!(doc.lower[t].as_str(), "are" | "is" | "were" | "was")
            || doc.lower[t + 1] != "in"
        {
            continue;
        }
        let k = past_article_and_compass(doc, t + 2);
        let Some(&place) = entity_at.get(&k).filter(|&&e| settled(entities[e].kind)) else {
            continue;
        };
        out.push(body_based_in(
            doc,
            entities,
            entity_at,
            (body, w - 2),
            (place, k),
            0,
            (0.7, "headquarters-in"),
        ));
    }
    out
}

/// The words for a company from `from` on ("German electronics group",
/// "British sugar and starch group", "British television and film services
/// group", "a Naples drug distributor which"): among up to three lower-case
/// words (four with an "and" between two of them), the token past the last
/// that is a word for a company and ends its noun phrase.
fn company_words(doc: &Doc, from: usize) -> Option<usize> {
    let mut u = from;
    let (mut words, mut most) = (0, 3);
    let mut end = None;
    while u < doc.len() && words < most && doc.word(u).starts_with(char::is_lowercase) {
        if doc.lower[u] == "and" {
            if u == from || doc.lower[u - 1] == "and" || most > 3 {
                break;
            }
            most = 4;
        } else {
            words += 1;
            // (A noun after it: not yet the phrase's last word.)
            let next_noun = u + 1 < doc.len()
                && doc.tags[u + 1].is_noun()
                && doc.word(u + 1).starts_with(char::is_lowercase);
            // (Words the tagger may read as adjectives: "the Quito daily".)
            if (doc.tags[u].is_noun()
                || matches!(doc.lower[u].as_str(), "giant" | "daily" | "weekly"))
                && lexicon::is_company_noun(&doc.lemmas[u])
                && !next_noun
            {
                end = Some(u + 1);
            }
        }
        u += 1;
    }
    end.filter(|&u| u < doc.len())
}

/// The body named within `reach` words after token `t` of a hyphened
/// word ("Frankfurt-based Deutsche Bank", "the Israeli-backed South Lebanon
/// Army"), in its sentence, with no verb, name or punctuation between: its
/// first token and entity.
fn body_named_after(
    doc: &Doc,
    entities: &[Draft],
    entity_at: &HashMap<usize, usize>,
    t: usize,
    reach: usize,
) -> Option<(usize, usize)> {
    let (at, body) = (t + 1..(t + 1 + reach).min(doc.len()))
        .take_while(|&u| doc.sentence_of[u] == doc.sentence_of[t] && !doc.tags[u].is_verb())
        .find_map(|u| entity_at.get(&u).map(|&e| (u, e)))?;
    (entities[body].kind.is_body()
        && !(t + 1..at).any(|u| doc.tags[u].is_proper() || doc.tags[u].is_punct()))
    .then_some((at, body))
}

/// "the Israeli-backed South Lebanon Army", "the Iranian-backed
/// Hezbollah", "a U.S.-backed government", "the Saudi-led coalition": a
/// country's people's word or a name, a hyphen and "backed" (or
/// "sponsored", "funded", "led"), then within a word or two the body: the
/// country or name backs (or leads) it. Read from the words: the parse
/// hangs such an adjective as it likes.
fn backed_by(
    doc: &Doc,
    entities: &[Draft],
    entity_at: &HashMap<usize, usize>,
    demonyms: &HashMap<usize, usize>,
) -> Vec<Fact> {
    let mut out = Vec::new();
    for t in 2..doc.len().saturating_sub(1) {
        let relation = match doc.lower[t].as_str() {
            "backed" | "sponsored" | "funded" | "supported" => "backs",
            "led" => "leads",
            _ => continue,
        };
        if doc.word(t - 1) != "-" {
            continue;
        }
        let Some(backer) = demonyms
            .get(&(t - 2))
            .or_else(|| entity_at.get(&(t - 2)))
            .copied()
        else {
            continue;
        };
        let Some((at, body)) = body_named_after(doc, entities, entity_at, t, 2) else {
            continue;
        };
        if body == backer {
            continue;
        }
        let first = doc.sentences[doc.sentence_of[t]].start;
        let start = if demonyms.contains_key(&(t - 2)) {
            t - 2
        } else {
            mention_start(entity_at, backer, t - 2, first)
        };
        out.push(words_fact(
            entities,
            (backer, body),
            relation,
            start..mention_end(entity_at, body, at, doc.len()),
            (t - 2, at),
            0.65,
            "hyphen-backed",
        ));
    }
    out
}

/// "Frankfurt-based Deutsche Bank": a place, "-based" and a body named
/// right after it (a few adjectives between at most).
fn based_in(
    doc: &Doc,
    entities: &[Draft],
    entity_at: &HashMap<usize, usize>,
    demonyms: &HashMap<usize, usize>,
) -> Vec<Fact> {
    let mut out = Vec::new();
    // "Swiss drugmaker Sandoz AG", "German electronics group Siemens AG",
    // "Italy's state holding company IRI": a nationality or a country's
    // possessive, up to three lower-case words ending in the word for a
    // company, and the company's name.
    for t in 0..doc.len() {
        let (country, from) = match demonyms.get(&t) {
            Some(&c) => (c, t + 1),
            None => match entity_at.get(&t) {
                Some(&c)
                    if entities[c].kind == EntityKind::Country
                        && t + 1 < doc.len()
                        && matches!(doc.word(t + 1), "'s" | "’s")
                        && entity_at.get(&(t + 1)) != Some(&c) =>
                {
                    (c, t + 2)
                }
                // "the Quito daily El Comercio": a town's or a country's
                // name after an article, where its mention starts.
                Some(&c)
                    if settled(entities[c].kind)
                        && t > 0
                        && matches!(doc.lower[t - 1].as_str(), "the" | "a" | "an")
                        && entity_at.get(&(t - 1)) != Some(&c) =>
                {
                    (c, mention_end(entity_at, c, t, doc.len()))
                }
                _ => continue,
            },
        };
        if !settled(entities[country].kind) {
            continue;
        }
        let Some(u) = company_words(doc, from) else {
            continue;
        };
        let Some(&body) = entity_at.get(&u) else {
            continue;
        };
        if entities[body].kind != EntityKind::Organisation {
            continue;
        }
        let end = (u..doc.len())
            .find(|&k| entity_at.get(&k) != Some(&body))
            .unwrap_or(doc.len());
        out.push(words_fact(
            entities,
            (body, country),
            "is based in",
            t..end,
            (u, t),
            0.7,
            "nationality-company",
        ));
    }
    // "Carlton Communications Plc, the British television and film services
    // group, reported…", "Farmaceutici Partenope, a Naples drug distributor
    // which…": a company's name, a comma, an article, a nationality word or
    // a town's or a country's name, and the words for a company.
    for t in 1..doc.len().saturating_sub(3) {
        if doc.word(t) != "," || !matches!(doc.lower[t + 1].as_str(), "the" | "a" | "an") {
            continue;
        }
        let Some(&body) = entity_at
            .get(&(t - 1))
            .filter(|&&e| entities[e].kind == EntityKind::Organisation)
        else {
            continue;
        };
        let x = t + 2;
        let (place, from) = match demonyms.get(&x) {
            Some(&c) if entities[c].kind == EntityKind::Country => (c, x + 1),
            Some(_) => continue,
            None => match entity_at.get(&x) {
                Some(&p) if settled(entities[p].kind) => {
                    (p, mention_end(entity_at, p, x, doc.len()))
                }
                _ => continue,
            },
        };
        let Some(u) = company_words(doc, from) else {
            continue;
        };
        if place == body || entity_at.contains_key(&u) {
            continue;
        }
        let first = doc.sentences[doc.sentence_of[t]].start;
        out.push(words_fact(
            entities,
            (body, place),
            "is based in",
            mention_start(entity_at, body, t - 1, first)..u,
            (t - 1, x),
            0.7,
            "apposed-nationality-company",
        ));
    }
    for t in 2..doc.len() {
        if !(doc.lower[t] == "based" && doc.word(t - 1) == "-") {
            continue;
        }
        let Some(&place) = entity_at
            .get(&(t - 2))
            .filter(|&&e| settled(entities[e].kind))
        else {
            continue;
        };
        let Some((at, body)) = body_named_after(doc, entities, entity_at, t, 3) else {
            continue;
        };
        let start = mention_start(entity_at, place, t - 1, 0);
        let end = mention_end(entity_at, body, at, doc.len());
        out.push(words_fact(
            entities,
            (body, place),
            "is based in",
            start..end,
            (at, t - 2),
            0.7,
            "place-based",
        ));
    }
    // "Tatra Kreditbank, which is based in Bratislava", "Nethold, a pay-TV
    // group based in Amsterdam", "Boeing, based in Seattle": the body
    // "based" is said of, read from the words (the parse of such a clause
    // often hangs it elsewhere), and the place after "in".
    for t in 1..doc.len().saturating_sub(2) {
        if !(doc.lower[t] == "based" && doc.lower[t + 1] == "in") {
            continue;
        }
        let k = past_article_and_compass(doc, t + 2);
        let Some(&place) = entity_at.get(&k).filter(|&&e| settled(entities[e].kind)) else {
            continue;
        };
        let first = doc.sentences[doc.sentence_of[t]].start;
        let body_at = |u: usize| {
            entity_at
                .get(&u)
                .copied()
                .filter(|&e| entities[e].kind.is_body())
        };
        // Back over "is", "was", "now"… to "which" or "that" after a comma
        // and a name; or over a described noun ("a pay-TV group") to a
        // comma and a name; or a name right before.
        let mut w = t - 1;
        while w > first
            && matches!(
                doc.lower[w].as_str(),
                "is" | "was" | "are" | "were" | "be" | "been" | "now" | "also" | "still"
            )
        {
            w -= 1;
        }
        let found = if matches!(doc.lower[w].as_str(), "which" | "that")
            && w >= first + 2
            && doc.word(w - 1) == ","
        {
            Some(w - 2)
        } else if body_at(t - 1).is_some() {
            Some(t - 1)
        } else {
            let mut u = t - 1;
            while u > first
                && t - u < 7
                && (doc.word(u).starts_with(char::is_lowercase)
                    || doc.word(u) == "-"
                    // ("a pay-TV group": a hyphenated word's capitals.)
                    || doc.word(u - 1) == "-")
                && !doc.tags[u].is_verb()
            {
                u -= 1;
            }
            (u + 1 < t
                && doc.word(u) == ","
                && u > first
                && matches!(doc.lower[u + 1].as_str(), "a" | "an" | "the"))
            .then(|| u - 1)
        };
        let Some((at, body)) = found.and_then(|u| body_at(u).map(|e| (u, e))) else {
            continue;
        };
        out.push(body_based_in(
            doc,
            entities,
            entity_at,
            (body, at),
            (place, k),
            first,
            (0.65, "based-in"),
        ));
    }
    out
}

/// "Krajisnik, who met U.S. envoy John Kornblum in Pale on Sunday": both
/// who met were where they met. (The patterns read the subject's; the
/// one met was there too.)
fn meeting_places(doc: &Doc, entities: &[Draft], entity_at: &HashMap<usize, usize>) -> Vec<Fact> {
    use EntityKind::{City, Country, Person, Region, Venue};
    let mut out = Vec::new();
    // The entity a token names: its own, or that of a name hung from it
    // ("U.S. envoy John Kornblum": the envoy is Kornblum).
    let named = |t: usize| {
        entity_at.get(&t).copied().or_else(|| {
            doc.children[t]
                .iter()
                .filter(|&&c| doc.deps[c].is("appos") || doc.deps[c].is("flat"))
                .find_map(|c| entity_at.get(c).copied())
        })
    };
    for v in 0..doc.len() {
        if doc.lemmas[v] != "meet" || !doc.tags[v].is_verb() {
            continue;
        }
        let child = |dep: &str| {
            doc.children[v]
                .iter()
                .copied()
                .find(|&c| doc.deps[c].is(dep))
        };
        // "who met": the name the relative clause is of.
        // (Each with the token it was read from.)
        let subject = child("nsubj").and_then(|c| {
            let t = if matches!(doc.lower[c].as_str(), "who" | "which") {
                doc.heads[v]?
            } else {
                c
            };
            named(t).map(|e| (t, e))
        });
        let object = child("obj").and_then(|c| named(c).map(|e| (c, e)));
        let (Some((xt, x)), Some((yt, y))) = (subject, object) else {
            continue;
        };
        if x == y || entities[x].kind != Person || entities[y].kind != Person {
            continue;
        }
        for &c in &doc.children[v] {
            let Some(&place) = entity_at.get(&c) else {
                continue;
            };
            let case = doc.children[c]
                .iter()
                .find(|&&k| doc.deps[k].is("case"))
                .map(|&k| doc.lower[k].as_str());
            if !doc.deps[c].is("obl")
                || !matches!(case, Some("in" | "at"))
                || !matches!(entities[place].kind, City | Country | Region | Venue)
            {
                continue;
            }
            let sentence = doc.sentences[doc.sentence_of[v]].clone();
            let end = mention_end(entity_at, place, c, sentence.end);
            let start = v.min(c).min(
                (sentence.start..v)
                    .find(|&u| entity_at.get(&u) == Some(&x))
                    .unwrap_or(v),
            );
            let short = |e: usize| {
                entities[e]
                    .name
                    .split_whitespace()
                    .last()
                    .unwrap_or("")
                    .to_string()
            };
            // (As the meeting stands: "will meet German Boris Becker … at
            // the Schleyer-Halle" is planned for both.)
            let status = status_of(doc, v);
            let Some(verb) = held_or_planned(status, "met", "will meet") else {
                continue;
            };
            for ((who, at), other) in [((x, xt), y), ((y, yt), x)] {
                let mut f = words_fact(
                    entities,
                    (who, place),
                    &format!("{verb} {} {}", short(other), case.unwrap_or("in")),
                    start..end,
                    (at, c),
                    0.6,
                    "meeting-place",
                );
                f.status = status;
                out.push(f);
            }
        }
    }
    out
}

/// The words of a meeting's verb as the meeting stands: done, or to be
/// done; none for a meeting that may not be (negated, hoped for…), whose
/// place is drafted with it by the verb's own pattern if at all.
fn held_or_planned(
    status: Status,
    done: &'static str,
    to_come: &'static str,
) -> Option<&'static str> {
    match status {
        Status::Stated => Some(done),
        Status::Planned => Some(to_come),
        _ => None,
    }
}

/// "Kinkel held talks in Madrid with Spanish Foreign Minister Abel
/// Matutes", "Alatas, who held United Nations-sponsored talks with Gama in
/// Geneva": both who held talks were where they held them. Read from the
/// words (the parse of such a clause often hangs "with" and "in" astray):
/// "held" (a verb whose subject names a person), up to three words, "talks"
/// or "a meeting", then, before a comma or the sentence's end, "with" and
/// a person's name (past the words of a title) and "in" or "at" and a
/// place.
fn talks_places(doc: &Doc, entities: &[Draft], entity_at: &HashMap<usize, usize>) -> Vec<Fact> {
    use EntityKind::{City, Country, Person, Region, Venue};
    let mut out = Vec::new();
    let person_at = |t: usize| {
        entity_at
            .get(&t)
            .copied()
            .filter(|&e| entities[e].kind == Person)
    };
    for v in 0..doc.len() {
        if doc.lemmas[v] != "hold" || !doc.tags[v].is_verb() {
            continue;
        }
        let sentence = doc.sentences[doc.sentence_of[v]].clone();
        let Some(k) = (v + 1..(v + 6).min(sentence.end)).find(|&t| {
            matches!(
                doc.lower[t].as_str(),
                "talks" | "meeting" | "meetings" | "discussions"
            )
        }) else {
            continue;
        };
        if (v + 1..k).any(|t| matches!(doc.word(t), "," | "." | ";")) {
            continue;
        }
        // The subject: the verb's, or the name a "who" clause is of.
        let subject = doc.children[v]
            .iter()
            .copied()
            .filter(|&c| doc.deps[c].is("nsubj"))
            .find_map(|c| {
                let t = if doc.lower[c] == "who" {
                    doc.heads[v]?
                } else {
                    c
                };
                person_at(t).map(|x| (t, x))
            });
        let Some((s, x)) = subject else { continue };
        // Past the talks, to the clause's end: the partner and the place.
        let end = (k + 1..sentence.end)
            .find(|&t| {
                matches!(doc.word(t), "," | "." | ";" | "\"" | "“" | "”")
                    || doc.lower[t] == "and"
                    || doc.lower[t] == "but"
            })
            .unwrap_or(sentence.end);
        let (mut partner, mut place) = (None, None);
        let mut t = k + 1;
        while t < end {
            match doc.lower[t].as_str() {
                "with" if partner.is_none() => {
                    let mut u = t + 1;
                    while u < end
                        && entity_at.get(&u).is_none()
                        && (doc.word(u).starts_with(char::is_uppercase) || doc.lower[u] == "the")
                    {
                        u += 1;
                    }
                    if let Some(y) = (u < end).then(|| person_at(u)).flatten() {
                        partner = Some((y, u));
                        t = mention_end(entity_at, y, u, end);
                        continue;
                    }
                }
                "in" | "at" if place.is_none() => {
                    let u = past_article_and_compass(doc, t + 1);
                    if let Some(&p) = entity_at
                        .get(&u)
                        .filter(|&&p| matches!(entities[p].kind, City | Country | Region | Venue))
                    {
                        place = Some((p, u));
                        t = mention_end(entity_at, p, u, end);
                        continue;
                    }
                }
                _ => {}
            }
            t += 1;
        }
        let (Some((y, yt)), Some((p, pt))) = (partner, place) else {
            continue;
        };
        if x == y {
            continue;
        }
        let short = |e: usize| {
            entities[e]
                .name
                .split_whitespace()
                .last()
                .unwrap_or("")
                .to_string()
        };
        let last = mention_end(entity_at, p, pt, end).max(mention_end(entity_at, y, yt, end));
        // (As the talks stand: "will hold talks with Kahn in Bergen" are
        // planned.)
        let status = status_of(doc, v);
        let Some(verb) = held_or_planned(status, "held", "will hold") else {
            continue;
        };
        let mut held = vec![words_fact(
            entities,
            (x, y),
            &format!("{verb} talks with"),
            v.min(s)..last,
            (s, yt),
            0.6,
            "talks-place",
        )];
        for (who, at, other) in [(x, s, y), (y, yt, x)] {
            held.push(words_fact(
                entities,
                (who, p),
                &format!("{verb} talks with {} in", short(other)),
                v.min(s)..last,
                (at, pt),
                0.6,
                "talks-place",
            ));
        }
        for mut f in held {
            f.status = status;
            out.push(f);
        }
    }
    out
}

/// "Saviotti said in Milan that …", "Redmond told Reuters by telephone
/// from Geneva", "Kagame told a news conference in Kigali": where a
/// speaker spoke and the news body told, read from the words right after
/// "said" or "told" (before "that", a comma or a quote), not from what
/// was said.
fn spoken(
    doc: &Doc,
    entities: &[Draft],
    entity_at: &HashMap<usize, usize>,
    coref: &Coref,
) -> Vec<Fact> {
    use EntityKind::{City, Country, GovernmentBody, Organisation, Person, Region};
    let mut out = Vec::new();
    let of_kind = |e: usize, kinds: &[EntityKind]| kinds.contains(&entities[e].kind);
    for v in 1..doc.len() {
        let tell = doc.lemmas[v] == "tell";
        if !(tell || doc.lemmas[v] == "say") || !doc.tags[v].is_verb() {
            continue;
        }
        let s = doc.sentences[doc.sentence_of[v]].clone();
        // The speaker: the verb's subject (a pronoun as resolved), or the
        // name right before it.
        let speakers = [Person, Organisation, GovernmentBody];
        // (A person named right before the verb is the speaker, whatever
        // the parse made of the title before: "Comit managing director
        // Pierfrancesco Saviotti said".)
        let before = (v > s.start).then(|| v - 1).filter(|t| {
            entity_at
                .get(t)
                .is_some_and(|&e| entities[e].kind == Person)
        });
        let subject = before
            .or_else(|| {
                doc.children[v]
                    .iter()
                    .copied()
                    .find(|&c| doc.deps[c].is("nsubj"))
            })
            .or_else(|| (v > s.start && entity_at.contains_key(&(v - 1))).then_some(v - 1));
        let Some(st) = subject else { continue };
        let (speaker, note) = match entity_at.get(&st) {
            Some(&e) => (e, None),
            None => match coref.resolved(st) {
                Some(e) if doc.tags[st].is_pronoun() => (
                    e,
                    Some(format!("“{}” taken as {}.", doc.word(st), entities[e].name)),
                ),
                _ => continue,
            },
        };
        if !of_kind(speaker, &speakers) {
            continue;
        }
        let mut push = |object: usize, at: usize, evidence: Range<usize>, relation: &str| {
            if object == speaker {
                return;
            }
            out.push(Fact {
                subject: speaker,
                object,
                relation: relation.to_string(),
                status: Status::Stated,
                attributed_to: None,
                role: None,
                evidence,
                anchors: (st, at),
                note: note.clone(),
                confidence: 0.65
                    * (0.5
                        + 0.5
                            * entities[speaker]
                                .confidence
                                .min(entities[object].confidence)),
                pattern: "spoken",
            });
        };
        // "In Brussels, NATO Secretary-General Javier Solana said": a place
        // set before the speaker with "in" and a comma, and hung from the
        // verb, is where the speaker spoke.
        for &c in &doc.children[v] {
            let fronted = doc.deps[c].is("obl")
                && c < st.min(v)
                && doc.children[c]
                    .iter()
                    .any(|&k| doc.deps[k].is("case") && doc.lower[k] == "in");
            let Some(&e) = entity_at.get(&c).filter(|_| fronted) else {
                continue;
            };
            let end = mention_end(entity_at, e, c, s.end);
            if of_kind(e, &[City, Country, Region]) && end < s.end && doc.word(end) == "," {
                // (With its "In".)
                let start = mention_start(entity_at, e, c, s.start);
                let start = if start > s.start && doc.lower[start - 1] == "in" {
                    start - 1
                } else {
                    start
                };
                push(e, c, start..(v + 1).max(st + 1), "spoke in");
            }
        }
        // "told the mass-circulation daily Bild": the medium named after
        // the words that describe it.
        if tell {
            let from = if v + 1 < s.end && matches!(doc.lower[v + 1].as_str(), "the" | "a") {
                v + 2
            } else {
                v + 1
            };
            let named = (from..s.end.min(from + 6)).find(|t| entity_at.contains_key(t));
            if let Some(j) = named.filter(|&j| {
                j > from
                    && lexicon::MEDIA_NOUNS.contains(&doc.lower[j - 1].as_str())
                    && (from..j).all(|t| {
                        !doc.tags[t].is_verb()
                            && !lexicon::capitalised(doc.word(t))
                            && (doc.word(t) == "-" || doc.word(t).chars().all(char::is_alphabetic))
                    })
            }) {
                let e = entity_at[&j];
                if of_kind(e, &[Organisation]) {
                    push(e, j, st.min(v)..mention_end(entity_at, e, j, s.end), "told");
                }
            }
        }
        let mut k = v + 1;
        let mut told = !tell;
        while k < s.end && k < v + 10 {
            let w = doc.lower[k].as_str();
            if matches!(
                w,
                "that" | "," | ";" | "." | "\"" | "“" | "”" | "'" | "‘" | "’"
            ) || doc.tags[k].is_verb()
            {
                break;
            }
            // (Who is told comes first: "told supporters outside the FSLN's
            // headquarters" told no FSLN.)
            if doc.tags[k].penn() == "IN" || (doc.tags[k].is_noun() && !entity_at.contains_key(&k))
            {
                told = true;
            }
            let end = |e: usize| mention_end(entity_at, e, k, s.end);
            if let Some(&e) = entity_at.get(&k) {
                if !told && of_kind(e, &[Organisation, Person, GovernmentBody]) {
                    push(e, k, st.min(v)..end(e), "told");
                    told = true;
                } else if of_kind(e, &[City, Country, Region]) {
                    // "in Geneva", "from the Hague", "in central Paris".
                    let mut c = k - 1;
                    while c > v + 1 && (doc.lower[c] == "the" || lexicon::is_compass(&doc.lower[c]))
                    {
                        c -= 1;
                    }
                    match doc.lower[c].as_str() {
                        "in" => push(e, k, st.min(v)..end(e), "spoke in"),
                        "from" => push(e, k, st.min(v)..end(e), "spoke from"),
                        _ => {}
                    }
                }
                k = end(e);
                continue;
            }
            k += 1;
        }
    }
    out
}

/// "Raul Salinas, brother of former President Carlos Salinas", "Ivan
/// Rybkin, a former speaker of the Duma": a person, a comma, a role of
/// someone or something named right after "of" (titles between), read
/// from the words, where the parse of a long apposition goes wrong.
fn apposed_roles(doc: &Doc, entities: &[Draft], entity_at: &HashMap<usize, usize>) -> Vec<Fact> {
    let mut out = Vec::new();
    for (p, d) in entities.iter().enumerate() {
        if d.kind != EntityKind::Person {
            continue;
        }
        for m in &d.mentions {
            let mut t = m.end;
            if t >= doc.len() || doc.word(t) != "," {
                continue;
            }
            t += 1;
            if t < doc.len() && matches!(doc.lower[t].as_str(), "the" | "a" | "an") {
                t += 1;
            }
            let mut role = Vec::new();
            while t < doc.len()
                && role.len() < 3
                && (lexicon::is_role(&doc.lower[t])
                    || matches!(
                        doc.lower[t].as_str(),
                        "former" | "younger" | "elder" | "older"
                    ))
            {
                role.push(t);
                t += 1;
            }
            if role.is_empty()
                || !role.iter().any(|&r| lexicon::is_role(&doc.lower[r]))
                || t >= doc.len()
                || doc.lower[t] != "of"
            {
                continue;
            }
            t += 1;
            while t < doc.len()
                && (lexicon::is_title(doc.word(t))
                    || matches!(doc.lower[t].as_str(), "former" | "the"))
                && entity_at.get(&t).is_none()
            {
                t += 1;
            }
            let Some(&o) = entity_at.get(&t) else {
                continue;
            };
            if o == p || doc.sentence_of[t] != doc.sentence_of[m.start] {
                continue;
            }
            let mut end = mention_end(entity_at, o, t, doc.len());
            // "a former executive of Australia's Coles Myer Ltd": the owner
            // names whose the body is; the role is the body's.
            let (o, t) = match entity_at.get(&(end + 1)) {
                Some(&owned)
                    if end + 1 < doc.len()
                        && matches!(doc.word(end), "'s" | "’s")
                        && owned != p
                        && owned != o =>
                {
                    let at = end + 1;
                    end = mention_end(entity_at, owned, at, doc.len());
                    (owned, at)
                }
                _ => (o, t),
            };
            let words: Vec<&str> = role.iter().map(|&r| doc.word(r)).collect();
            let mut f = words_fact(
                entities,
                (p, o),
                &format!("is {} of", words.join(" ")),
                m.start..end,
                (m.start, t),
                0.7,
                "apposed-role",
            );
            f.role = Some(words.join(" "));
            out.push(f);
        }
    }
    out
}

/// "Dairy Farm… on Thursday named Ronald Floto… as its chief executive",
/// "Dairy Farm names Floto chief executive", "was elected chairman of the
/// board": whom a body names, appoints or elects to a role holds it, the
/// role's owner being its possessive (what a pronoun stands for), what
/// follows "of", or else the body that named the person.
fn appointed_as(
    doc: &Doc,
    entities: &[Draft],
    entity_at: &HashMap<usize, usize>,
    coref: &Coref,
) -> Vec<Fact> {
    let mut out = Vec::new();
    let named = |t: usize| entity_at.get(&t).copied().or_else(|| coref.resolved(t));
    for v in 0..doc.len() {
        if !doc.tags[v].is_verb()
            || !matches!(
                doc.lemmas[v].as_str(),
                "name" | "appoint" | "elect" | "nominate" | "choose" | "select" | "install"
            )
        {
            continue;
        }
        let kids = &doc.children[v];
        // The person: the object (or the passive's subject).
        let Some(p) = kids
            .iter()
            .copied()
            .find(|&c| doc.deps[c].is("obj") || doc.deps[c].is("nsubj:pass"))
            .filter(|&c| named(c).is_some_and(|e| entities[e].kind == EntityKind::Person))
        else {
            continue;
        };
        let person = named(p).unwrap_or_default();
        // The role: "as" a role, or a role right after the person.
        let Some(r) = kids.iter().copied().find(|&c| {
            lexicon::is_role(&doc.lemmas[c])
                && doc.tags[c].is_noun()
                && !entity_at.contains_key(&c)
                && c > p
                && (doc.deps[c].is("xcomp")
                    || (doc.deps[c].is("obl")
                        && doc.children[c]
                            .iter()
                            .any(|&k| doc.deps[k].is("case") && doc.lower[k] == "as")))
        }) else {
            continue;
        };
        // Its owner: a possessive, a name after "of", or the body that
        // named the person.
        let possessive = doc.children[r]
            .iter()
            .copied()
            .find(|&c| doc.deps[c].is("nmod:poss"));
        let of = doc.children[r].iter().copied().find(|&c| {
            doc.deps[c].is("nmod")
                && c > r
                && doc.children[c].iter().any(|&k| {
                    doc.deps[k].is("case") && matches!(doc.lower[k].as_str(), "of" | "at")
                })
        });
        let subject = kids
            .iter()
            .copied()
            .find(|&c| doc.deps[c].is("nsubj") || doc.deps[c].is("obl:agent"));
        let owner_at = match (possessive, of) {
            (Some(x), _) | (None, Some(x)) => x,
            (None, None) => match subject {
                Some(x) => x,
                None => continue,
            },
        };
        let Some(owner) = named(owner_at).filter(|&o| o != person) else {
            continue;
        };
        if !(entities[owner].kind.is_body() || entities[owner].kind == EntityKind::Country) {
            continue;
        }
        let role = role_words(doc, r);
        let s = doc.sentences[doc.sentence_of[v]].clone();
        let start = p.min(v).min(owner_at);
        let start = mention_start(entity_at, person, start, s.start).min(start);
        let end = (r + 1).max(mention_end(entity_at, owner, owner_at, s.end));
        let mut f = words_fact(
            entities,
            (person, owner),
            &format!("is {role} of"),
            start..end.min(s.end),
            (p, owner_at),
            0.7,
            "appointed-as",
        );
        f.role = Some(role);
        if !entity_at.contains_key(&owner_at) {
            f.note = Some(format!(
                "“{}” taken as {}.",
                doc.word(owner_at),
                entities[owner].name
            ));
            f.confidence *= coref.confidence(owner_at).max(0.5);
        }
        out.push(f);
    }
    out
}

/// A results line ("Barcelona 3 Valencia 2", "Group G — Tunisia 1 – 2
/// England", "Sweden 1-0 South Korea", "Deportivo Coruna 2 (Bebeto 12,
/// Fran 80) Sevilla 0"): a line of two teams and their goals, with the
/// scorers in brackets after their team's goals, and nothing else but a
/// label before a dash or colon, says who beat whom (or that they drew)
/// and who scored for whom.
fn results(doc: &Doc, entities: &[Draft], entity_at: &HashMap<usize, usize>) -> Vec<Fact> {
    let team = |e: usize| is_team(entities[e].kind);
    let goals = lexicon::is_goals;
    let dash = |w: &str| matches!(w, "-" | "–" | "—");
    let mut out = Vec::new();
    for line in doc.lines() {
        // The label before a dash or a colon ("Group G —", "Result:").
        let from = (line.start..line.end.min(line.start + 4))
            .find(|&t| matches!(doc.word(t), "—" | ":"))
            .map_or(line.start, |t| t + 1);
        // A team's whole mention from `t`: its entity and where it ends.
        let run = |t: usize| -> Option<(usize, usize)> {
            let e = *entity_at.get(&t)?;
            let mut u = t;
            while u < line.end && entity_at.get(&u) == Some(&e) {
                u += 1;
            }
            team(e).then_some((e, u))
        };
        // The scorers in brackets at `t` (people, each with a minute), and
        // where the brackets end; `t` itself when there are none.
        let scorers = |t: usize| -> (Vec<(usize, usize)>, usize) {
            if t >= line.end || doc.word(t) != "(" {
                return (Vec::new(), t);
            }
            let Some(close) = (t + 1..line.end).find(|&u| doc.word(u) == ")") else {
                return (Vec::new(), t);
            };
            let people = (t + 1..close)
                .filter(|&u| {
                    entity_at.get(&u).is_some_and(|&e| {
                        entities[e].kind == EntityKind::Person
                            && entity_at.get(&(u - 1)) != Some(&e)
                    })
                })
                .map(|u| (entity_at[&u], u))
                .collect();
            (people, close + 1)
        };
        let Some((a, mut t)) = run(from) else {
            continue;
        };
        let w = |t: usize| if t < line.end { doc.word(t) } else { "" };
        // "A 1-0 B", "A 1 – 0 B" or "A 3 (scorers) B 2 (scorers)".
        let (a_goals, b_goals, b, a_scorers, b_scorers);
        if let Some((x, y)) = w(t)
            .split_once(['-', '–'])
            .filter(|(x, y)| goals(x) && goals(y))
        {
            (a_goals, b_goals) = (x.parse::<u32>().unwrap_or(0), y.parse::<u32>().unwrap_or(0));
            let Some((e, after)) = run(t + 1) else {
                continue;
            };
            (b, t, a_scorers, b_scorers) = (e, after, Vec::new(), Vec::new());
        } else if goals(w(t)) && dash(w(t + 1)) && goals(w(t + 2)) {
            (a_goals, b_goals) = (w(t).parse().unwrap_or(0), w(t + 2).parse().unwrap_or(0));
            let Some((e, after)) = run(t + 3) else {
                continue;
            };
            (b, t, a_scorers, b_scorers) = (e, after, Vec::new(), Vec::new());
        } else if goals(w(t)) {
            a_goals = w(t).parse().unwrap_or(0);
            let (people, after) = scorers(t + 1);
            let Some((e, after_b)) = run(after) else {
                continue;
            };
            if !goals(w(after_b)) {
                continue;
            }
            b_goals = w(after_b).parse().unwrap_or(0);
            let (people_b, after) = scorers(after_b + 1);
            (b, t, a_scorers, b_scorers) = (e, after, people, people_b);
        } else {
            continue;
        }
        let ends = (t..line.end).all(|u| matches!(doc.word(u), "." | ","));
        if a == b || !ends {
            continue;
        }
        let anchor = |e: usize| {
            (from..line.end)
                .find(|u| entity_at.get(u) == Some(&e))
                .unwrap_or(from)
        };
        let fact = |subject: usize, object: usize, relation: &str, anchors: (usize, usize)| {
            words_fact(
                entities,
                (subject, object),
                relation,
                line.clone(),
                anchors,
                0.75,
                "result-line",
            )
        };
        let (winner, loser) = if a_goals >= b_goals { (a, b) } else { (b, a) };
        let relation = if a_goals == b_goals {
            "drew with"
        } else {
            "beat"
        };
        out.push(fact(
            winner,
            loser,
            relation,
            (anchor(winner), anchor(loser)),
        ));
        for (scorers, side) in [(a_scorers, a), (b_scorers, b)] {
            for (player, at) in scorers {
                out.push(fact(player, side, "scored for", (at, anchor(side))));
            }
        }
    }
    out
}

/// What can be a team in sports copy: a country, a town, a region or a
/// body ("Sweden 1-0 South Korea", "Arsenal beat Derby County").
fn is_team(kind: EntityKind) -> bool {
    matches!(
        kind,
        EntityKind::Country | EntityKind::City | EntityKind::Region | EntityKind::Organisation
    )
}

/// "Ronaldo scored twice as Barcelona came from behind to beat Real
/// Betis", "Eric Lindros scored twice as the Philadelphia Flyers beat the
/// New York Rangers": a person who scores, and a clause of the same verb
/// opened by "as" whose subject is a team, say whom the person scored for.
fn scored_as_team_won(
    doc: &Doc,
    entities: &[Draft],
    entity_at: &HashMap<usize, usize>,
) -> Vec<Fact> {
    const SCORING: &[&str] = &["score", "net", "equalise", "equalize", "strike", "hit"];
    let mut out = Vec::new();
    for v in 0..doc.len() {
        if !doc.tags[v].is_verb() || !SCORING.contains(&doc.lemmas[v].as_str()) {
            continue;
        }
        let nominal = |rel: &str, of: usize| {
            doc.children[of]
                .iter()
                .copied()
                .find(|&c| doc.deps[c].is(rel))
        };
        // The scorer: the subject, or the name in apposition to it
        // ("Brazilian striker Ronaldo scored").
        let Some(subject) = nominal("nsubj", v) else {
            continue;
        };
        let scorer = [subject]
            .into_iter()
            .chain(
                doc.children[subject]
                    .iter()
                    .copied()
                    .filter(|&c| doc.deps[c].is("appos")),
            )
            .find_map(|t| entity_at.get(&t).map(|&e| (e, t)))
            .filter(|&(e, _)| entities[e].kind == EntityKind::Person);
        let Some((player, at)) = scorer else {
            continue;
        };
        // "Then England opened the scoring, when Harry Kane scored": the
        // scoring told as the time of what a side did is for that side.
        // ("when" is the clause's adverb in the treebank, "as" its mark.)
        let timed = doc.deps[v].is("advcl")
            && doc.children[v].iter().any(|&m| {
                m < v
                    && (doc.deps[m].is("mark") || doc.deps[m].is("advmod"))
                    && matches!(doc.lower[m].as_str(), "when" | "as")
            });
        // The sides' subjects: of the clause the goal times, and of each
        // "as" clause of the goal's ("scored… as England won a corner").
        let timing = doc.heads[v]
            .filter(|_| timed)
            .and_then(|h| nominal("nsubj", h));
        let as_clauses = doc.children[v].iter().copied().filter(|&c| {
            doc.deps[c].is("advcl")
                && doc.tags[c].is_verb()
                && doc.children[c]
                    .iter()
                    .any(|&m| doc.deps[m].is("mark") && doc.lower[m] == "as")
        });
        let sides: Vec<usize> = timing
            .into_iter()
            .chain(as_clauses.filter_map(|c| nominal("nsubj", c)))
            .collect();
        for team_at in sides {
            let Some(&team) = entity_at
                .get(&team_at)
                .filter(|&&e| is_team(entities[e].kind))
            else {
                continue;
            };
            let sentence = doc.sentences[doc.sentence_of[v]].clone();
            out.push(words_fact(
                entities,
                (player, team),
                "scored for",
                sentence,
                (at, team_at),
                0.65,
                "scored-as-team-won",
            ));
        }
    }
    out
}

/// Where a match was played: after a result between two teams ("beat
/// Nottingham Forest 4-0 at Old Trafford", "a 2-0 win over Derby County
/// at Highbury", "beat West Indies by 124 runs in the second test at the
/// Sydney Cricket Ground"), "at" and a place a few words on, before the
/// clause ends, is where both teams played.
fn match_grounds(
    doc: &Doc,
    entities: &[Draft],
    entity_at: &HashMap<usize, usize>,
    facts: &[Fact],
) -> Vec<Fact> {
    let ground = |e: usize| {
        matches!(
            entities[e].kind,
            EntityKind::City | EntityKind::Region | EntityKind::Venue
        )
    };
    let mut out = Vec::new();
    for f in facts {
        let verb = f
            .relation
            .split_whitespace()
            .find(|w| !matches!(*w, "were" | "was" | "have" | "has" | "had"));
        if !verb.is_some_and(|v| lexicon::RESULT_WORDS.contains(&v))
            || !is_team(entities[f.subject].kind)
            || !is_team(entities[f.object].kind)
            || f.status != Status::Stated
        {
            continue;
        }
        let s = doc.sentences[doc.sentence_of[f.anchors.0]].clone();
        // A match's result has its score or margin ("4-0", "by 124 runs");
        // "Germany held talks with France at Geneva" has none.
        let scored = s.clone().any(|t| {
            lexicon::is_score(doc.word(t))
                || (doc.lower[t] == "by"
                    && t + 2 < s.end
                    && doc.word(t + 1).chars().all(|c| c.is_ascii_digit())
                    && matches!(
                        doc.lower[t + 2].as_str(),
                        "runs" | "wickets" | "points" | "goals" | "strokes" | "shots" | "seconds"
                    ))
        });
        if !scored {
            continue;
        }
        let (later, at) = if f.anchors.1 > f.anchors.0 {
            (f.object, f.anchors.1)
        } else {
            (f.subject, f.anchors.0)
        };
        let end = mention_end(entity_at, later, at, s.end);
        let Some(a) = (end..s.end.min(end + 10))
            .take_while(|&u| {
                !matches!(
                    doc.lower[u].as_str(),
                    "," | ";" | "while" | "and" | "but" | "after" | "who" | "which" | "that" | "to"
                ) && entity_at.get(&u).is_none()
            })
            .find(|&u| doc.lower[u] == "at")
        else {
            continue;
        };
        let v = if a + 1 < s.end && doc.lower[a + 1] == "the" {
            a + 2
        } else {
            a + 1
        };
        let Some(&venue) = entity_at.get(&v).filter(|&&e| ground(e)) else {
            continue;
        };
        for (team, t) in [(f.subject, f.anchors.0), (f.object, f.anchors.1)] {
            if team != venue {
                out.push(words_fact(
                    entities,
                    (team, venue),
                    "played at",
                    s.clone(),
                    (t, v),
                    0.75,
                    "match-ground",
                ));
            }
        }
    }
    out
}

/// The mention of entity `e` that holds token `t`, if any.
fn mention_at(entities: &[Draft], e: usize, t: usize) -> Option<Range<usize>> {
    entities[e]
        .mentions
        .iter()
        .find(|m| m.contains(&t))
        .cloned()
}

/// Match reports: "Arsenal went top after a 2-0 win over Derby County",
/// "Barcelona's victory over Betis", "Chelsea's defeat by Wimbledon", "a
/// draw with Liverpool": the noun, its preposition and the other team
/// right after it; the team it is said of is the owner before the noun or
/// the subject of the clause the noun is in.
fn wins_over(doc: &Doc, entities: &[Draft], entity_at: &HashMap<usize, usize>) -> Vec<Fact> {
    let team = |e: usize| is_team(entities[e].kind);
    let mut out = Vec::new();
    for n in 0..doc.len() {
        let (case, other_won, relation) = match doc.lemmas[n].as_str() {
            "win" | "victory" | "triumph" if doc.tags[n].is_noun() => ("over", false, "beat"),
            "defeat" | "loss" if doc.tags[n].is_noun() => ("to", true, "beat"),
            "draw" | "tie" if doc.tags[n].is_noun() => ("with", false, "drew with"),
            _ => continue,
        };
        // The other team: the preposition right after the noun, maybe "the".
        let p = n + 1;
        if p >= doc.len() || !(doc.lower[p] == case || (other_won && doc.lower[p] == "by")) {
            continue;
        }
        let t = if p + 1 < doc.len() && doc.lower[p + 1] == "the" {
            p + 2
        } else {
            p + 1
        };
        let Some(&other) = entity_at.get(&t).filter(|&&e| team(e)) else {
            continue;
        };
        // The team it is said of: an owner ("Barcelona's victory"), or the
        // subject of the verb the noun hangs from (within two steps).
        let owner = doc.children[n]
            .iter()
            .copied()
            .find(|&c| doc.deps[c].is("nmod:poss") && entity_at.get(&c).is_some_and(|&e| team(e)));
        let subject = owner.or_else(|| {
            let mut v = n;
            for _ in 0..3 {
                v = doc.heads[v]?;
                if doc.tags[v].is_verb() {
                    return doc.children[v].iter().copied().find(|&c| {
                        doc.deps[c].is("nsubj") && entity_at.get(&c).is_some_and(|&e| team(e))
                    });
                }
            }
            None
        });
        let Some(at) = subject else {
            continue;
        };
        let this = entity_at[&at];
        if this == other || doc.sentence_of[at] != doc.sentence_of[n] {
            continue;
        }
        let (winner, loser, anchors) = if other_won {
            (other, this, (t, at))
        } else {
            (this, other, (at, t))
        };
        let sentence = doc.sentences[doc.sentence_of[n]].clone();
        out.push(words_fact(
            entities,
            (winner, loser),
            relation,
            sentence,
            anchors,
            0.7,
            "win-over",
        ));
    }
    out
}

/// "Pangalos will travel to Brussels on Thursday for talks with European
/// Commission President Jacques Santer", "Ajello is expected to arrive in
/// Kinshasa on Thursday for talks with Kengo wa Dondo, diplomats said",
/// "drove to Gaza for talks with Palestinian President Yasser Arafat":
/// "for talks with" (or "for a meeting with") and the name that follows,
/// past the capitalised words of its title, however the parse hung the
/// name (from "with", or as the subject of "said"); the one who holds the
/// talks is the subject of the verb the talks are for, or of the verb it
/// completes ("is expected to arrive"), a description or pronoun as
/// resolved. The status is that verb's.
fn talks_with(
    doc: &Doc,
    entities: &[Draft],
    entity_at: &HashMap<usize, usize>,
    coref: &Coref,
    speaker_of_token: &dyn Fn(usize) -> Option<usize>,
) -> Vec<Fact> {
    use EntityKind::{Country, GovernmentBody, Organisation, Person};
    let party = |e: usize| {
        matches!(
            entities[e].kind,
            Person | Organisation | GovernmentBody | Country
        )
    };
    let mut out = Vec::new();
    for n in 2..doc.len().saturating_sub(2) {
        if !matches!(doc.lower[n].as_str(), "talks" | "meeting" | "negotiations")
            || doc.lower[n + 1] != "with"
        {
            continue;
        }
        let f = if doc.lower[n - 1] == "a" {
            n - 2
        } else {
            n - 1
        };
        if doc.lower[f] != "for" {
            continue;
        }
        // The other party: the last name in the capitalised words after
        // "with" ("European Commission President Jacques Santer"), past
        // "the" and a body's people ("officials of the United Arab
        // Emirates"); and a second such run after "and" ("Egyptian
        // President Hosni Mubarak and Foreign Minister Amr Moussa").
        let sentence = doc.sentence_of[n];
        let in_sentence = |k: usize| k < doc.len() && doc.sentence_of[k] == sentence;
        let skip_lead = |mut k: usize| {
            if in_sentence(k + 1)
                && PEOPLE_OF_BODIES.contains(&doc.lemmas[k].as_str())
                && doc.lower[k + 1] == "of"
            {
                k += 2;
            }
            if in_sentence(k) && doc.lower[k] == "the" {
                k += 1;
            }
            k
        };
        let run = |start: usize| {
            let mut other = None;
            let mut k = start;
            while in_sentence(k)
                && k < start + 8
                && (lexicon::capitalised(doc.word(k))
                    || entity_at.contains_key(&k)
                    || (k > start
                        && entity_at.contains_key(&(k - 1))
                        && lexicon::NAME_PARTICLES.contains(&doc.lower[k].as_str())))
            {
                if let Some(&e) = entity_at.get(&k) {
                    if other.is_none_or(|(o, _)| o != e) {
                        other = Some((e, k));
                    }
                }
                k += 1;
            }
            (other, k)
        };
        let (first_other, end) = run(skip_lead(n + 2));
        let Some(first_other) = first_other.filter(|&(e, _)| party(e)) else {
            continue;
        };
        let mut others = vec![first_other];
        if in_sentence(end) && doc.lower[end] == "and" {
            if let (Some(second), _) = run(skip_lead(end + 1)) {
                if party(second.0) && second.0 != first_other.0 {
                    others.push(second);
                }
            }
        }
        // The verb the talks are for, and its subject (not one that asks
        // for them: "called for talks with the rebels").
        // (The parse may hang the talks from a noun of the verb's: "travel
        // to Washington next week for talks".)
        let head = doc.heads[n].map(|h| {
            if doc.tags[h].is_noun() && !doc.tags[h].is_proper() {
                doc.heads[h].unwrap_or(h)
            } else {
                h
            }
        });
        let Some(v) = head.filter(|&v| {
            doc.tags[v].is_verb() && !lexicon::ASKING_VERBS.contains(&doc.lemmas[v].as_str())
        }) else {
            continue;
        };
        let subjects_of = |v: usize| -> Vec<usize> {
            doc.children[v]
                .iter()
                .copied()
                .filter(|&c| doc.deps[c].is("nsubj") || doc.deps[c].is("nsubj:pass"))
                .collect()
        };
        let mut subjects = subjects_of(v);
        // Or the subject of the verb it completes or is coordinated with
        // ("is expected to arrive", "met Netanyahu and then drove"), up
        // through a word of that verb's clause the parse may have hung it
        // from ("on Thursday and then drove").
        if subjects.is_empty() && (doc.deps[v].is("xcomp") || doc.deps[v].is("conj")) {
            let mut h = doc.heads[v];
            for _ in 0..3 {
                match h {
                    Some(t) if !doc.tags[t].is_verb() => h = doc.heads[t],
                    _ => break,
                }
            }
            subjects = h
                .filter(|&t| doc.tags[t].is_verb())
                .map(subjects_of)
                .unwrap_or_default();
        }
        let Some(&first) = subjects.first() else {
            continue;
        };
        // A person named in the subject or in apposition to it ("European
        // Union special envoy Aldo Ajello", which the parse may split in
        // two subjects), else the subject's name, else what a description
        // or a pronoun stands for.
        let person = subjects
            .iter()
            .flat_map(|&s| {
                std::iter::once(s).chain(
                    doc.children[s]
                        .iter()
                        .copied()
                        .filter(|&c| doc.deps[c].is("appos")),
                )
            })
            .find(|t| {
                entity_at
                    .get(t)
                    .is_some_and(|&e| entities[e].kind == Person)
            });
        let (holder, at, note) = match (person, entity_at.get(&first)) {
            (Some(t), _) => (entity_at[&t], t, None),
            (None, Some(&e)) => (e, first, None),
            (None, None) => match coref.resolved(first) {
                Some(e) => (
                    e,
                    first,
                    Some(format!(
                        "“{}” taken as {}.",
                        doc.word(first),
                        entities[e].name
                    )),
                ),
                None => continue,
            },
        };
        if !party(holder) || doc.sentence_of[at] != sentence {
            continue;
        }
        let status = status_of(doc, v);
        let relation = if status == Status::Stated && matches!(doc.tags[v].penn(), "VBD" | "VBN") {
            "held talks with"
        } else {
            "holds talks with"
        };
        for &(other, at_other) in &others {
            if holder == other {
                continue;
            }
            let mut fact = words_fact(
                entities,
                (holder, other),
                relation,
                doc.sentences[sentence].clone(),
                (at, at_other),
                0.6,
                "talks-with",
            );
            fact.status = status;
            fact.note = note.clone();
            fact.attributed_to = speaker_of_token(v).filter(|&e| e != holder && e != other);
            out.push(fact);
        }
    }
    out
}

/// "Democratic Assembly Speaker Sheldon Silver", "Joseph Bruno, a
/// Republican from Rensselaer County": the person is a member of the
/// party the adjective names (`parties`, from
/// [`crate::entities::parties_of_adjectives`]).
fn party_members(
    doc: &Doc,
    entities: &[Draft],
    entity_at: &HashMap<usize, usize>,
    parties: &HashMap<usize, usize>,
) -> Vec<Fact> {
    let person = |k: usize| {
        entity_at
            .get(&k)
            .copied()
            .filter(|&e| entities[e].kind == EntityKind::Person)
    };
    // (In the text's order, whatever the map's.)
    let mut adjectives: Vec<(usize, usize)> = parties
        .iter()
        .map(|(&t, &p)| (t, p))
        .filter(|&(t, p)| !entity_at.contains_key(&t) && p < entities.len())
        .collect();
    fact_explorer_core::sort::sort_by_key(&mut adjectives, |x| *x);
    let mut out = Vec::new();
    for (t, p) in adjectives {
        // The person after the title, or the one before ", a Republican"
        // or ", Republican from".
        let member = if t >= 2 && doc.lower[t - 1] == "a" {
            person(t - 3).map(|e| (e, t - 3))
        } else if t >= 2 && doc.word(t - 1) == "," {
            person(t - 2).map(|e| (e, t - 2))
        } else if t >= 2 && crate::entities::opens_party_bracket(doc, t - 1) {
            // "John Cornyn, U.S. Senator (R-Texas)".
            (t.saturating_sub(8)..t - 1)
                .rev()
                .find_map(|k| person(k).map(|e| (e, k)))
        } else {
            (t + 1..doc.len().min(t + 5)).find_map(|k| person(k).map(|e| (e, k)))
        };
        let Some((member, at)) = member else {
            continue;
        };
        out.push(words_fact(
            entities,
            (member, p),
            "is member of",
            doc.sentences[doc.sentence_of[t]].clone(),
            (at, t),
            0.55,
            "party-adjective",
        ));
        // "a Republican from Rensselaer County": the member is from there.
        // (So is one in a bracket from the state after the hyphen.)
        if t + 2 < doc.len()
            && (doc.lower[t + 1] == "from"
                || (t >= 1 && crate::entities::opens_party_bracket(doc, t - 1)))
        {
            if let Some(&place) = entity_at
                .get(&(t + 2))
                .filter(|&&e| entities[e].kind.is_place())
            {
                let end = mention_end(entity_at, place, t + 2, doc.len());
                out.push(words_fact(
                    entities,
                    (member, place),
                    "is from",
                    at.min(t)..end,
                    (at, t + 2),
                    0.6,
                    "party-adjective-from",
                ));
            }
        }
    }
    out
}

/// "a one-day summit in Arusha attended by Presidents Benjamin Mkapa of
/// Tanzania, Daniel arap Moi of Kenya … as well as Zaire's Prime Minister
/// Kengo wa Dondo": a gathering's noun (`GATHERINGS`), "in" or "at" and a
/// place, then "attended by" and the people named after it, each with
/// their title and country, to the sentence's end or its next clause.
/// Read from the words: the parse makes little of such a list.
fn attended_by(doc: &Doc, entities: &[Draft], entity_at: &HashMap<usize, usize>) -> Vec<Fact> {
    let mut out = Vec::new();
    for t in 3..doc.len().saturating_sub(2) {
        if doc.lower[t] != "attended" || doc.lower[t + 1] != "by" {
            continue;
        }
        let sentence = doc.sentence_of[t];
        // The place just before: "summit in Arusha attended by".
        let Some(&place) = entity_at.get(&(t - 1)) else {
            continue;
        };
        if !entities[place].kind.is_place() {
            continue;
        }
        let mut k = t - 1;
        while k > 0 && entity_at.get(&(k - 1)) == Some(&place) {
            k -= 1;
        }
        let Some(case) = k
            .checked_sub(1)
            .filter(|&c| matches!(doc.lower[c].as_str(), "in" | "at"))
        else {
            continue;
        };
        let Some(noun) = case
            .checked_sub(1)
            .filter(|&n| lexicon::GATHERINGS.contains(&doc.lemmas[n].as_str()))
        else {
            continue;
        };
        let relation = format!("attended {} {}", doc.lemmas[noun], doc.lower[case]);
        let mut seen = Vec::new();
        for p in t + 2..doc.len() {
            if doc.sentence_of[p] != sentence
                || matches!(doc.lower[p].as_str(), "who" | "which" | ";")
                || (doc.tags[p].is_verb() && !entity_at.contains_key(&p))
            {
                break;
            }
            let Some(&e) = entity_at.get(&p) else {
                continue;
            };
            if entities[e].kind != EntityKind::Person || seen.contains(&e) || e == place {
                continue;
            }
            seen.push(e);
            out.push(words_fact(
                entities,
                (e, place),
                &relation,
                doc.sentences[sentence].clone(),
                (p, t - 1),
                0.55,
                "attended-by",
            ));
        }
    }
    out
}

/// Market reports: "Tate & Lyle shares rose 12 pence to 468p in London,
/// while Ebro Agricolas gained 4.5 percent to 2,140 pesetas in Madrid",
/// "In Tokyo, Toyota shares fell 30 yen", "Seagram was little changed in
/// New York": a name right before "shares" and a verb of a price's move
/// (`PRICE_VERBS`), or right before the verb in a sentence about shares,
/// then a figure or "unchanged", then "in" and a city (or a city set
/// before the sentence's comma with "In"): the company's shares trade
/// there. The parse is not asked (it reads "shares rose" as it likes).
fn shares_traded_in(doc: &Doc, entities: &[Draft], entity_at: &HashMap<usize, usize>) -> Vec<Fact> {
    let city = |t: usize| {
        entity_at
            .get(&t)
            .copied()
            .filter(|&e| entities[e].kind == EntityKind::City)
    };
    // A stock exchange by its name ("Stock Exchange of Singapore", "the
    // Montreal Exchange", "the Paris Bourse").
    let exchange = |t: usize| {
        entity_at.get(&t).copied().filter(|&e| {
            entities[e].kind.is_body()
                && entities[e]
                    .name
                    .split_whitespace()
                    .any(|w| matches!(w, "Exchange" | "Bourse" | "bourse"))
        })
    };
    let mut out = Vec::new();
    for s in &doc.sentences {
        if !s
            .clone()
            .any(|t| matches!(doc.lower[t].as_str(), "shares" | "stock"))
        {
            continue;
        }
        // "In Tokyo, …": the market of the whole sentence.
        let fronted = (doc.lower[s.start] == "in" && s.start + 1 < s.end)
            .then(|| city(s.start + 1))
            .flatten()
            .filter(|_| s.clone().any(|t| doc.word(t) == ","));
        for v in s.clone().skip(1) {
            if !lexicon::PRICE_VERBS.contains(&doc.lower[v].as_str()) {
                continue;
            }
            // The company: the name before "shares" or before the verb.
            let name_end = if matches!(doc.lower[v - 1].as_str(), "shares" | "stock") {
                v - 1
            } else {
                v
            };
            if name_end <= s.start {
                continue;
            }
            let Some(&company) = entity_at.get(&(name_end - 1)) else {
                continue;
            };
            if matches!(
                entities[company].kind,
                EntityKind::Country | EntityKind::Time | EntityKind::Amount
            ) || (city(name_end - 1).is_some() && name_end == v)
            {
                continue;
            }
            // A figure or "unchanged" after the verb, then "in" and a city,
            // before the clause ends.
            let mut moved = false;
            let mut market = None;
            let mut k = v + 1;
            while k < s.end {
                let w = doc.lower[k].as_str();
                if matches!(w, "," | ";" | "while" | "and" | "but" | "after" | "as") {
                    break;
                }
                if doc.tags[k].penn() == "CD"
                    || matches!(w, "unchanged" | "changed" | "steady" | "flat")
                {
                    moved = true;
                }
                if w == "in" && moved && k + 1 < s.end {
                    market = city(k + 1).map(|e| (e, k + 1, "shares traded in"));
                    break;
                }
                // "rose 35 cents to C$5.10 on the Montreal Exchange".
                if w == "on" && moved {
                    let at = if doc.lower.get(k + 1).is_some_and(|w| w == "the") {
                        k + 2
                    } else {
                        k + 1
                    };
                    market = (at < s.end)
                        .then(|| exchange(at))
                        .flatten()
                        .map(|e| (e, at, "shares traded on"));
                    break;
                }
                k += 1;
            }
            let market = market.or_else(|| {
                fronted
                    .filter(|_| moved)
                    .map(|e| (e, s.start + 1, "shares traded in"))
            });
            let Some((place, at, relation)) = market else {
                continue;
            };
            if place == company {
                continue;
            }
            out.push(words_fact(
                entities,
                (company, place),
                relation,
                s.clone(),
                (name_end - 1, at),
                0.6,
                "shares-traded-in",
            ));
        }
    }
    out
}

/// The fact a pattern reads between `a` (as subject) and `b`, if any.
fn match_pair(
    doc: &Doc,
    entities: &[Draft],
    entity_at: &HashMap<usize, usize>,
    a: &Anchor,
    b: &Anchor,
    speaker_of_token: &dyn Fn(usize) -> Option<usize>,
) -> Option<Fact> {
    // Through a conjunction only to a thing of the same sort: "met Lee and
    // Fink", not a place misread as coordinated with a person.
    let place = |e: usize| {
        matches!(
            entities[e].kind,
            EntityKind::City | EntityKind::Country | EntityKind::Region | EntityKind::Venue
        )
    };
    // "Aerospatiale of France, Daimler-Benz Aerospace of Germany": a
    // conjunct with an "of" phrase of its own holds no place of the first's.
    let own_of = |x: &Anchor| {
        mention_at(entities, x.entity, x.token).is_some_and(|m| {
            m.clone().any(|t| {
                doc.children[t].iter().any(|&c| {
                    !m.contains(&c)
                        && doc.deps[c].is("nmod")
                        && doc.children[c]
                            .iter()
                            .any(|&k| doc.deps[k].is("case") && doc.lower[k] == "of")
                })
            })
        })
    };
    let holder = |x: &Anchor| {
        let t = through_conj(doc, x.token);
        // (A country coordinated with a body is a party as the body is:
        // "the European Union and Japan agreed".)
        let body = |e: usize| {
            matches!(
                entities[e].kind,
                EntityKind::Organisation | EntityKind::GovernmentBody | EntityKind::Country
            )
        };
        let same = entity_at
            .get(&t)
            .is_none_or(|&e| place(e) == place(x.entity) || (body(e) && body(x.entity)));
        if same {
            t
        } else {
            through_title(doc, x.token)
        }
    };
    let (ta, tb) = (holder(a), holder(b));
    // (Not to the first conjunct's own words when this one has an "of"
    // phrase of its own: Daimler-Benz Aerospace is not of France.)
    let ta = if ta != a.token && own_of(a) && doc.subtree(ta).contains(&tb) {
        a.token
    } else {
        ta
    };
    let tb = if tb != b.token && own_of(b) && doc.subtree(tb).contains(&ta) {
        b.token
    } else {
        tb
    };
    // Not through the coordination to the other end's own words ("Jim Yong
    // Kim, the former World Bank president" after "Ogunlesi and").
    let ta = if ta != a.token && doc.subtree(a.token).contains(&tb) {
        a.token
    } else {
        ta
    };
    let tb = if tb != b.token && doc.subtree(b.token).contains(&ta) {
        b.token
    } else {
        tb
    };
    // Through the role only to a thing outside its words ("Tunisia's
    // goalkeeper Mouez Hassen" is read by the role patterns).
    let ta = through_role(doc, ta)
        .filter(|&h| !doc.subtree(h).contains(&tb))
        .unwrap_or(ta);
    let tb = through_role(doc, tb)
        .filter(|&h| !doc.subtree(h).contains(&ta))
        .unwrap_or(tb);
    // "Tate & Lyle, which already owns starch maker Amylum": where the
    // other end hangs from a word of this end's own name below the
    // anchor ("Lyle" under "Tate"), the path starts at that word.
    let inside = |x: &Anchor, t: usize, other: usize| {
        if !doc.subtree(t).contains(&other) || entity_at.get(&t) != Some(&x.entity) {
            return t;
        }
        let mut u = other;
        for _ in 0..12 {
            let Some(h) = doc.heads[u] else { break };
            if h == t {
                break;
            }
            if entity_at.get(&h) == Some(&x.entity) && doc.subtree(t).contains(&h) {
                // (Not into a relative clause with no relative word, which
                // a name does not take: "Rasheed, who attended…, said
                // Baghdad would load" hung "load" from "Rasheed".)
                let relative = !doc.deps[u].is("acl:relcl")
                    || doc.children[u]
                        .iter()
                        .any(|&c| matches!(doc.tags[c].penn(), "WDT" | "WP" | "WP$"));
                return if relative { h } else { t };
            }
            u = h;
        }
        t
    };
    let (ta, tb) = (inside(a, ta, tb), inside(b, tb, ta));
    let (up_tokens, top, mut down_tokens) = path(doc, ta, tb)?;
    // "a former prime minister of Spain who heads a fact-finding mission":
    // "who" after a place that modifies a noun is said of the noun (a
    // person or a body), not of the place the parse hung its clause from
    // (a place the clause directly follows may be personified: "at
    // Turkey, who is knocking on the doors of Europe").
    let who_clause = |r: usize| {
        doc.deps[r].is("acl:relcl")
            && doc.children[r]
                .iter()
                .any(|&c| c < r && matches!(doc.lower[c].as_str(), "who" | "whom"))
    };
    let modifier = |t: usize| doc.deps[t].is("nmod");
    if (top == ta
        && place(a.entity)
        && modifier(ta)
        && down_tokens.first().is_some_and(|&r| who_clause(r)))
        || (top == tb
            && place(b.entity)
            && modifier(tb)
            && up_tokens.last().is_some_and(|&r| who_clause(r)))
    {
        return None;
    }
    // "would not negotiate with the National Council for the Defence of
    // Democracy (CNDD) of Leonard Nyangoma": past a third name on the way
    // down from a verb, an "of" phrase is that name's (its leader), no
    // party to the verb.
    let of_phrase = |t: usize| {
        doc.deps[t].is("nmod")
            && doc.children[t]
                .iter()
                .any(|&c| doc.deps[c].is("case") && doc.lower[c] == "of")
    };
    if doc.tags[top].is_verb()
        && down_tokens.windows(2).any(|w| {
            entity_at
                .get(&w[0])
                .is_some_and(|&e| e != a.entity && e != b.entity)
                && of_phrase(w[1])
        })
    {
        return None;
    }
    // "chairman and chief executive of BlackRock": a coordinated noun on
    // the way down stands for the one it is coordinated with.
    // A coordinated name is someone else ("Ogunlesi and Jim Yong Kim, the
    // former World Bank president": not Ogunlesi's role).
    // A coordinated name is someone else when the path goes on into its own
    // words ("Ogunlesi and Jim Yong Kim, the former World Bank president":
    // not Ogunlesi's role); a list of names stays looked through.
    // So is a coordinated role with an owner of its own ("Peru's foreign
    // minister Francisco Tudela and the brother of President Alberto
    // Fujimori, Pedro Fujimori": Pedro is no minister of Peru's).
    let owned_role = |t: usize| {
        let owned = |r: usize| {
            doc.children[r]
                .iter()
                .any(|&c| doc.deps[c].is("nmod") || doc.deps[c].is("nmod:poss"))
        };
        // ("chairman and chief executive of BlackRock" share theirs.)
        lexicon::is_role(&doc.lemmas[t])
            && owned(t)
            && doc.heads[t].is_some_and(|h| lexicon::is_role(&doc.lemmas[h]) && owned(h))
    };
    let own_words = |t: usize| {
        (doc.tags[t].is_proper() || owned_role(t))
            && down_tokens
                .iter()
                .position(|&x| x == t)
                .and_then(|k| down_tokens.get(k + 1))
                .is_some_and(|&n| !doc.deps[n].is("conj"))
    };
    let keep: Vec<bool> = down_tokens
        .iter()
        .map(|&t| {
            // (A coordinated noun that is no role is someone else: "His wife
            // Michelle Martin and an accomplice, Michel Lelievre".)
            let stands_for = doc.tags[t].is_proper() || lexicon::is_role(&doc.lemmas[t]);
            // (A noun with a copula of its own coordinated with a verb is a
            // predicate: "is seen as… and is a member of KANU".)
            let predicate = doc.heads[t].is_some_and(|h| doc.tags[h].is_verb())
                && doc.children[t].iter().any(|&c| doc.deps[c].is("cop"));
            !(doc.deps[t].is("conj")
                && !predicate
                && doc.tags[t].is_noun()
                && t != tb
                && stands_for
                && !own_words(t))
        })
        .collect();
    let mut keep = keep.into_iter();
    down_tokens.retain(|_| keep.next().unwrap_or(true));
    // "is scheduled to meet Guterres and hold talks with…": a coordinated
    // verb without a subject of its own shares the first verb's subject
    // (the wording keeps it: "is scheduled to hold talks with").
    let worded = down_tokens.clone();
    down_tokens.retain(|&t| {
        !(doc.deps[t].is("conj")
            && doc.tags[t].is_verb()
            && doc.heads[t].is_some_and(|h| doc.tags[h].is_verb())
            && !doc.children[t]
                .iter()
                .any(|&c| doc.deps[c].is("nsubj") || doc.deps[c].is("csubj")))
    });
    if up_tokens.len() > 3 || down_tokens.len() > 4 {
        return None;
    }
    // An owner the parse read where the text has no possessive ("the
    // United Nations Linda Thomas-Greenfield") owns nothing.
    let possessive = |t: usize| {
        matches!(doc.tags[t].penn(), "PRP$" | "WP$")
            || doc.children[t]
                .iter()
                .any(|&c| matches!(doc.lower[c].as_str(), "'s" | "’s" | "'" | "’"))
            || (t + 1 < doc.len() && matches!(doc.lower[t + 1].as_str(), "'s" | "’s" | "'" | "’"))
    };
    if up_tokens
        .iter()
        .chain(&down_tokens)
        .any(|&t| doc.deps[t].is("nmod:poss") && !possessive(t))
    {
        return None;
    }
    let up: Vec<crate::labels::Dep> = up_tokens.iter().map(|&t| doc.deps[t]).collect();
    let down: Vec<crate::labels::Dep> = down_tokens.iter().map(|&t| doc.deps[t]).collect();
    // Coordinated subjects of a joint action: the path is the conjunction
    // (or the second name's top word is a conjunct of the first's:
    // "Foreign ministers Luiz Felipe Lampreia of Brazil and Jose Angel
    // Gurria of Mexico signed", with the first name's anchor its last
    // word).
    let top_of = |x: &Anchor| {
        let mut t = x.token;
        for _ in 0..8 {
            match doc.heads[t] {
                Some(h) if entity_at.get(&h) == Some(&x.entity) => t = h,
                _ => break,
            }
        }
        t
    };
    let (ha, hb) = (top_of(a), top_of(b));
    let joint_pair = ta == tb || (doc.deps[hb].is("conj") && doc.heads[hb] == Some(ha));
    // A people's word ("American Pete Sampras", "Swede Thomas Enqvist")
    // says where someone is from; it does no deed ("Becker beat
    // American…" is no fact about the United States).
    // (Looked up once a pair, not once a pattern.)
    let nationality = |x: &Anchor| {
        !entity_at.contains_key(&x.token) && lexicon::demonym(doc.word(x.token)).is_some()
    };
    let nationality_at_end = nationality(a) || nationality(b);
    // "a USI instructor in English": a people's word after "in" is their
    // language, no one's country.
    let language = |x: &Anchor| {
        nationality(x)
            && doc
                .children_with(x.token, "case")
                .any(|c| doc.lower[c] == "in")
    };
    if language(a) || language(b) {
        return None;
    }
    // "Jalal Talabani, whose Patriotic Union of Kurdistan has fought the
    // KDP": the relative clause's subject is the noun "whose" owns, so
    // what the clause does is not the name's deed.
    let whose_clause = down_tokens.first().is_some_and(|&r| whose_relative(doc, r));
    if win_over(doc, entities, a, b, &up_tokens, top, &down_tokens)
        || signed_from(doc, entities, entity_at, top, a, b)
    {
        return None;
    }
    for p in PATTERNS {
        if whose_clause && p.down.first() == Some(&"acl:relcl") {
            continue;
        }
        let (subject, object) = if p.reversed { (b, a) } else { (a, b) };
        if nationality_at_end
            && matches!(
                p.wording,
                Wording::Verb | Wording::Passive | Wording::Deed | Wording::Noun
            )
        {
            continue;
        }
        // Nor does it hold a role: "Harland's former partners, Canadians
        // Robert Kline and Gary Sloane" makes no partner of Canada.
        if p.wording == Wording::Role && nationality(subject) {
            continue;
        }
        let (ks, ko) = (
            kind_letter(entities[subject.entity].kind),
            kind_letter(entities[object.entity].kind),
        );
        if !p.kinds.0.contains(ks) || !p.kinds.1.contains(ko) {
            continue;
        }
        // "In the first game of Group G, Belgium faced Panama": a phrase
        // put before the subject sets the scene; it is no party to the verb.
        if p.top == Top::Verb
            && p.down.len() >= 2
            && p.down[0].starts_with("obl")
            && down_tokens.first().is_some_and(|&o| o < ta.min(top))
        {
            continue;
        }
        // "… would mobilize capital, according to lawmaker Cha": who
        // reports the fact (a quote's relay), no party to it.
        if down_tokens
            .iter()
            .any(|&o| doc.children[o].iter().any(|&c| doc.lower[c] == "according"))
        {
            continue;
        }
        if !p.cases.is_empty() {
            let object_token = if p.reversed {
                ta
            } else {
                down_tokens.last().copied().unwrap_or(tb)
            };
            let case_ok = doc.children[object_token]
                .iter()
                .any(|&c| doc.deps[c].is("case") && p.cases.contains(&doc.lower[c].as_str()));
            if !case_ok {
                continue;
            }
        }
        let verb_top = if p.top == Top::Joint {
            // (The second end is the conjunct's own name, not a word of
            // its title: "by Air Canada chairman Hollis Harris and
            // Lufthansa chairman Juergen Weber" is no deed of Lufthansa.)
            let conjunct =
                |t: usize| doc.deps[t].is("conj") && entity_at.get(&t) == Some(&b.entity);
            // (And people act jointly with people, bodies with bodies.)
            let person = |x: &Anchor| entities[x.entity].kind == EntityKind::Person;
            if !joint_pair
                || a.token >= b.token
                || !(conjunct(b.token) || conjunct(hb))
                || person(a) != person(b)
            {
                continue;
            }
            // The shared head of X and Y is their verb ("X and Y signed"),
            // as the agents of a passive ("was signed by deputy chairman
            // Cheong Choong Kong and Jean Pierson"), or through the noun
            // they are in apposition to ("Foreign ministers Luiz Felipe
            // Lampreia of Brazil and Jose Angel Gurria of Mexico signed").
            let first = if ta == tb { ta } else { ha };
            let subject = match doc.heads[first] {
                Some(h) if doc.deps[first].is("appos") && h < first && doc.tags[h].is_noun() => h,
                _ => first,
            };
            // (Or those asked to act together: "appealed to IG Metall and
            // Gesamtmetall to settle the dispute", "urged Hasina and
            // Khaleda to end the boycotts" — the verb of the clause asked
            // for, with no subject of its own.)
            let asked = |h: usize| {
                (doc.deps[subject].is("obj") || doc.deps[subject].is("obl"))
                    .then(|| {
                        doc.children[h].iter().copied().find(|&x| {
                            x > subject
                                && (doc.deps[x].is("xcomp")
                                    || (doc.deps[x].is("advcl") && to_clause(doc, x)))
                                && JOINT.contains(&doc.lemmas[x].as_str())
                                && doc.child(x, "nsubj").is_none()
                        })
                    })
                    .flatten()
            };
            let Some(v) = doc.heads[subject].and_then(|h| {
                if doc.deps[subject].is("nsubj") || doc.deps[subject].is("obl:agent") {
                    Some(h)
                } else {
                    asked(h)
                }
            }) else {
                continue;
            };
            if !JOINT.contains(&doc.lemmas[v].as_str()) {
                continue;
            }
            // ("Ogunlesi and Jim Yong Kim also joined the discussions":
            // two joined something, not each other, unless forces or
            // hands.)
            if doc.lemmas[v] == "join"
                && doc
                    .child(v, "obj")
                    .is_some_and(|o| !matches!(doc.lemmas[o].as_str(), "force" | "hand"))
            {
                continue;
            }
            v
        } else if p.top == Top::Adjacent {
            if joint_pair {
                continue;
            }
            top
        } else {
            if joint_pair || p.up.len() != up.len() || p.down.len() != down.len() {
                continue;
            }
            if !p.up.iter().zip(&up).all(|(s, d)| step_matches(*d, s))
                || !p.down.iter().zip(&down).all(|(s, d)| step_matches(*d, s))
            {
                continue;
            }
            top
        };
        // (An apposition set off by its comma: "Borussia Dortmund to a
        // player who starred at Euro 96" describes no club.)
        if p.name.starts_with("described-relative")
            && !down_tokens.first().is_some_and(|&r| {
                let start = doc.subtree(r).start;
                doc.word(start) == "," || start.checked_sub(1).is_some_and(|c| doc.word(c) == ",")
            })
        {
            continue;
        }
        if p.name == "body-of-person"
            && !down_tokens
                .first()
                .is_some_and(|&t| doc.children_with(t, "case").any(|c| doc.lower[c] == "of"))
        {
            continue;
        }
        // (The verb is "become" or "remain", and what follows it a role.)
        if p.name.starts_with("became-role") {
            // (In a relative clause the verb is the first token down and
            // the role the second.)
            let (verb, role) = if p.top == Top::Verb {
                (Some(verb_top), down_tokens.first().copied())
            } else {
                (down_tokens.first().copied(), down_tokens.get(1).copied())
            };
            let ok = verb.is_some_and(|v| matches!(doc.lemmas[v].as_str(), "become" | "remain"))
                && role.is_some_and(|r| lexicon::is_role(&doc.lemmas[r]));
            if !ok {
                continue;
            }
        }
        // (The verb one is elected, named or serves by, and a role after
        // "as".)
        if p.name.starts_with("as-role") {
            let (verb, role) = if p.top == Top::Verb {
                (Some(verb_top), down_tokens.first().copied())
            } else {
                (down_tokens.first().copied(), down_tokens.get(1).copied())
            };
            let ok = verb.is_some_and(|v| lexicon::AS_ROLE_VERBS.contains(&doc.lemmas[v].as_str()))
                && role.is_some_and(|r| {
                    lexicon::is_role(&doc.lemmas[r])
                        && doc.children[r]
                            .iter()
                            .any(|&c| doc.deps[c].is("case") && doc.lower[c] == "as")
                });
            if !ok {
                continue;
            }
        }
        // (The described body: a common noun after "of", "at" or "for",
        // its name right after it.)
        if p.name == "apposition-role-described"
            && !(down_tokens.len() == 3 && {
                let (role, noun) = (down_tokens[0], down_tokens[1]);
                let start = mention_at(entities, b.entity, b.token).map_or(b.token, |m| m.start);
                lexicon::is_role(&doc.lemmas[role])
                    && doc.tags[noun].is_noun()
                    && !doc.tags[noun].is_proper()
                    && start == noun + 1
                    && doc.children[noun].iter().any(|&c| {
                        doc.deps[c].is("case")
                            && matches!(doc.lower[c].as_str(), "of" | "at" | "for")
                    })
            })
        {
            continue;
        }
        // (The place is the clause's predicate, with its copula and a
        // relative word: "who is in Singapore".)
        if p.name == "relative-copula-in"
            && !down_tokens.first().is_some_and(|&r| {
                doc.children[r].iter().any(|&c| doc.deps[c].is("cop"))
                    && doc.children[r]
                        .iter()
                        .any(|&c| c < r && matches!(doc.lower[c].as_str(), "who" | "which"))
            })
        {
            continue;
        }
        if p.name == "shared-subject-role"
            && !down_tokens
                .first()
                .is_some_and(|&r| role_with_copula(doc, r) && doc.child(r, "nsubj").is_none())
        {
            continue;
        }
        // "THY chairman Yusuf Bozkurt and Jean Pierson": a role in the
        // singular is the first person's, not the one coordinated with
        // them ("Presidents X and Y" are read by the plural's rule).
        if p.wording == Wording::Role && p.top == Top::Role {
            let (person, end) = if p.reversed { (b, tb) } else { (a, ta) };
            let noun = doc.tags[top].penn();
            if person.token != end
                && doc.deps[person.token].is("conj")
                && !matches!(noun, "NNS" | "NNPS")
            {
                continue;
            }
        }
        let ok = match p.top {
            // "is due to meet", "is likely to visit": an adjective that
            // carries a verb, with its copula.
            // (For talks: the noun before the other end is "talks" or a
            // meeting, with "for".)
            // (A hearing held, on the person or on their nomination.)
            Top::Verb if p.name == "hearing-on" => {
                matches!(doc.lemmas[verb_top].as_str(), "hold" | "schedule" | "open")
                    && down_tokens
                        .first()
                        .is_some_and(|&n| doc.lemmas[n] == "hearing")
                    && (down_tokens.len() == 2
                        || down_tokens.get(1).is_some_and(|&n| {
                            matches!(
                                doc.lemmas[n].as_str(),
                                "nomination" | "appointment" | "confirmation" | "case"
                            ) && doc.children[n]
                                .iter()
                                .any(|&c| doc.deps[c].is("case") && doc.lower[c] == "on")
                        }))
            }
            Top::Verb if p.name == "verb-for-talks" => {
                doc.tags[verb_top].is_verb()
                    && down_tokens.len() >= 2
                    && down_tokens.get(down_tokens.len() - 2).is_some_and(|&n| {
                        matches!(
                            doc.lemmas[n].as_str(),
                            "talk" | "talks" | "meeting" | "negotiation" | "negotiations"
                        ) && doc.children[n]
                            .iter()
                            .any(|&c| doc.deps[c].is("case") && doc.lower[c] == "for")
                    })
            }
            Top::Verb => {
                doc.tags[verb_top].is_verb()
                    || (carrier_status(&doc.lemmas[verb_top]).is_some()
                        && doc.children[verb_top]
                            .iter()
                            .any(|&c| doc.deps[c].is("cop")))
            }
            Top::Joint => true,
            Top::Copula => {
                doc.tags[top].is_noun()
                    && doc.children[top].iter().any(|&c| doc.deps[c].is("cop"))
                    && lexicon::is_role(&doc.lemmas[top])
            }
            Top::Role if p.name.ends_with("-part") => lexicon::is_part(&doc.lemmas[top]),
            Top::Role => {
                lexicon::is_role(&doc.lemmas[top])
                    || role_after(doc, top).is_some()
                    || (p.name == "compound-role-apposition"
                        && lexicon::LOWER_CASE_POSITIONS.contains(&doc.word(top)))
            }
            Top::Subject if p.name == "apposition-demonym" => {
                lexicon::demonym(doc.word(b.token)).is_some() && !entity_at.contains_key(&b.token)
            }
            Top::Subject if p.name.starts_with("place-noun") => down_tokens
                .first()
                .is_some_and(|&r| lexicon::PLACE_NOUNS.contains(&doc.lemmas[r].as_str())),
            Top::Subject => match p.wording {
                Wording::Role if p.name.ends_with("-part") => down_tokens
                    .first()
                    .is_some_and(|&r| lexicon::is_part(&doc.lemmas[r])),
                // The role noun is the first token down.
                Wording::Role if p.name == "apposition-member-compound" => down_tokens
                    .first()
                    .is_some_and(|&r| lexicon::MEMBER_ROLES.contains(&doc.lemmas[r].as_str())),
                // (Checked with the verb below.)
                Wording::Role
                    if p.name.starts_with("became-role") || p.name.starts_with("as-role") =>
                {
                    true
                }
                Wording::Role if p.name == "apposition-description" => down_tokens
                    .first()
                    .is_some_and(|&r| doc.tags[r].is_noun() && !doc.tags[r].is_proper()),
                // (A body or a country holds no office: it is a member.)
                Wording::Role if p.name == "apposition-relative-role" => {
                    down_tokens.first().is_some_and(|&r| {
                        role_with_copula(doc, r)
                            && (entities[a.entity].kind == EntityKind::Person
                                || lexicon::MEMBER_ROLES.contains(&doc.lemmas[r].as_str()))
                    })
                }
                Wording::Role if p.name.starts_with("apposition") => down_tokens
                    .first()
                    .is_some_and(|&r| lexicon::is_role(&doc.lemmas[r])),
                Wording::Role => {
                    // "BlackRock CEO Larry Fink": the person has a title, and
                    // the owner stands before the name.
                    let title = title_of(doc, entities, a);
                    title.is_some() && down_tokens.last().is_some_and(|&o| o < ta)
                }
                _ => true,
            },
            Top::EventNoun => EVENT_NOUNS.contains(&doc.lemmas[top].as_str()),
            Top::Noun if p.name.starts_with("place-noun") => {
                lexicon::PLACE_NOUNS.contains(&doc.lemmas[top].as_str())
            }
            Top::Noun => doc.tags[top].is_noun() && !doc.tags[top].is_proper(),
            Top::Adjacent if p.name == "demonym-phrase" => demonym_phrase(
                doc,
                entities,
                entity_at,
                a,
                b,
                &up_tokens,
                top,
                &down_tokens,
            ),
            Top::Adjacent => true,
        };
        // "Irving, Texas", not a list of places ("New South Wales,
        // Victoria, South Australia"): nothing but the end of the phrase
        // after the second place.
        let ok = ok
            && (!p.name.starts_with("place-in-place") || {
                let after = entities[object.entity]
                    .mentions
                    .iter()
                    .find(|m| m.contains(&object.token))
                    .map_or(object.token + 1, |m| m.end);
                let w = if after < doc.len() {
                    doc.word(after)
                } else {
                    "."
                };
                let next = if after + 1 < doc.len() {
                    doc.word(after + 1)
                } else {
                    ""
                };
                // And the second place right after the first and its comma.
                let first_end = entities[subject.entity]
                    .mentions
                    .iter()
                    .find(|m| m.contains(&subject.token))
                    .map_or(subject.token + 1, |m| m.end);
                let start = entities[object.entity]
                    .mentions
                    .iter()
                    .find(|m| m.contains(&object.token))
                    .map_or(object.token, |m| m.start);
                // (A pronoun there is no place: "from Herat, their home".)
                let named = entities[object.entity]
                    .mentions
                    .iter()
                    .any(|m| m.contains(&object.token));
                let adjacent = named
                    && first_end < doc.len()
                    && doc.word(first_end) == ","
                    && start == first_end + 1;
                // The second place is no sentence's subject: "After Kyiv,
                // Russia struck…" and "In Washington, Iran's minister…" are
                // no place in another.
                // A verb after the second place makes it the subject only
                // when the first place's phrase opens the sentence: "The
                // Museum of Flight in Seattle, Washington was proposed" is
                // a place in a place.
                let sentence_start = (0..=subject.token.min(doc.len() - 1))
                    .rev()
                    .find(|&i| doc.sentence_initial(i))
                    .unwrap_or(0);
                let opens_sentence = matches!(doc.tags[sentence_start].penn(), "IN" | "RB")
                    && (sentence_start..subject.token)
                        .all(|i| !doc.tags[i].penn().starts_with("VB"));
                let its_subject = doc.deps[object.token].is("nsubj")
                    || matches!(w, "'s" | "’s")
                    || (opens_sentence
                        && after < doc.len()
                        && matches!(doc.tags[after].penn(), "VBD" | "VBZ" | "VBP" | "VBN" | "MD"));
                // "After Kyiv, Russia struck…" read any way: an opening
                // phrase ("After Kyiv,") then a word that goes on the
                // sentence, not a preposition or a comma.
                let first_start = entities[subject.entity]
                    .mentions
                    .iter()
                    .find(|m| m.contains(&subject.token))
                    .map_or(subject.token, |m| m.start);
                let opening = first_start >= 1
                    && doc.sentence_initial(first_start - 1)
                    && doc.tags[first_start - 1].penn() == "IN";
                let goes_on = after < doc.len()
                    && doc.word(after).starts_with(char::is_lowercase)
                    && !matches!(doc.tags[after].penn(), "IN" | "TO" | "CC");
                let ends = !(its_subject || (opening && goes_on));
                // "Evansville, Indiana, United States": a city, its region
                // and the region's country are a chain, not a list.
                let chain = w == ","
                    && entities[object.entity].kind == EntityKind::Region
                    && entity_at
                        .get(&(after + 1))
                        .is_some_and(|&e| entities[e].kind == EntityKind::Country);
                // A region is in a country, not in another region.
                let down_the_chain = entities[subject.entity].kind != EntityKind::Region
                    || entities[object.entity].kind == EntityKind::Country;
                adjacent
                    && ends
                    && down_the_chain
                    && (chain
                        || !((w == "," || w == "and") && next.starts_with(char::is_uppercase)))
            });
        // "Lviv in western Ukraine": the name, "in", maybe "the" and a
        // point of the compass, then the place.
        let ok = ok
            // (Every pattern of names side by side with a preposition, and
            // "located-in", whose words are read as written.)
            && (!((p.top == Top::Adjacent && !p.cases.is_empty()) || p.name == "located-in") || {
                let span = |e: usize, t: usize| mention_at(entities, e, t).unwrap_or(t..t + 1);
                let (x, y) = (
                    span(subject.entity, subject.token),
                    span(object.entity, object.token),
                );
                let mut k = x.end;
                let word = |k: usize| doc.lower.get(k).map_or("", |w| w.as_str());
                // ("told Reuters in Kigali": a verb's object is where the
                // verb happened, not where the body is.)
                let after_verb = p.name == "located-in-adjacent"
                    && x.start > 0
                    && doc.tags[x.start - 1].is_verb();
                // ("Port-Royal station in central Paris": past a site's
                // noun after a place's name.)
                if p.name.starts_with("located-in-adjacent-")
                    && doc.tags.get(k).is_some_and(|t| t.penn() == "NN")
                    && lexicon::SITE_NOUNS.contains(&word(k))
                {
                    k += 1;
                }
                let in_ = p.cases.contains(&word(k)) && !after_verb;
                k = past_article_and_compass(doc, k + 1);
                in_ && y.start == k
            });
        // "won control of Belgrade, Nis and 12 other towns": places in a
        // list are not one inside the other.
        // (A list's next item: a place of the same kind, or "towns";
        // "Chicago, Illinois and the Evergreen Museum" is no list.)
        let ok = ok
            && !(p.name.starts_with("place-in-place") && {
                let y = mention_at(entities, object.entity, object.token)
                    .unwrap_or(object.token..object.token + 1);
                let mut k = y.end + 1;
                while k < doc.len() && matches!(doc.tags[k].penn(), "DT" | "CD" | "JJ") {
                    k += 1;
                }
                matches!(doc.lower.get(y.end).map(String::as_str), Some("and" | "or"))
                    && k < doc.len()
                    && (entity_at
                        .get(&k)
                        .is_some_and(|&e| entities[e].kind == entities[object.entity].kind)
                        || lexicon::PLACE_NOUNS.contains(&doc.lemmas[k].as_str()))
            });
        // A place owned by a pronoun ("from Herat, their home") is where
        // the pronoun's owner lives or goes, not a place inside it.
        let ok = ok
            && !(p.name == "possessive"
                && kind_letter(entities[subject.entity].kind) != 'p'
                && matches!(doc.tags[object.token].penn(), "PRP$" | "WP$"));
        // A name right after an owner of its own is that owner's: "Brazil's
        // state oil company Petrobras and Mexico's Petroleos Mexicanos".
        let ok = ok
            && !(p.name == "possessive" && {
                let s = doc.sentences[doc.sentence_of[subject.token]].start;
                let start = mention_start(entity_at, subject.entity, subject.token, s);
                start >= s + 2
                    && doc.tags[start - 1].penn() == "POS"
                    && entity_at
                        .get(&(start - 2))
                        .is_some_and(|&e| e != object.entity && e != subject.entity)
            });
        // "scored a second goal as England won a corner": a name the parse
        // hung below a noun or verb but that a finite verb follows is the
        // subject of a clause of its own, not this verb's object.
        let ok = ok
            && !(p.top == Top::Verb
                && p.down.last().is_some_and(|d| {
                    d.starts_with("nmod") || d.starts_with("obl") || matches!(*d, "obj" | "iobj")
                })
                && {
                    let end = b;
                    let mention = entities[end.entity]
                        .mentions
                        .iter()
                        .find(|m| m.contains(&end.token))
                        .cloned()
                        .unwrap_or(end.token..end.token + 1);
                    let after = mention.end;
                    // ("and Abel Balbo equalised", the verb tagged a
                    // participle.)
                    let after_and = mention.start > 0 && doc.lower[mention.start - 1] == "and";
                    after < doc.len()
                        && doc.sentence_of[after] == doc.sentence_of[end.token]
                        && (matches!(doc.tags[after].penn(), "VBD" | "VBZ" | "VBP" | "MD")
                            || (after_and && doc.tags[after].penn() == "VBN"))
                });
        // "signed England midfielder Paul Ince": a name before a role and
        // another name describes that one; it is not the verb's object.
        let ok = ok
            && !(matches!(p.top, Top::Verb | Top::Subject)
                && p.wording == Wording::Verb
                && !p.reversed
                && {
                    let end = b;
                    let after = entities[end.entity]
                        .mentions
                        .iter()
                        .find(|m| m.contains(&end.token))
                        .map_or(end.token + 1, |m| m.end);
                    after + 1 < doc.len()
                        && lexicon::is_role(&doc.lower[after])
                        && lexicon::capitalised(doc.word(after + 1))
                });
        // "from Y's assist": the noun names a deed, taken "from", "at",
        // "on" or "after" it.
        let ok = ok
            && (p.wording != Wording::Deed
                || down_tokens.len().checked_sub(2).is_some_and(|k| {
                    let noun = down_tokens[k];
                    deed(&doc.lemmas[noun]).is_some()
                        && doc.children[noun].iter().any(|&c| {
                            doc.deps[c].is("case")
                                && matches!(doc.lower[c].as_str(), "from" | "at" | "on" | "after")
                        })
                }));
        // The talks or meeting of "…-oblique" are what the clause comes
        // after or during (before them they have not happened).
        let ok = ok
            && (!matches!(p.name, "talks-oblique" | "meeting-oblique") || {
                let n = down_tokens[0];
                let noun_ok = match p.name {
                    "talks-oblique" => matches!(
                        doc.lemmas[n].as_str(),
                        "talk" | "negotiation" | "discussion" | "consultation"
                    ),
                    _ => doc.lemmas[n] == "meeting",
                };
                noun_ok
                    && doc.children[n].iter().any(|&c| {
                        doc.deps[c].is("case")
                            && matches!(
                                doc.lower[c].as_str(),
                                "after" | "during" | "following" | "in" | "at"
                            )
                    })
            });
        // "X appointed Y as chief executive, replacing Z": a participle
        // after a verb with an object of its own may be the object's deed,
        // not the subject's; only "to" ("flew to Y to meet Z") says whose.
        // "invited Albright to visit Prague": a verb with an object of its
        // own hands the clause to its object, not its subject; and a role
        // given by a verb is a role noun.
        // (The verb the clause hangs from, which may be a second verb
        // sharing the subject: "held talks with Nyerere and is expected to
        // visit Bujumbura".)
        let controller = down_tokens
            .first()
            .and_then(|&x| doc.heads[x])
            .unwrap_or(verb_top);
        let ok = ok
            && (!p.name.starts_with("control-")
                || !doc.children[controller]
                    .iter()
                    .any(|&c| doc.deps[c].is("obj")))
            && (p.name != "appointed-role"
                || down_tokens
                    .first()
                    .is_some_and(|&r| lexicon::is_role(&doc.lemmas[r])))
            && (!p.name.starts_with("object-control")
                || down_tokens
                    .first()
                    .is_some_and(|&v| doc.tags[v].is_verb() && to_clause(doc, v)));
        // A headline's name with its "to" clause: the sentence's root.
        let ok = ok
            && (p.name != "headline-infinitive"
                || (doc.heads[top].is_none()
                    && down_tokens
                        .first()
                        .is_some_and(|&v| doc.tags[v].is_verb() && to_clause(doc, v))));
        // "nominated Senator William Cohen of Maine": a phrase that
        // describes a named object is the object's, not the verb's.
        let ok = ok
            && !(p.name.ends_with("object-modifier")
                && down_tokens.len() >= 2
                && entity_at.contains_key(&down_tokens[down_tokens.len() - 2]));
        // (A participle after "after", "before", "while" or "by" is the
        // subject's deed: "told reporters after meeting Z".)
        let ok = ok
            && (p.name != "participle-agent"
                || (doc.tags[verb_top].penn() == "VBN"
                    && !doc.children[verb_top]
                        .iter()
                        .any(|&c| doc.deps[c].is("aux"))));
        // "named Pena to head the department": a verb that hands its
        // object a task hands the "to" clause to the object, not the
        // subject; and only such a verb does.
        // ("told reporters after meeting Tietmeyer" is the subject's.)
        let hands_on = OBJECT_CONTROL.contains(&doc.lemmas[verb_top].as_str())
            && doc.children[verb_top]
                .iter()
                .any(|&c| doc.deps[c].is("obj"))
            && down_tokens.first().is_some_and(|&v| to_clause(doc, v));
        let ok = ok
            && !(p.name == "purpose-object" && hands_on)
            && (p.name != "object-control-object"
                || p.down[0] != "advcl"
                || OBJECT_CONTROL.contains(&doc.lemmas[verb_top].as_str()))
            // (The role given by "as", the task a "to" clause.)
            && (p.name != "role-control-object"
                || (OBJECT_CONTROL.contains(&doc.lemmas[verb_top].as_str())
                    && down_tokens.first().is_some_and(|&r| {
                        doc.children[r].iter().any(|&c| doc.lower[c] == "as")
                    })
                    && down_tokens.get(1).is_some_and(|&v| {
                        doc.tags[v].is_verb()
                            && to_clause(doc, v)
                    })))
            // (The participle bare: no subject or "after" of its own.)
            && (p.name != "object-control-participle-object"
                || (OBJECT_CONTROL.contains(&doc.lemmas[verb_top].as_str())
                    && down_tokens.get(1).is_some_and(|&g| {
                        doc.tags[g].penn() == "VBG"
                            && !doc.children[g].iter().any(|&c| {
                                doc.deps[c].is("nsubj") || doc.deps[c].is("mark")
                            })
                    })));
        // "would not negotiate with the National Council for the Defence of
        // Democracy of Leonard Nyangoma": the modifier of a noun that is a
        // name of its own belongs to that name; the deed is done to it.
        let ok = ok
            && !(p.name.ends_with("-modifier")
                && down_tokens.len() >= 2
                && entity_at
                    .get(&down_tokens[down_tokens.len() - 2])
                    .is_some_and(|&e| e != a.entity && e != b.entity)
                && doc.children[down_tokens[down_tokens.len() - 1]]
                    .iter()
                    .any(|&c| doc.deps[c].is("case") && doc.lower[c] == "of"));
        let ok = ok
            && (p.name != "timed-participle"
                || down_tokens
                    .iter()
                    .find(|&&v| doc.deps[v].is("advcl"))
                    .is_some_and(|&g| {
                        doc.tags[g].penn() == "VBG"
                            && doc.children[g].iter().any(|&c| {
                                doc.deps[c].is("mark")
                                    && matches!(doc.lower[c].as_str(), "before" | "after")
                            })
                            && !doc.children[g]
                                .iter()
                                .any(|&c| doc.deps[c].is("nsubj") || doc.deps[c].is("nsubj:pass"))
                    }));
        // ("rejected fresh U.S. demands, telling Barshefsky that…": one
        // speaks for oneself.)
        let speech_participle = |v: usize| {
            doc.tags[v].penn() == "VBG"
                && v > 0
                && doc.word(v - 1) == ","
                && (lexicon::SPEECH_VERBS.contains(&doc.lemmas[v].as_str())
                    || lexicon::REPORTING_VERBS.contains(&doc.lemmas[v].as_str()))
        };
        // (A journey's verb, then its "to" clause of purpose.)
        let ok = ok
            && (p.name != "controlled-purpose-object"
                || (down_tokens.first().is_some_and(|&x| {
                    to_clause(doc, x) && lexicon::TRAVEL_VERBS.contains(&doc.lemmas[x].as_str())
                }) && down_tokens
                    .get(1)
                    .is_some_and(|&v| to_clause(doc, v) && doc.tags[v].penn() == "VB")));
        let ok = ok
            && (p.name != "purpose-object"
                || down_tokens.first().is_some_and(|&v| {
                    speech_participle(v)
                        || doc.children[v].iter().any(|&c| {
                            doc.deps[c].is("mark")
                                && matches!(
                                    doc.lower[c].as_str(),
                                    "to" | "after" | "before" | "while" | "by" | "upon" | "when"
                                )
                        })
                        || !doc.children[verb_top]
                            .iter()
                            .any(|&c| doc.deps[c].is("obj"))
                }));
        // "Officers of the National Police Agency": people of the body.
        let ok = ok
            && (p.name != "people-of-subject-object"
                || up_tokens.get(1).is_some_and(|&n| {
                    PEOPLE_OF_BODIES.contains(&doc.lemmas[n].as_str())
                        && doc.children[up_tokens[0]]
                            .iter()
                            .any(|&c| doc.lower[c] == "of")
                }));
        // "The OECD, which South Korea joined": the clause's relative word
        // is its object, and it has no other.
        let ok = ok
            && (p.name != "relative-subject"
                || down_tokens.first().is_some_and(|&v| {
                    let kids = &doc.children[v];
                    doc.tags[v].is_verb()
                        // (The parse may call it a second subject.)
                        && kids.iter().any(|&c| {
                            let relative = matches!(doc.lower[c].as_str(), "which" | "whom" | "that");
                            relative
                                && (doc.deps[c].is("obj")
                                    || (doc.deps[c].is("nsubj")
                                        && kids.iter().any(|&n| {
                                            n > c && n < v && doc.deps[n].is("nsubj")
                                        })))
                        })
                        // (A time read as an object is none: "joined this
                        // month".)
                        && !kids.iter().any(|&c| {
                            doc.deps[c].is("obj")
                                && !matches!(doc.lower[c].as_str(), "which" | "whom" | "that")
                                && !matches!(
                                    doc.lemmas[c].as_str(),
                                    "month" | "week" | "year" | "day" | "weekend" | "time"
                                )
                                && !lexicon::is_day_or_month(doc.word(c))
                        })
                }));
        // "told the Interfax news agency": the noun says what the body is.
        let ok = ok
            && (p.name != "subject-object-body-noun"
                || down_tokens
                    .first()
                    .is_some_and(|&n| lexicon::BODY_NOUNS.contains(&doc.lemmas[n].as_str())));
        // (The subject a role or a kin, no name, and the name set off by
        // its comma.)
        let ok = ok
            && (p.name != "apposed-subject-object"
                || up_tokens.get(1).is_some_and(|&r| {
                    doc.tags[r].is_noun()
                        && !doc.tags[r].is_proper()
                        && !entity_at.contains_key(&r)
                        && {
                            let start = doc.subtree(a.token).start;
                            doc.word(start) == ","
                                || start.checked_sub(1).is_some_and(|c| doc.word(c) == ",")
                        }
                }));
        // "met the Jatiya Party leaders": the noun names people of a body.
        let ok = ok
            && (p.name != "subject-object-people-of"
                || down_tokens
                    .first()
                    .is_some_and(|&n| PEOPLE_OF_BODIES.contains(&doc.lemmas[n].as_str())));
        // "X faced Y at the Fisht Stadium": only verbs of meeting or
        // playing put the object there too ("criticised Y at Trump Tower"
        // does not).
        let ok = ok
            && (p.name != "object-at-venue"
                || MEETING_VERBS.contains(&doc.lemmas[verb_top].as_str()))
            && (p.name != "object-held-in-place" || deed_done_to(doc, verb_top).is_some())
            && (p.name != "apposition-company-place"
                || down_tokens.first().is_some_and(|&t| {
                    doc.tags[t].is_noun()
                        && !doc.tags[t].is_proper()
                        && (lexicon::is_company_noun(&doc.lemmas[t])
                            // ("the broadcasting regulator in Rome".)
                            || matches!(
                                doc.lemmas[t].as_str(),
                                "regulator" | "watchdog" | "exchange" | "bourse" | "institute"
                            ))
                }))
            // ("based in", "headquartered in", "located in").
            && (p.name != "apposition-participle-oblique"
                || down_tokens.get(1).is_some_and(|&t| {
                    matches!(
                        doc.lemmas[t].as_str(),
                        "base" | "headquarter" | "headquartered" | "locate" | "situate"
                    )
                }));
        // "the Fisht Stadium in Sochi": the venue's whole name, then "in",
        // then the place, as written; a venue in a list, a place after
        // another ("in Chicago, Illinois"), or a name cut short by a
        // hyphen or a capitalised word before it is left to the person.
        let ok = ok
            && (p.name != "venue-in-place" || {
                let span = |e: usize, t: usize| mention_at(entities, e, t).unwrap_or(t..t + 1);
                let (v, o) = (
                    span(subject.entity, subject.token),
                    span(object.entity, object.token),
                );
                let before = v.start.checked_sub(1).map_or("", |k| doc.word(k));
                // ("The" opening the sentence is no word of the name.)
                let whole = !(before == "-"
                    || before == "and"
                    || (before.starts_with(char::is_uppercase) && before != "The"));
                // "Johnson Space Center (JSC) in Houston": an acronym in
                // brackets may come between.
                let after = if v.end + 3 < doc.len()
                    && doc.word(v.end) == "("
                    && doc.word(v.end + 2) == ")"
                {
                    v.end + 3
                } else {
                    v.end
                };
                let next = (after < doc.len()).then(|| doc.word(after));
                let the = usize::from(
                    after + 1 < doc.len() && doc.word(after + 1).eq_ignore_ascii_case("the"),
                );
                // An organisation is somewhere only as a site ("the Museum
                // of Flight", "Skidmore College"), not as a company.
                let site = entities[subject.entity].kind != EntityKind::Organisation
                    || entities[subject.entity].name.split_whitespace().any(|w| {
                        lexicon::FACILITY_HEADS.contains(&w) || lexicon::CAMPUS_HEADS.contains(&w)
                    });
                whole && site && next == Some("in") && o.start == after + 1 + the
            });
        if !ok {
            continue;
        }
        // "X defeated Y; and Z lost to W", "X made a change, as Z replaced
        // W": a coordinated or adverbial clause with a subject of its own
        // shares nothing.
        if matches!(p.down.first(), Some(&"conj") | Some(&"advcl"))
            && down_tokens
                .first()
                .is_some_and(|&v| doc.children[v].iter().any(|&c| doc.deps[c].is("nsubj")))
        {
            continue;
        }
        // The owner in a person's title ("UN" of "UN Secretary-General
        // Antonio Guterres", "BlackRock" of "BlackRock CEO Larry Fink") is
        // no party to the verb: the person is.
        if matches!(p.top, Top::Verb | Top::Joint)
            && (title_owner(doc, entities, entity_at, a.token)
                || title_owner(doc, entities, entity_at, b.token))
        {
            continue;
        }
        // The status of the verb that carries the relation ("deliver" of
        // "plans to deliver"), which reads the verbs above it; a verb
        // coordinated on the way is the one worded ("had immunity and
        // would not return to").
        let inner = worded
            .iter()
            .rev()
            .copied()
            .find(|&t| doc.tags[t].is_verb())
            .unwrap_or(verb_top);
        // (A role with its own copula carries its own status: "which is
        // not a member of the WTO".)
        let inner = match p.name {
            "apposition-relative-role" | "shared-subject-role" => {
                worded.first().copied().unwrap_or(inner)
            }
            _ => inner,
        };
        // Reported speech and "said X" paths are no facts between speaker
        // and content, at the top or coordinated on the way ("Gil denied
        // the charge and said the board …", the board misread as said's
        // object); nor is what a verb makes of its object ("to make Korea
        // the AI capital").
        // (But a deed coordinated with the speech verb is the speaker's
        // own: "said in New York that… and accused Baghdad of…"; one with
        // an auxiliary goes on what was said, the parse's coordination
        // notwithstanding: "said Pena had met Reid… and had made no
        // promises".)
        let own_deed = inner != verb_top
            && doc.deps[inner].is("conj")
            && doc.heads[inner] == Some(verb_top)
            && doc.child(inner, "nsubj").is_none()
            && doc.child(inner, "aux").is_none();
        // (Nor is whom one says it to: "Whitmore stated to LA Weekly
        // that…" is as "told".)
        let addressee = inner == verb_top
            && worded.len() == 1
            && doc.deps[worded[0]].is("obl")
            && doc
                .children_with(worded[0], "case")
                .any(|c| doc.lower[c] == "to");
        if p.top == Top::Verb
            && ((reports_speech(doc, verb_top) && !own_deed && !addressee)
                || (reports_speech(doc, inner) && !addressee)
                || resultative(doc, inner, ta, tb)
                || resultative(doc, inner, tb, ta))
        {
            continue;
        }
        let status = if p.name == "headline-infinitive" {
            Status::Planned
        } else if p.top == Top::Adjacent {
            // (Where a place is, whatever the verb: "is due to travel to
            // Lviv in western Ukraine".)
            Status::Stated
        } else if p.name == "timed-participle" || p.name == "controlled-purpose-object" {
            // (In the time of the verb it hangs from: "is expected to meet
            // … before flying".)
            status_of(doc, doc.heads[inner].unwrap_or(inner))
        } else {
            status_of(doc, inner)
        };
        // (Past the describing noun to its clause.)
        let worded_here = if p.name.starts_with("described-relative") {
            worded.get(1..).unwrap_or_default()
        } else {
            &worded[..]
        };
        let mut relation = wording(doc, entities, p, verb_top, worded_here, a, b);
        if p.name == "headline-infinitive" {
            relation = format!("is to {relation}");
        }
        // ("is due to fly to Cairo … to brief Mubarak": will brief.)
        if p.name == "controlled-purpose-object" {
            relation = match status {
                Status::Planned => format!("will {relation}"),
                Status::Expected => format!("is expected to {relation}"),
                _ => relation,
            };
        }
        // The object of "invited … to visit" was invited to visit.
        if matches!(
            p.name,
            "object-control-participle-object" | "role-control-object"
        ) {
            // "was named to replace", of "named Pena to head …, replacing".
            relation = format!(
                "was {} to {}",
                past(&doc.lemmas[verb_top]),
                doc.lemmas[down_tokens[1]]
            );
        } else if p.name.starts_with("object-control") {
            let rest = relation
                .split_once(" to ")
                .map_or(relation.as_str(), |(_, r)| r);
            relation = format!("was {} to {rest}", past(&doc.lemmas[verb_top]));
        }
        if relation.trim().is_empty() {
            continue;
        }
        // (Each end's whole name is added to it with every other fact's, in
        // `facts`: the path may start at a later word of a name, "Lyle" of
        // "Tate & Lyle".)
        let evidence = clause(doc, verb_top, ta, tb);
        let note = joined_notes(subject, object);
        let ends = subject.confidence.min(object.confidence);
        let attributed_to = speaker_of_token(verb_top)
            .filter(|s| *s != subject.entity && *s != object.entity)
            .or_else(|| reported_by(doc, entities, verb_top, a, b));
        let role = (p.wording == Wording::Role && relation != "is from").then(|| {
            let role = relation.trim_start_matches("is ");
            ROLE_CASES
                .iter()
                .chain(&["of"])
                .find_map(|c| role.strip_suffix(&format!(" {c}")))
                .unwrap_or(role)
                .to_string()
        });
        return Some(Fact {
            subject: subject.entity,
            object: object.entity,
            relation,
            status,
            attributed_to,
            role,
            evidence,
            anchors: (subject.token, object.token),
            note,
            confidence: (p.confidence * (0.5 + 0.5 * ends)).clamp(0.05, 0.95),
            pattern: p.name,
        });
    }
    None
}

/// The title a person's mention carries ("CEO" of "BlackRock CEO Larry
/// Fink"), from the words before the name in its noun phrase.
fn title_of(doc: &Doc, entities: &[Draft], a: &Anchor) -> Option<String> {
    let d = &entities[a.entity];
    if d.kind != EntityKind::Person {
        return None;
    }
    let m = d.mentions.iter().find(|m| m.contains(&a.token))?;
    let mut t = m.start;
    let mut words = Vec::new();
    while t > 0 {
        t -= 1;
        let w = doc.word(t);
        if lexicon::is_title(w) || lexicon::is_role(&doc.lower[t]) {
            words.push(w);
        } else {
            break;
        }
    }
    words.reverse();
    (!words.is_empty()).then(|| words.join(" "))
}

/// The speaker of reported speech a predicate stands in ("A said B met
/// C": A), when neither end is the speaker.
fn reported_by(doc: &Doc, entities: &[Draft], v: usize, a: &Anchor, b: &Anchor) -> Option<usize> {
    let mut t = v;
    for _ in 0..6 {
        let h = doc.heads[t]?;
        if (doc.deps[t].is("ccomp") || doc.deps[t].is("parataxis"))
            && lexicon::SPEECH_VERBS.contains(&doc.lemmas[h].as_str())
        {
            let s = doc.child(h, "nsubj")?;
            let e = entities
                .iter()
                .position(|d| d.mentions.iter().any(|m| m.contains(&s)))?;
            return (e != a.entity && e != b.entity).then_some(e);
        }
        t = h;
    }
    None
}

/// The status of the predicate at `v`: negation, modals, and the verbs
/// that carry it ("plans to", "is expected to").
pub fn status_of(doc: &Doc, v: usize) -> Status {
    let negated = |t: usize| {
        doc.children[t].iter().any(|&c| {
            matches!(doc.lower[c].as_str(), "not" | "n't" | "never" | "no")
                && (doc.deps[c].is("advmod") || doc.deps[c].is("det"))
        })
    };
    let modal = |t: usize| -> Option<Status> {
        doc.children[t].iter().find_map(|&c| {
            if !doc.deps[c].is("aux") {
                return None;
            }
            match doc.lower[c].as_str() {
                "will" | "'ll" | "shall" | "wo" => Some(Status::Planned),
                "may" | "might" | "could" => Some(Status::Possible),
                _ => None,
            }
        })
    };
    // "has not been ruled out"
    if doc.lemmas[v] == "rule"
        && negated(v)
        && doc.children[v].iter().any(|&c| doc.lower[c] == "out")
    {
        return Status::NotRuledOut;
    }
    if negated(v) {
        return Status::Negated;
    }
    // "denied that Villa had made an offer", "denied reports that Villa
    // had made an offer for Collymore": what a denial is of did not
    // happen, as its speaker has it (unless the denial is denied: "did not
    // deny reports that…").
    if let Some(h) = doc.heads[v].filter(|_| doc.tags[v].is_verb()) {
        let denial = |d: usize| lexicon::DENYING_VERBS.contains(&doc.lemmas[d].as_str());
        let denied = if doc.deps[v].is("ccomp") && denial(h) {
            Some(h)
        } else if (doc.deps[v].is("acl")
            || doc.deps[v].is("ccomp")
            // (The parse may read "reports that…" as a relative clause.)
            || doc.deps[v].is("acl:relcl"))
            && lexicon::CLAIM_NOUNS.contains(&doc.lemmas[h].as_str())
        {
            doc.heads[h].filter(|&d| doc.deps[h].is("obj") && denial(d))
        } else {
            None
        };
        // (The denial before what it denies: "Zaire has accused Rwanda…, a
        // charge both governments deny" is an accusation made.)
        if let Some(d) = denied.filter(|&d| d < v) {
            return if negated(d) {
                Status::Stated
            } else {
                Status::Negated
            };
        }
    }
    // "is scheduled to meet X and hold talks with Y": a verb coordinated
    // with another, with no subject or auxiliary of its own, shares its
    // status.
    if doc.deps[v].is("conj") && doc.tags[v].is_verb() {
        if let Some(h) = doc.heads[v].filter(|&h| doc.tags[h].is_verb() && h < v) {
            let own = doc.children[v]
                .iter()
                .any(|&c| doc.deps[c].is("nsubj") || doc.deps[c].is("aux"));
            // (A verb in the past joined to a bare one is the parse's slip:
            // "has refused to resign and told a rally" told it.)
            let slip = matches!(doc.tags[v].penn(), "VBD" | "VBZ") && doc.tags[h].penn() == "VB";
            if !own && !slip {
                return status_of(doc, h);
            }
        }
    }
    let mut status = modal(v).unwrap_or(Status::Stated);
    // A carrier itself, with what it carries ("plans to deliver").
    if let Some(c) = carrier_status(&doc.lemmas[v]) {
        if doc.children[v].iter().any(|&c| doc.deps[c].is("xcomp")) {
            status = c;
        }
    }
    // Up through the verbs that carry this one.
    let mut t = v;
    for _ in 0..4 {
        let Some(h) = doc.heads[t] else { break };
        // ("appealed to IG Metall and Gesamtmetall to settle the dispute":
        // a "to" clause the parse hung as an adverbial one, asked for.)
        let asked_for = doc.deps[t].is("advcl")
            && ASKING.contains(&doc.lemmas[h].as_str())
            && doc.child(t, "nsubj").is_none()
            && to_clause(doc, t);
        if !(doc.deps[t].is("xcomp")
            || doc.deps[t].is("ccomp") && doc.lemmas[h] == "expect"
            || asked_for)
        {
            break;
        }
        // "would press Chiluba to open talks with Kaunda", "urged Germany to
        // put pressure on Jakarta": what one is urged or asked to do is
        // what the urger hopes for, not done.
        let carried = carrier_status(&doc.lemmas[h]).or_else(|| {
            // (One appeals to someone, with no object.)
            (doc.deps[t].is("xcomp")
                && ASKING.contains(&doc.lemmas[h].as_str())
                && (doc.child(h, "obj").is_some() || doc.lemmas[h] == "appeal")
                || asked_for)
                .then_some(Status::Hoped)
        });
        // "declined to see Ross", "refused to meet", "failed to reach": the
        // deed did not happen (unless that too is denied).
        if doc.deps[t].is("xcomp")
            && matches!(doc.lemmas[h].as_str(), "decline" | "refuse" | "fail")
        {
            return if negated(h) {
                Status::Stated
            } else {
                Status::Negated
            };
        }
        if negated(h) {
            return if carried.is_some() {
                Status::NotPlanned
            } else {
                Status::Negated
            };
        }
        if let Some(c) = carried.or_else(|| modal(h)) {
            status = c;
        }
        t = h;
    }
    status
}

/// How a pattern words the relation between `a` and `b` at `top`.
fn wording(
    doc: &Doc,
    entities: &[Draft],
    p: &Pattern,
    top: usize,
    down: &[usize],
    a: &Anchor,
    b: &Anchor,
) -> String {
    let case_of = |t: usize| {
        let preposition = |c: usize| {
            doc.deps[c].is("case")
                && !matches!(doc.lower[c].as_str(), "'s" | "’s")
                // A name the parse took for a preposition is none.
                && !doc.tags[c].is_proper()
                && (!doc.word(c).starts_with(char::is_uppercase) || doc.sentence_initial(c))
        };
        let cases: Vec<usize> = doc.children[t]
            .iter()
            .copied()
            .filter(|&c| preposition(c))
            .collect();
        if let Some(&first) = cases.first() {
            // ("ahead of", "instead of": the adverb the preposition
            // completes.)
            let adverb = first
                .checked_sub(1)
                .filter(|&c| {
                    doc.heads[c] == Some(t)
                        && doc.deps[c].is("advmod")
                        && matches!(doc.lower[c].as_str(), "ahead" | "instead" | "because")
                })
                .into_iter();
            return adverb
                .chain(cases)
                .map(|c| doc.lower[c].as_str())
                .collect::<Vec<_>>()
                .join(" ");
        }
        // "by Liz Truss": the preposition right before the name, hung
        // from any of the name's words up to this one.
        let mut first = t;
        while first > 0 && doc.tags[first - 1].is_proper() && t - first < 4 {
            first -= 1;
        }
        match first.checked_sub(1) {
            Some(c) if preposition(c) && doc.heads[c].is_some_and(|h| (first..=t).contains(&h)) => {
                doc.lower[c].clone()
            }
            _ => String::new(),
        }
    };
    let words = match p.wording {
        Wording::Fixed(w) => w.to_string(),
        Wording::Deed => down
            .len()
            .checked_sub(2)
            .and_then(|k| deed(&doc.lemmas[down[k]]))
            .unwrap_or_default()
            .to_string(),
        // "Korea's Kim Shin-Wook": a person is from the place; "Seoul's
        // Ministry of Science": a body belongs to its owner.
        Wording::Passive => {
            let object_token = down.last().copied().unwrap_or(b.token);
            let verb = deed_done_to(doc, top).unwrap_or(top);
            format!("was {} {}", past(&doc.lemmas[verb]), case_of(object_token))
                .trim()
                .to_string()
        }
        Wording::Owner => {
            let place = matches!(
                entities[b.entity].kind,
                EntityKind::Country | EntityKind::City | EntityKind::Region
            );
            match entities[a.entity].kind {
                EntityKind::Person if place => "is from".to_string(),
                // "Mecca's Grand Mosque", "Seoul's Gangnam district".
                EntityKind::Venue | EntityKind::City | EntityKind::Region if place => {
                    "is in".to_string()
                }
                // "Sweden's Volvo": a company is based there, not owned by
                // the country (a state body belongs to it).
                EntityKind::Organisation if place => "is based in".to_string(),
                _ => "belongs to".to_string(),
            }
        }
        Wording::Role => {
            let role_token = match p.top {
                Top::Role
                    if !lexicon::is_role(&doc.lemmas[top]) && role_after(doc, top).is_some() =>
                {
                    role_after(doc, top)
                }
                Top::Copula | Top::Role => Some(top),
                _ if p.name.starts_with("became-role") => {
                    down.iter().copied().find(|&t| doc.deps[t].is("xcomp"))
                }
                _ if p.name.starts_with("as-role") => {
                    down.iter().copied().find(|&t| doc.deps[t].is("obl"))
                }
                _ if p.name.starts_with("apposition")
                    || p.name == "appointed-role"
                    || p.name == "shared-subject-role" =>
                {
                    down.first().copied()
                }
                _ => None,
            };
            let role = match role_token {
                Some(r) => role_words(doc, r),
                None => title_of(doc, entities, a).unwrap_or_default(),
            };
            // "ambassador to the United Nations", "spokesman for the
            // ministry": the role's own preposition; "of" otherwise. (The
            // object is the path's first end when the holder is its last:
            // "ambassador to Peru, Morihisa Aoki".)
            let object_token = if p.reversed {
                a.token
            } else {
                down.last().copied().unwrap_or(b.token)
            };
            let case = case_of(object_token);
            let case = if ROLE_CASES.contains(&case.as_str()) {
                case
            } else {
                "of".to_string()
            };
            // A trade "of" a place says where its holder is from ("French
            // novelist Jean Dupont").
            let owner = if p.reversed { a } else { b };
            if role.is_empty() {
                String::new()
            } else if case == "of" && trade_of_place(&role, entities[owner.entity].kind) {
                "is from".to_string()
            } else {
                format!("is {role} {case}")
            }
        }
        Wording::Noun => {
            let object_token = down.last().copied().unwrap_or(b.token);
            format!("{} {}", doc.word(top), case_of(object_token))
                .trim()
                .to_string()
        }
        Wording::Verb => {
            // The verb with its auxiliaries, particle and negation, any
            // object on the path that is not an end ("signed a
            // memorandum… with"), and the object's preposition.
            let verb = if p.top == Top::Joint {
                top
            } else {
                down.iter()
                    .rev()
                    .copied()
                    .find(|&t| doc.tags[t].is_verb())
                    .unwrap_or(top)
            };
            // "was signed in Montreal by X": X signed there, in the past
            // ("will be signed", "was taken" are not worded so).
            let agent = p.name == "agent-place";
            if agent
                && (doc.children[verb]
                    .iter()
                    .any(|&c| doc.deps[c].is("aux") && !doc.deps[c].is("aux:pass"))
                    || !(doc.lower[verb].ends_with("ed")
                        || lexicon::SAME_PAST.contains(&doc.lower[verb].as_str())))
            {
                return String::new();
            }
            let mut words: Vec<usize> = doc.children[verb]
                .iter()
                .copied()
                .filter(|&c| {
                    // (Not a passive's: "was signed by A and B" is that A
                    // signed with B.)
                    ((doc.deps[c].is("aux")
                        && !((p.top == Top::Joint || agent) && doc.deps[c].is("aux:pass")))
                        || doc.deps[c].is("compound:prt"))
                        || negation(doc, c)
                })
                .collect();
            words.push(verb);
            // "will hold talks… and meet Akihito": a bare verb joined to
            // one with auxiliaries shares them ("will meet").
            if doc.deps[verb].is("conj")
                && matches!(doc.tags[verb].penn(), "VB" | "VBP")
                && !doc.children[verb]
                    .iter()
                    .any(|&c| doc.deps[c].is("aux") || doc.deps[c].is("nsubj"))
            {
                if let Some(h) = doc.heads[verb].filter(|&h| doc.tags[h].is_verb()) {
                    words.extend(
                        doc.children[h]
                            .iter()
                            .copied()
                            .filter(|&c| doc.deps[c].is("aux") && c < h),
                    );
                }
            }
            // A verb that controls it comes first ("pledged to collaborate
            // with", "is scheduled to meet").
            // The controlled verb, or the first of coordinated ones ("is
            // scheduled to meet Guterres and hold talks").
            // (In a relative clause the clause's verb controls: "Kofi
            // Annan, who is due to visit Beirut".)
            let (top, first) = if p.name.starts_with("relative-control") && down.len() >= 2 {
                (down[0], down[1])
            } else {
                (top, down.first().copied().unwrap_or(verb))
            };
            // (A second verb sharing the subject may control it: "held
            // talks with Nyerere and is expected to visit Bujumbura".)
            let (top, first) = match down.get(1) {
                Some(&x)
                    if doc.deps[first].is("conj")
                        && doc.tags[first].is_verb()
                        && doc.heads[first] == Some(top)
                        && doc.deps[x].is("xcomp")
                        && doc.heads[x] == Some(first) =>
                {
                    (first, x)
                }
                _ => (top, first),
            };
            let carrier_adjective = carrier_status(&doc.lemmas[top]).is_some()
                && doc.children[top].iter().any(|&c| doc.deps[c].is("cop"));
            let controlled = p.top != Top::Joint
                && verb != top
                && (doc.tags[top].is_verb() || carrier_adjective)
                && doc.deps[first].is("xcomp")
                // (A conjunct in the past is no controlled verb the parse
                // hung there: "has refused to resign and told a rally".)
                && (first == verb
                    || (doc.deps[verb].is("conj")
                        && doc.heads[verb] == Some(first)
                        && doc.tags[verb].penn() == "VB"
                        // (Not one with a modal of its own: "ready to talk
                        // … but would not negotiate with".)
                        && !doc.children[verb]
                            .iter()
                            .any(|&c| doc.tags[c].penn() == "MD")))
                && to_clause(doc, first);
            if controlled {
                words.extend(doc.children[top].iter().copied().filter(|&c| {
                    // (And its negation: "did not want to interfere",
                    // worded "did want to" before.)
                    (doc.deps[c].is("aux") || doc.deps[c].is("cop") || negation(doc, c)) && c < top
                }));
                words.push(top);
                words.extend(
                    doc.children[first]
                        .iter()
                        .copied()
                        .filter(|&c| doc.deps[c].is("mark") && doc.lower[c] == "to"),
                );
            }
            fact_explorer_core::sort::sort_by_key(&mut words, |t| *t);
            words.dedup();
            let mut out: Vec<String> = words.iter().map(|&t| doc.word(t).to_string()).collect();
            // "told reporters after meeting Z": the participle of a clause
            // of time is worded in the past of the verb it hangs from.
            // (So is one set off by its comma: "rejected the demands,
            // telling Barshefsky": told.)
            if words == [verb]
                && doc.tags[verb].penn() == "VBG"
                && doc.tags[top].penn() == "VBD"
                && (doc.children[verb].iter().any(|&c| {
                    doc.deps[c].is("mark")
                        && matches!(
                            doc.lower[c].as_str(),
                            "after" | "before" | "while" | "upon" | "when"
                        )
                }) || (doc.deps[verb].is("advcl") && verb > 0 && doc.word(verb - 1) == ","))
            {
                out = vec![past(&doc.lemmas[verb])];
            }
            // ("is expected to meet Z before flying to", "will open a branch
            // before returning to": what is to come.)
            if words == [verb]
                && doc.tags[verb].penn() == "VBG"
                && doc.heads[verb].is_some_and(|h| {
                    doc.tags[h].penn() == "VB"
                        && (doc.deps[h].is("xcomp")
                            || doc.children[h]
                                .iter()
                                .any(|&c| matches!(doc.lower[c].as_str(), "will" | "'ll")))
                })
                && doc.children[verb].iter().any(|&c| {
                    doc.deps[c].is("mark") && matches!(doc.lower[c].as_str(), "after" | "before")
                })
            {
                out = vec!["will".to_string(), doc.lemmas[verb].clone()];
            }
            // An object noun between verb and end: its words without
            // the object end ("talks", "a memorandum of understanding").
            let object_token = down.last().copied().unwrap_or(b.token);
            let mut covered = 0..0;
            for &t in down {
                // A noun inside the phrase of the one above it is worded there
                // ("talks with the leaders" of).
                // The object's own title is no part of the relation ("met
                // Chinese leader Xi Jinping": met), a role it is taken from
                // is ("talks with the leaders of France").
                // Nor is a word that describes it ("defeated debutants
                // Panama": defeated).
                let own_title = doc.heads[object_token] == Some(t)
                    && case_of(object_token).is_empty()
                    && (lexicon::is_title(doc.word(t))
                        || lexicon::is_role(&doc.lemmas[t])
                        || doc.deps[object_token].is("flat")
                        || doc.deps[object_token].is("appos"));
                if t != object_token
                    && !doc.tags[t].is_verb()
                    && doc.tags[t].is_noun()
                    && !covered.contains(&t)
                    && !own_title
                {
                    let sub = doc.subtree(t);
                    covered = sub.clone();
                    let end = if sub.contains(&object_token) {
                        doc.subtree(object_token).start
                    } else {
                        sub.end
                    };
                    let mut phrase: Vec<usize> = (sub.start..end)
                        .filter(|&x| !doc.deps[x].is("punct"))
                        .collect();
                    if phrase.len() > 8 {
                        phrase.truncate(8);
                    }
                    out.push(doc.join_words(phrase));
                }
            }
            // "Sweden faced South Korea at the stadium": an object of the
            // verb off the path goes with it ("faced South Korea at",
            // "secured a pledge of support from").
            let mut worded_object = 0..0;
            if doc.heads[object_token] == Some(verb) && !case_of(object_token).is_empty() {
                if let Some(&o) = doc.children[verb]
                    .iter()
                    .find(|&&c| doc.deps[c].is("obj") && doc.tags[c].is_noun())
                {
                    let sub = doc.subtree(o);
                    let most = if doc.tags[o].is_proper() { 4 } else { 6 };
                    if sub.len() <= most && !sub.contains(&object_token) {
                        worded_object = sub.clone();
                        out.push(doc.join_words(sub.filter(|&x| !doc.deps[x].is("punct"))));
                    }
                }
            }
            if p.top == Top::Joint {
                // "X and Y agreed to form a wide-ranging alliance", "X and
                // Y signed an accord": what they agreed to do, or the
                // verb's object, with the object's own words (not its
                // clauses), is the deed ("agreed with", "signed with" said
                // little).
                let object_words = |v: usize| -> Option<String> {
                    // (A passive's subject is what its agents did: "The
                    // deal was announced… by X and Y": announced the deal.)
                    let o = doc
                        .child(v, "obj")
                        .filter(|&o| o > v)
                        .or_else(|| doc.child(v, "nsubj:pass").filter(|&o| o < v))
                        .filter(|&o| doc.tags[o].is_noun() && !doc.tags[o].is_proper())?;
                    let own = |c: usize| {
                        ["det", "amod", "compound", "nummod"]
                            .iter()
                            .any(|d| doc.deps[c].is(d))
                            && doc.subtree(c).len() <= 3
                    };
                    let start = doc.children[o]
                        .iter()
                        .copied()
                        .filter(|&c| c < o && own(c))
                        .map(|c| doc.subtree(c).start)
                        .min()
                        .unwrap_or(o);
                    // (With a conjunct's own words: "sign trade and energy
                    // accords".)
                    let end = doc
                        .child(o, "conj")
                        .filter(|&c| {
                            (o + 1..c)
                                .all(|t| doc.deps[t].is("cc") || doc.heads[t] == Some(c) && own(t))
                        })
                        .unwrap_or(o);
                    let phrase: Vec<usize> = (start..=end)
                        .filter(|&t| !doc.deps[t].is("punct") || doc.word(t) == "-")
                        .collect();
                    (phrase.len() <= 6 && phrase.iter().all(|&t| !doc.tags[t].is_proper())).then(
                        || {
                            // (An article opening the sentence in small
                            // letters: "announced the deal with".)
                            let words = doc.join_words(phrase.iter().copied());
                            if phrase.first() == Some(&start)
                                && doc.sentence_initial(start)
                                && doc.tags[start].penn() == "DT"
                            {
                                doc.lower[start].clone() + &words[doc.word(start).len()..]
                            } else {
                                words
                            }
                        },
                    )
                };
                if out.len() == words.len() {
                    let to_do = doc.children[verb].iter().copied().find(|&x| {
                        (doc.deps[x].is("xcomp") || doc.deps[x].is("advcl"))
                            && x > verb
                            && to_clause(doc, x)
                            && doc.tags[x].penn() == "VB"
                    });
                    if let Some(x) = to_do {
                        out.push("to".into());
                        out.push(doc.word(x).to_string());
                        out.extend(object_words(x));
                    } else {
                        out.extend(object_words(verb));
                    }
                }
                out.push("with".into());
            } else {
                // ("rides for the Spanish team ONCE": the preposition of the
                // noun the name is in apposition to.)
                // (Not when that noun is worded already, in the phrase of
                // a noun above it on the path.)
                let worded = |h: usize| {
                    down.iter().any(|&t| {
                        t != h
                            && t != object_token
                            && doc.tags[t].is_noun()
                            && doc.subtree(t).contains(&h)
                    })
                };
                let case = match case_of(object_token) {
                    c if c.is_empty() && doc.deps[object_token].is("appos") => doc.heads
                        [object_token]
                        .filter(|&h| down.contains(&h) && !worded(h))
                        .map(case_of)
                        .unwrap_or_default(),
                    c => c,
                };
                // "interfere in the work of the committee", parsed with the
                // committee hung from the verb by "of": the words between
                // them, which the parse hung nowhere on the path, are the
                // deed's ("interfere of" said nothing).
                if case == "of" && doc.heads[object_token] == Some(verb) && verb < object_token {
                    let start = doc.subtree(object_token).start;
                    // (Not the object worded above: "won the most seats
                    // the most seats of".)
                    let between: Vec<usize> = (verb + 1..start)
                        .filter(|&x| {
                            !words.contains(&x)
                                && !worded_object.contains(&x)
                                && !doc.deps[x].is("punct")
                        })
                        .collect();
                    let plain = between
                        .iter()
                        .all(|&x| !doc.tags[x].is_verb() && !doc.tags[x].is_proper());
                    if !between.is_empty() && between.len() <= 5 && plain {
                        out.push(doc.join_words(between));
                    }
                }
                if !case.is_empty() {
                    out.push(case);
                }
            }
            out.join(" ").trim().to_string()
        }
    };
    // (No article left at the end: "told the" of "told the Interfax news
    // agency".)
    let mut words: Vec<&str> = words.split_whitespace().collect();
    trim_articles(&mut words);
    words.join(" ")
}

/// A role noun with its modifiers ("senior secretary for AI policy" is
/// too long; "chairman and chief executive", "former president").
/// "Nigeria's Health Minister, Ihechukwu Madubuike" parsed with "Health"
/// heading "Minister": the role word right after a capitalised head and
/// hung from it.
fn role_after(doc: &Doc, top: usize) -> Option<usize> {
    let r = top + 1;
    (r < doc.len()
        && doc.heads[r] == Some(top)
        && lexicon::capitalised(doc.word(top))
        && (doc.deps[r].is("compound") || doc.deps[r].is("flat"))
        && lexicon::is_role(&doc.lemmas[r]))
    .then_some(r)
}

fn role_words(doc: &Doc, r: usize) -> String {
    // The role noun, its adjectives and role compounds ("former", "vice"),
    // and a coordinated role with its own ("and chief executive").
    let modifiers = |t: usize, words: &mut Vec<usize>| {
        for &c in &doc.children[t] {
            if (doc.deps[c].is("amod") && !doc.tags[c].is_proper())
                || (doc.deps[c].is("compound") && lexicon::is_role(&doc.lower[c]))
            {
                words.push(c);
            }
        }
    };
    let mut words: Vec<usize> = vec![r];
    modifiers(r, &mut words);
    // "central bank governor": the lower-case words right before the role
    // and hung from it, whatever their relation.
    let mut k = r;
    while k > 0 && r - k < 3 {
        let x = k - 1;
        let hung = doc.heads[x] == Some(r)
            || doc.heads[x].is_some_and(|h| h > x && h <= r && doc.heads[h] == Some(r));
        if !(hung
            && doc.word(x).starts_with(char::is_lowercase)
            && (doc.tags[x].is_noun() || doc.tags[x].penn() == "JJ"))
        {
            break;
        }
        if !words.contains(&x) {
            words.push(x);
        }
        k = x;
    }
    // A nationality is the role's owner, not its words ("French central
    // bank governor").
    words.retain(|&t| t == r || lexicon::demonym(doc.word(t)).is_none());
    for &c in &doc.children[r] {
        // "president and now vice chair at the fund": a role said of
        // another time is another role.
        // Nor is a role with an owner of its own ("foreign minister and the
        // brother of President Fujimori").
        let owned = |t: usize| {
            doc.children[t]
                .iter()
                .any(|&x| doc.deps[x].is("nmod") || doc.deps[x].is("nmod:poss"))
        };
        let another_time =
            doc.children[c].iter().any(|&x| doc.deps[x].is("advmod")) || (owned(c) && owned(r));
        if doc.deps[c].is("conj") && lexicon::is_role(&doc.lemmas[c]) && !another_time {
            words.push(c);
            modifiers(c, &mut words);
            words.extend(
                doc.children[c]
                    .iter()
                    .copied()
                    .filter(|&x| doc.deps[x].is("cc")),
            );
        }
    }
    fact_explorer_core::sort::sort_by_key(&mut words, |t| *t);
    // Each of several holds the role in the singular ("Nevada's two
    // senators, Harry Reid and Richard Bryan": each "is senator of").
    words
        .iter()
        .map(|&t| {
            let word = if doc.tags[t].penn() == "NNS" && lexicon::is_role(&doc.lemmas[t]) {
                doc.lemmas[t].as_str()
            } else {
                doc.word(t)
            };
            // "son-in-law", which the tokens split.
            let in_law = (t + 4 < doc.len())
                .then(|| {
                    (t + 1..t + 5)
                        .map(|k| doc.lower[k].as_str())
                        .collect::<Vec<_>>()
                })
                .is_some_and(|w| w == ["-", "in", "-", "law"]);
            if in_law {
                format!("{word}-in-law")
            } else {
                word.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The clause that states a fact: the top's subtree, widened to hold both
/// ends, within one sentence.
fn clause(doc: &Doc, top: usize, a: usize, b: usize) -> Range<usize> {
    let s = doc.sentences[doc.sentence_of[top]].clone();
    // The top with its dependents, less what is another clause or an aside
    // (coordinated clauses, a leading "and", side remarks, phrases set off
    // by a comma) unless it holds an end: "Tunisia lost 1 – 2 to England",
    // not "and Tunisia lost 1 – 2 to England, with a late goal from…".
    let comma_between = |x: usize, y: usize| (x.min(y) + 1..x.max(y)).any(|t| doc.word(t) == ",");
    let mut r = top..top + 1;
    for &c in &doc.children[top] {
        let sub = doc.subtree(c);
        let holds_end = sub.contains(&a) || sub.contains(&b);
        let aside = [
            "conj",
            "cc",
            "parataxis",
            "punct",
            "discourse",
            "dep",
            "list",
        ]
        .iter()
        .any(|d| doc.deps[c].is(d))
            || comma_between(top, if c < top { sub.end - 1 } else { sub.start })
            || doc.word(if c < top { sub.end - 1 } else { sub.start }) == ",";
        if holds_end || !aside {
            r.start = r.start.min(sub.start);
            r.end = r.end.max(sub.end);
        }
    }
    r.start = r.start.min(a).min(b).max(s.start);
    r.end = r.end.max(a + 1).max(b + 1).min(s.end);
    // Nothing set off by a comma beyond the top and both ends ("In the
    // first game of the day, Sweden faced South Korea").
    let (lo, hi) = (top.min(a).min(b), top.max(a).max(b));
    if let Some(c) = (hi + 1..r.end).find(|&t| doc.word(t) == ",") {
        r.end = c;
    }
    if let Some(c) = (r.start..lo).rev().find(|&t| doc.word(t) == ",") {
        r.start = c + 1;
    }
    // Without edge punctuation.
    while r.end > r.start + 1 && doc.tags[r.end - 1].is_punct() {
        r.end -= 1;
    }
    while r.start + 1 < r.end && doc.tags[r.start].is_punct() {
        r.start += 1;
    }
    r
}

/// One fact per pair of things and sentence (and one more from a clause
/// apart), the surest, and one read
/// from names before one that needed a pronoun or a description resolved;
/// a role and an event between the same two may both stand.
fn dedupe(doc: &Doc, facts: Vec<Fact>) -> Vec<Fact> {
    let mut best: HashMap<(usize, usize, usize, bool), Fact> = HashMap::default();
    let mut dropped = Vec::new();
    for f in facts {
        let pair = (f.subject.min(f.object), f.subject.max(f.object));
        let key = (
            doc.sentence_of[f.evidence.start],
            pair.0,
            pair.1,
            f.role.is_some(),
        );
        match best.get(&key) {
            Some(b) if (b.note.is_none(), b.confidence) >= (f.note.is_none(), f.confidence) => {
                dropped.push((key, f));
            }
            _ => {
                if let Some(old) = best.insert(key, f) {
                    dropped.push((key, old));
                }
            }
        }
    }
    // "Williams decided not to keep him" beside "Hill will drive for
    // Williams" in one sentence: two clauses, two facts. A second fact of a
    // pair stands when it is read from a clause apart from the first's
    // (one at most; roles keep their own key). Apart: the verbs on the
    // path between its ends, none shared ("which is owned by Aerospatiale"
    // and "Airbus … owned by Aerospatiale" are one clause read twice; "who
    // met Kahn" and "will hold talks with Kahn" two).
    let verbs = |f: &Fact| {
        let up = |mut t: usize| {
            let mut line = vec![t];
            while let Some(h) = doc.heads[t] {
                if line.len() > doc.len() {
                    break;
                }
                line.push(h);
                t = h;
            }
            line
        };
        let (l0, l1) = (up(f.anchors.0), up(f.anchors.1));
        let Some(top) = l0.iter().copied().find(|t| l1.contains(t)) else {
            return Vec::new();
        };
        let mut on: Vec<usize> = l0.iter().copied().take_while(|&t| t != top).collect();
        on.extend(l1.iter().copied().take_while(|&t| t != top));
        on.push(top);
        on.retain(|&t| doc.tags[t].is_verb());
        on
    };
    let mut second: Vec<Fact> = Vec::new();
    for (key, f) in dropped {
        let taken = second.iter().any(|s| {
            (s.subject.min(s.object), s.subject.max(s.object)) == (key.1, key.2)
                && doc.sentence_of[s.evidence.start] == key.0
        });
        if f.role.is_some() || taken {
            continue;
        }
        let b = &best[&key];
        let apart = f.evidence.end <= b.evidence.start || b.evidence.end <= f.evidence.start || {
            let (vf, vb) = (verbs(&f), verbs(b));
            !vf.is_empty() && !vb.is_empty() && vf.iter().all(|v| !vb.contains(v))
        };
        if apart {
            second.push(f);
        }
    }
    // "New Zealand's Prime Minister John Key": the role says it; "is from"
    // beside it says less, as "works for" does beside "lawmaker Cha Ji-ho
    // of the Democratic Party".
    let roles: rustc_hash::FxHashSet<(usize, usize, usize)> = best
        .keys()
        .filter(|k| k.3)
        .map(|k| (k.0, k.1, k.2))
        .collect();
    best.retain(|k, f| {
        !(matches!(
            f.pattern,
            "possessive" | "person-of-body" | "origin-of" | "person-of-place" | "demonym-phrase"
        ) && roles.contains(&(k.0, k.1, k.2)))
    });
    let mut out: Vec<Fact> = best.into_values().collect();
    out.extend(second);
    // A total order: a role and an event of one pair in one clause share
    // the rest of the key, and the map's order is no order (with the
    // standard library's seeded hasher it differed from run to run).
    fact_explorer_core::sort::sort_by(&mut out, |a, b| {
        (a.evidence.start, a.anchors.0, a.anchors.1, a.role.is_none())
            .cmp(&(b.evidence.start, b.anchors.0, b.anchors.1, b.role.is_none()))
            .then_with(|| a.relation.cmp(&b.relation))
    });
    out
}

/// A pair of things a sentence names, as [`explain`] sees it.
pub struct Explained {
    pub sentence: usize,
    pub a: usize,
    pub b: usize,
    /// The path in words.
    pub words: String,
    /// The pattern that matched, "other" when another pass drafted a fact
    /// of the pair in the sentence, or none.
    pub pattern: Option<&'static str>,
    /// The features of [`crate::relate`], and the model's probability.
    pub features: Vec<String>,
    pub probability: Option<f32>,
}

/// Every pair of things a sentence names, with the path between them, the
/// pattern it matched, if any, and the learned model's view of it. For
/// seeing why a fact was or was not drafted, and for training the model.
pub fn explain(
    doc: &Doc,
    entities: &[Draft],
    coref: &Coref,
    demonyms: &HashMap<usize, usize>,
    parties: &HashMap<usize, usize>,
    relations: Option<&Relations>,
) -> Vec<Explained> {
    let mut entity_at: HashMap<usize, usize> = HashMap::default();
    for (e, d) in entities.iter().enumerate() {
        for m in &d.mentions {
            for t in m.clone() {
                entity_at.entry(t).or_insert(e);
            }
        }
    }
    let drafted = covered_pairs(
        doc,
        &facts(doc, entities, coref, demonyms, parties, &|_| None, None),
    );
    let mut out = Vec::new();
    for anchors in anchors(doc, entities, &entity_at, coref, demonyms) {
        for (i, a) in anchors.iter().enumerate() {
            for b in anchors.iter().skip(i + 1).take(MAX_PARTNERS) {
                if a.entity == b.entity {
                    continue;
                }
                let (ta, tb) = (through_conj(doc, a.token), through_conj(doc, b.token));
                let words = match path(doc, ta, tb) {
                    Some((up, top, down)) => format!(
                        "{} ^{}:{}/{} v{}",
                        doc.word(a.token),
                        up.iter()
                            .map(|&t| doc.deps[t].name())
                            .collect::<Vec<_>>()
                            .join(","),
                        doc.word(top),
                        doc.tags[top].penn(),
                        down.iter()
                            .map(|&t| format!("{}({})", doc.deps[t].name(), doc.word(t)))
                            .collect::<Vec<_>>()
                            .join(",")
                    ),
                    None => "no path".into(),
                };
                let pattern = match_pair(doc, entities, &entity_at, a, b, &|_| None)
                    .or_else(|| match_pair(doc, entities, &entity_at, b, a, &|_| None))
                    .map(|f| f.pattern)
                    .or_else(|| drafted.contains(&pair_key(doc, a, b)).then_some("other"));
                let features = learnable(doc, &entity_at, demonyms, a, b)
                    .then(|| learned_features(doc, entities, a, b))
                    .flatten()
                    .map(|(_, f)| f)
                    .unwrap_or_default();
                let probability = relations
                    .filter(|_| !features.is_empty())
                    .map(|r| r.probability(&features));
                out.push(Explained {
                    sentence: doc.sentence_of[a.token],
                    a: a.entity,
                    b: b.entity,
                    words,
                    pattern,
                    features,
                    probability,
                });
            }
        }
    }
    out
}
