//! The previous drafting engine's facts, kept unchanged as a baseline to
//! measure the parse-based facts ([`crate::facts`]) against (`fx-draft
//! eval` prints both); never used to draft. Its word lists are frozen with
//! it on purpose.
//!
//! Candidate facts from sentence patterns, precision first: a wrong fact
//! costs the editor more than a missing one, so a fact is drafted only when
//! both ends are entities the draft found and the words between them are
//! one of a few plain patterns:
//!
//! - roles: "Larry Fink, chairman and CEO of BlackRock," and "BlackRock
//!   chief executive Larry Fink";
//! - meetings and talks: "X met (with) Y", "X will hold talks with Y";
//! - visits: "X visited / will visit / arrived in Y";
//! - agreements: "X signed a memorandum of understanding with Y";
//! - speeches: "X will address / spoke at Y";
//! - contests: "X defeated / beat / lost 1 – 2 to / drew with / faced Y";
//! - people and organisations: "X replaced / joined / founded / acquired /
//!   sued / praised / urged / told Y", "X was replaced by Y";
//! - places: "X returned / flew / moved to Y", "X was born / died in Y".
//!
//! The status comes from the words before the verb ("will", "is expected
//! to", "may", "did not"…), the time from a time mention in the sentence.

use std::ops::Range;

use fact_explorer_core::model::{Entity, EntityKind, Fact, Object, Qualifiers, Span, Status};

/// One entity mention: where, and which entity (index).
#[derive(Clone, Copy, Debug)]
struct At {
    start: usize,
    end: usize,
    entity: usize,
}

const ROLE_WORDS: &[&str] = &[
    "chairman",
    "chairwoman",
    "chair",
    "ceo",
    "chief",
    "executive",
    "president",
    "founder",
    "head",
    "director",
    "minister",
    "secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "adviser",
    "advisor",
    "officer",
    "governor",
    "leader",
    "member",
    "senior",
    "general",
    "managing",
    "co-founder",
    "partner",
    "and",
    "of",
    "for",
    "the",
    "deputy",
    "vice",
    "lawmaker",
    "ambassador",
    "economist",
    "analyst",
    "members",
    "leaders",
    "secretary-general",
    "heads",
];

/// A word of a role (lower-case): [`ROLE_WORDS`] or a role in sport.
fn role_word(w: &str) -> bool {
    ROLE_WORDS.contains(&w)
        || [
            "coach",
            "manager",
            "captain",
            "goalkeeper",
            "defender",
            "striker",
            "midfielder",
            "forward",
            "player",
        ]
        .contains(&w)
}

/// Words that may describe a contest's object ("defeated debutants Panama").
const DESCRIPTORS: &[&str] = &[
    "debutants",
    "hosts",
    "champions",
    "holders",
    "rivals",
    "neighbours",
    "neighbors",
    "defending",
    "reigning",
    "world",
    "title",
    "favourites",
    "favorites",
    "underdogs",
    "visitors",
    "visiting",
];

/// (verb words, relation, what the object may be).
const PATTERNS: &[(&[&str], &str, &[EntityKind])] = &[
    (&["met", "with"], "met with", PARTIES),
    (&["met"], "met", PARTIES),
    (&["meet", "with"], "meet with", PARTIES),
    (&["meet"], "meet", PARTIES),
    (&["held", "talks", "with"], "held talks with", PARTIES),
    (
        &["hold", "bilateral", "talks", "with"],
        "hold bilateral talks with",
        PARTIES,
    ),
    (
        &["held", "bilateral", "talks", "with"],
        "held bilateral talks with",
        PARTIES,
    ),
    (&["hold", "talks", "with"], "hold talks with", PARTIES),
    (&["holds", "talks", "with"], "holds talks with", PARTIES),
    (&["visited"], "visited", PLACES),
    (&["visit"], "visit", PLACES),
    (&["visits"], "visits", PLACES),
    (&["arrived", "in"], "arrived in", PLACES),
    (&["travel", "to"], "travel to", PLACES),
    (&["traveled", "to"], "traveled to", PLACES),
    (&["travelled", "to"], "travelled to", PLACES),
    (
        &["signed", "an", "agreement", "with"],
        "signed an agreement with",
        PARTIES,
    ),
    (
        &["signed", "a", "memorandum", "of", "understanding", "with"],
        "signed a memorandum of understanding with",
        PARTIES,
    ),
    (
        &["sign", "a", "memorandum", "of", "understanding", "with"],
        "sign a memorandum of understanding with",
        PARTIES,
    ),
    (&["address"], "address", EVENTS),
    (&["addressed"], "addressed", EVENTS),
    (&["speak", "at"], "speak at", EVENTS),
    (&["spoke", "at"], "spoke at", EVENTS),
    (
        &["deliver", "a", "speech", "at"],
        "deliver a speech at",
        EVENTS,
    ),
    (
        &["delivered", "a", "speech", "at"],
        "delivered a speech at",
        EVENTS,
    ),
    (&["give", "a", "speech", "at"], "give a speech at", EVENTS),
    (&["attend"], "attend", EVENTS),
    (&["attended"], "attended", EVENTS),
    // Contests (sports, elections, courts): scores between the verb and
    // the object ("lost 1 – 2 to") are skipped before matching.
    (&["defeated"], "defeated", CONTESTANTS),
    (&["defeats"], "defeats", CONTESTANTS),
    (&["defeat"], "defeat", CONTESTANTS),
    (&["beat"], "beat", CONTESTANTS),
    (&["beats"], "beats", CONTESTANTS),
    (&["won", "against"], "won against", CONTESTANTS),
    (&["lost", "to"], "lost to", CONTESTANTS),
    (&["lose", "to"], "lose to", CONTESTANTS),
    (&["drew", "with"], "drew with", CONTESTANTS),
    (&["draw", "with"], "draw with", CONTESTANTS),
    (&["tied", "with"], "tied with", CONTESTANTS),
    (&["faced"], "faced", CONTESTANTS),
    (&["faces"], "faces", CONTESTANTS),
    (&["face"], "face", CONTESTANTS),
    (&["played", "against"], "played against", CONTESTANTS),
    (&["play", "against"], "play against", CONTESTANTS),
    (&["eliminated"], "eliminated", CONTESTANTS),
    (&["knocked", "out"], "knocked out", CONTESTANTS),
    (&["won"], "won", PRIZES),
    (&["win"], "win", PRIZES),
    (&["hosted"], "hosted", EVENTS),
    (&["host"], "host", EVENTS),
    // People and organisations.
    (&["was", "replaced", "by"], "was replaced by", PARTIES),
    (&["replaced"], "replaced", PARTIES),
    (&["substituted"], "substituted", PARTIES),
    (&["succeeded"], "succeeded", PARTIES),
    (&["succeed"], "succeed", PARTIES),
    (&["joined"], "joined", GROUPS),
    (&["join"], "join", GROUPS),
    (&["signed", "for"], "signed for", GROUPS),
    (&["signed", "with"], "signed with", GROUPS),
    (&["founded"], "founded", GROUPS),
    (&["acquired"], "acquired", GROUPS),
    (&["acquire"], "acquire", GROUPS),
    (&["bought"], "bought", GROUPS),
    (&["buy"], "buy", GROUPS),
    (&["sued"], "sued", PARTIES),
    (&["sue"], "sue", PARTIES),
    (&["endorsed"], "endorsed", PARTIES),
    (&["appointed"], "appointed", PARTIES),
    (&["criticised"], "criticised", PARTIES),
    (&["criticized"], "criticized", PARTIES),
    (&["praised"], "praised", PARTIES),
    (&["thanked"], "thanked", PARTIES),
    (&["congratulated"], "congratulated", PARTIES),
    (&["urged"], "urged", PARTIES),
    (&["called", "on"], "called on", PARTIES),
    (&["invited"], "invited", PARTIES),
    (&["accused"], "accused", PARTIES),
    (&["warned"], "warned", PARTIES),
    (&["backed"], "backed", PARTIES),
    (&["supported"], "supported", PARTIES),
    (&["opposed"], "opposed", PARTIES),
    (&["told"], "told", PARTIES),
    (&["interviewed"], "interviewed", PARTIES),
    // Places.
    (&["returned", "to"], "returned to", PLACES),
    (&["return", "to"], "return to", PLACES),
    (&["flew", "to"], "flew to", PLACES),
    (&["fly", "to"], "fly to", PLACES),
    (&["moved", "to"], "moved to", PLACES),
    (&["was", "born", "in"], "was born in", PLACES),
    (&["died", "in"], "died in", PLACES),
    (&["is", "based", "in"], "is based in", PLACES),
    (&["headquartered", "in"], "headquartered in", PLACES),
];

const PARTIES: &[EntityKind] = &[
    EntityKind::Person,
    EntityKind::Organisation,
    EntityKind::GovernmentBody,
    EntityKind::Country,
];
const PLACES: &[EntityKind] = &[EntityKind::Country, EntityKind::City, EntityKind::Region];
const EVENTS: &[EntityKind] = &[
    EntityKind::Event,
    EntityKind::Organisation,
    EntityKind::GovernmentBody,
];
/// Sides of a contest: teams are often named by their country or city.
const CONTESTANTS: &[EntityKind] = &[
    EntityKind::Person,
    EntityKind::Organisation,
    EntityKind::GovernmentBody,
    EntityKind::Country,
    EntityKind::City,
    EntityKind::Region,
];
/// What can be won or hosted.
const PRIZES: &[EntityKind] = &[EntityKind::Event, EntityKind::Agreement];
/// What can be joined, founded or bought.
const GROUPS: &[EntityKind] = &[EntityKind::Organisation, EntityKind::GovernmentBody];
const ACTORS: &[EntityKind] = &[
    EntityKind::Person,
    EntityKind::Organisation,
    EntityKind::GovernmentBody,
    EntityKind::Country,
];

/// The status the words before the verb give.
fn status(before: &str) -> Status {
    let b = before.to_lowercase();
    let has = |w: &str| {
        b.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .any(|x| x == w)
    };
    if b.contains("not ruled out") || b.contains("not rule out") {
        Status::NotRuledOut
    } else if b.contains("no plans to") || b.contains("not plan") || b.contains("not scheduled") {
        Status::NotPlanned
    } else if has("not") || has("never") || b.contains("n't") || b.contains("n’t") {
        Status::Negated
    } else if b.contains("expected to") || b.contains("likely to") {
        Status::Expected
    } else if has("may") || has("might") || has("could") || b.contains("considering") {
        Status::Possible
    } else if has("will")
        || b.contains("scheduled to")
        || b.contains("plans to")
        || b.contains("planned to")
        || b.contains("is set to")
        || b.contains("to") && b.trim_end().ends_with(" to")
    {
        Status::Planned
    } else {
        Status::Stated
    }
}

/// Candidate facts in `text` over the draft's `entities`.
pub fn candidates(text: &str, sentences: &[Range<usize>], entities: &[Entity]) -> Vec<Fact> {
    let mut at: Vec<At> = entities
        .iter()
        .enumerate()
        .flat_map(|(i, e)| {
            e.mentions.iter().map(move |m| At {
                start: m.start,
                end: m.end,
                entity: i,
            })
        })
        .collect();
    fact_explorer_core::sort::sort_by_key(&mut at, |a| (a.start, a.end));
    let mut out: Vec<Fact> = Vec::new();
    let mut last_subject: Option<usize> = None;
    for s in sentences {
        // `at` is in text order: the sentence's mentions start in one run.
        let from = at.partition_point(|a| a.start < s.start);
        let mut inner: Vec<At> = at[from..]
            .iter()
            .take_while(|a| a.start < s.end)
            .copied()
            .filter(|a| a.end <= s.end)
            .collect();
        // Only the outermost of nested mentions ("UN General Assembly",
        // not the "UN" inside it).
        fact_explorer_core::sort::sort_by_key(&mut inner, |a| (a.start, std::cmp::Reverse(a.end)));
        let mut here: Vec<At> = Vec::new();
        for a in inner {
            if here.last().is_none_or(|o: &At| a.start >= o.end) {
                here.push(a);
            }
        }
        // "On Tuesday, he plans to…": "he" or "she" leading the sentence
        // (after an opening phrase) is the last sentence's subject, a
        // person. Facts with it as subject are marked inferred.
        let pronoun = leading_pronoun(text, s.clone());
        let mut pronoun_at = None;
        if let (Some(p), Some(subject)) = (pronoun.clone(), last_subject) {
            if here.first().is_none_or(|a| a.start > p.end) {
                let a = At {
                    start: p.start,
                    end: p.end,
                    entity: subject,
                };
                here.insert(0, a);
                pronoun_at = Some(p.start);
            }
        }
        // The subject for the sentences that follow: a person named at
        // the start of this one.
        let opening = pronoun_start(text, s.clone());
        if let Some(first) = here.first() {
            if entities[first.entity].kind == EntityKind::Person && first.start <= opening {
                last_subject = Some(first.entity);
            }
        }
        let when = here
            .iter()
            .find(|a| entities[a.entity].kind == EntityKind::Time)
            .map(|a| entities[a.entity].id.clone());
        let mut add = |subject: usize,
                       relation: String,
                       object: usize,
                       status: Status,
                       role: Option<String>,
                       ev: Range<usize>| {
            let inferred = pronoun_at == Some(ev.start);
            if subject == object {
                return;
            }
            let (sid, oid) = (entities[subject].id.clone(), entities[object].id.clone());
            if out.iter().any(|f| {
                f.subject == sid
                    && f.object == Object::Entity(oid.clone())
                    && f.relation == relation
            }) {
                return;
            }
            let ev_text = text[ev.clone()].to_string();
            out.push(Fact {
                id: format!("f{}", out.len() + 1),
                subject: sid,
                relation,
                object: Object::Entity(oid),
                status,
                marks: if inferred {
                    vec![fact_explorer_core::model::Mark::Inferred]
                } else {
                    Vec::new()
                },
                // A role is not tied to the sentence's day.
                qualifiers: Qualifiers {
                    when: if role.is_some() { None } else { when.clone() },
                    role,
                    ..Qualifiers::default()
                },
                evidence: vec![Span {
                    start: ev.start,
                    end: ev.end,
                    text: ev_text,
                }],
            });
        };
        // The next mention after mention k and the words between (none when
        // mentions nest or overlap).
        let next = |k: usize| -> Option<(At, &str)> {
            let (a, b) = (here.get(k)?, here.get(k + 1)?);
            Some((*b, text.get(a.end..b.start)?))
        };
        for (k, a) in here.iter().enumerate() {
            let kind = entities[a.entity].kind;
            // Roles after a person: "Larry Fink, chairman and CEO of BlackRock,".
            if kind == EntityKind::Person {
                if let Some((b, between)) = next(k) {
                    let bk = entities[b.entity].kind;
                    if let Some(role) = between.strip_prefix(", ") {
                        let role = role.trim();
                        let words: Vec<&str> = role.split_whitespace().collect();
                        let last = words.last().copied().unwrap_or("");
                        if bk.is_body()
                            && (last == "of" || last == "at")
                            && words.len() >= 2
                            && words.len() <= 8
                            && words.iter().all(|w| role_word(&w.to_lowercase()))
                            && has_role(&words)
                        {
                            let role = words[..words.len() - 1].join(" ");
                            add(
                                a.entity,
                                format!("is {role} of"),
                                b.entity,
                                Status::Stated,
                                Some(role),
                                a.start..b.end,
                            );
                        }
                    }
                }
            }
            // Roles before a person: "BlackRock chief executive Larry Fink",
            // "Tunisia's coach Nabil Maaloul".
            let possessive = next(k).is_some_and(|(_, between)| {
                between.starts_with("'s ") || between.starts_with("’s ")
            });
            if kind.is_body() || (possessive && kind == EntityKind::Country) {
                if let Some((b, between)) = next(k) {
                    let between = between.trim();
                    let between = between
                        .strip_prefix("'s ")
                        .or_else(|| between.strip_prefix("’s "))
                        .unwrap_or(between);
                    let words: Vec<&str> = between.split_whitespace().collect();
                    if entities[b.entity].kind == EntityKind::Person
                        && !words.is_empty()
                        && words.len() <= 4
                        && words.iter().all(|w| role_word(&w.to_lowercase()))
                        && has_role(&words)
                    {
                        let role = words.join(" ");
                        add(
                            b.entity,
                            format!("is {role} of"),
                            a.entity,
                            Status::Stated,
                            Some(role),
                            a.start..b.end,
                        );
                    }
                }
            }
            // Verb patterns: the actor, at most a few words, the verb, the
            // object; then more objects in a list ("France, Italy and
            // Poland") and more verbs joined by "and" ("meet Guterres and
            // hold talks with…"), for the same actor.
            if !ACTORS.contains(&kind) {
                continue;
            }
            let mut j = k;
            let mut carried: Option<(String, Status)> = None;
            while let Some((b, between)) = next(j) {
                let lower = between.to_lowercase();
                // Scores ("1 – 2", "3-0") are not words of the pattern.
                let mut words: Vec<&str> = lower
                    .split(|c: char| c.is_whitespace() || c == ',')
                    .filter(|w| {
                        !w.is_empty()
                            && !w
                                .chars()
                                .all(|c| c.is_ascii_digit() || matches!(c, '–' | '-' | '—' | ':'))
                    })
                    .collect();
                // Acronyms in the original wording ("meet UN
                // Secretary-General …") may stand before the object.
                let acronyms: Vec<String> = between
                    .split(|c: char| c.is_whitespace() || c == ',')
                    .filter(|w| {
                        (2..=6).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase())
                    })
                    .map(str::to_lowercase)
                    .collect();
                if carried.is_some() {
                    // Only "and <verb>" carries the actor on.
                    if words.first() != Some(&"and") {
                        break;
                    }
                    words.remove(0);
                } else if words.first() == Some(&"and") {
                    // "… Guterres and hold talks with": the verb is someone
                    // else's, carried on from before.
                    break;
                }
                // A capitalised word between the actor and the verb is a
                // name the draft did not find ("Google, Sergey Brin,
                // personally met…"): the actor may be someone else.
                let unknown_name = between
                    .split_whitespace()
                    .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
                    .filter(|w| {
                        // Acronyms and titles are not names.
                        !w.chars().all(|c| c.is_ascii_uppercase()) && !role_word(&w.to_lowercase())
                    })
                    .any(|w| w.chars().next().is_some_and(char::is_uppercase));
                // "Whitmore, spokesman for the Sheriff's office, told…": a
                // possessive between means the actor is someone else.
                let possessive = carried.is_none()
                    && (between.contains("'s ")
                        || between.contains("’s ")
                        || between.starts_with("'s")
                        || between.starts_with("’s"));
                if words.len() > 9 || (carried.is_none() && unknown_name) || possessive {
                    break;
                }
                let Some((pos, relation, objects)) =
                    PATTERNS.iter().find_map(|(verb, rel, objects)| {
                        let n = verb.len();
                        let pos = (0..words.len().saturating_sub(n - 1))
                            .find(|&p| words[p..p + n] == **verb)?;
                        let contest = **objects == *CONTESTANTS;
                        let after_ok = words[pos + n..].iter().all(|w| {
                            matches!(*w, "the" | "a" | "an")
                                || role_word(w)
                                || acronyms.iter().any(|a| a == w)
                                || (contest && DESCRIPTORS.contains(w))
                        });
                        after_ok.then_some((pos, *rel, *objects))
                    })
                else {
                    break;
                };
                let (before, st) = match &carried {
                    Some((before, st)) => (before.clone(), *st),
                    None => {
                        let before = words[..pos].join(" ");
                        let st = status(&before);
                        (before, st)
                    }
                };
                let relation = match st {
                    Status::Planned | Status::Expected | Status::Possible if !before.is_empty() => {
                        format!("{before} {relation}")
                    }
                    _ => relation.to_string(),
                };
                // "meet UN Secretary-General Antonio Guterres": the person,
                // not the organisation before their title.
                let mut o = j + 1;
                let mut object = b;
                if entities[b.entity].kind.is_body() {
                    if let Some((c, gap)) = next(o) {
                        let gap_words: Vec<String> =
                            gap.split_whitespace().map(str::to_lowercase).collect();
                        if entities[c.entity].kind == EntityKind::Person
                            && !gap_words.is_empty()
                            && gap_words.iter().all(|w| role_word(w))
                        {
                            object = c;
                            o += 1;
                        }
                    }
                }
                if !objects.contains(&entities[object.entity].kind) {
                    break;
                }
                add(
                    a.entity,
                    relation.clone(),
                    object.entity,
                    st,
                    None,
                    a.start..object.end,
                );
                // More objects in a list, which ends with "and": a comma
                // alone may start a new clause ("told the Post, US ozone…").
                let mut items: Vec<At> = Vec::new();
                let mut closed = 0;
                while let Some((c, gap)) = next(o + items.len()) {
                    let listed = matches!(
                        gap,
                        ", " | " and " | ", and " | ", the " | " and the " | ", and the "
                    );
                    if !listed || !objects.contains(&entities[c.entity].kind) {
                        break;
                    }
                    items.push(c);
                    if gap.contains("and") {
                        closed = items.len();
                    }
                }
                for c in &items[..closed] {
                    add(
                        a.entity,
                        relation.clone(),
                        c.entity,
                        st,
                        None,
                        a.start..c.end,
                    );
                }
                o += closed;
                j = o;
                carried = Some((before, st));
            }
        }
    }
    out
}

/// Whether role words name a role, not only joining words ("and", "of").
fn has_role(words: &[&str]) -> bool {
    words
        .iter()
        .any(|w| !matches!(w.to_lowercase().as_str(), "and" | "of" | "for" | "the"))
}

/// Where the sentence's subject would start: after an opening phrase
/// ending in a comma within its first six words ("On Tuesday, he…").
fn pronoun_start(text: &str, s: Range<usize>) -> usize {
    let sentence = &text[s.clone()];
    let lead = sentence.len() - sentence.trim_start().len();
    let body = &sentence[lead..];
    if let Some(comma) = body.find(", ") {
        if body[..comma].split_whitespace().count() <= 6 {
            return s.start + lead + comma + 2;
        }
    }
    s.start + lead
}

/// A "he" or "she" opening the sentence, after any opening phrase.
fn leading_pronoun(text: &str, s: Range<usize>) -> Option<Range<usize>> {
    let sentence_start = {
        let sentence = &text[s.clone()];
        s.start + sentence.len() - sentence.trim_start().len()
    };
    for at in [sentence_start, pronoun_start(text, s.clone())] {
        let rest = &text[at..s.end];
        for p in ["he ", "she ", "He ", "She "] {
            if rest.starts_with(p) {
                return Some(at..at + p.len() - 1);
            }
        }
    }
    None
}
