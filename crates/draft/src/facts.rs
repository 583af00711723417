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
//! - speeches: "X will address / spoke at Y".
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
];

/// (verb words, relation, what the object may be).
const PATTERNS: &[(&[&str], &str, &[EntityKind])] = &[
    (&["met", "with"], "met with", PARTIES),
    (&["met"], "met", PARTIES),
    (&["meet", "with"], "meet with", PARTIES),
    (&["meet"], "meet", PARTIES),
    (&["held", "talks", "with"], "held talks with", PARTIES),
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
    for s in sentences {
        // `at` is in text order: the sentence's mentions start in one run.
        let from = at.partition_point(|a| a.start < s.start);
        let here: Vec<At> = at[from..]
            .iter()
            .take_while(|a| a.start < s.end)
            .copied()
            .filter(|a| a.end <= s.end)
            .collect();
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
                marks: Vec::new(),
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
                        if matches!(bk, EntityKind::Organisation | EntityKind::GovernmentBody)
                            && (last == "of" || last == "at")
                            && words.len() >= 2
                            && words.len() <= 8
                            && words
                                .iter()
                                .all(|w| ROLE_WORDS.contains(&w.to_lowercase().as_str()))
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
            // Roles before a person: "BlackRock chief executive Larry Fink".
            if matches!(kind, EntityKind::Organisation | EntityKind::GovernmentBody) {
                if let Some((b, between)) = next(k) {
                    let between = between.trim();
                    let words: Vec<&str> = between.split_whitespace().collect();
                    if entities[b.entity].kind == EntityKind::Person
                        && !words.is_empty()
                        && words.len() <= 4
                        && words
                            .iter()
                            .all(|w| ROLE_WORDS.contains(&w.to_lowercase().as_str()))
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
            // Verb patterns: the actor, at most a few words, the verb, the object.
            if !ACTORS.contains(&kind) {
                continue;
            }
            let Some((b, between)) = next(k) else {
                continue;
            };
            let lower = between.to_lowercase();
            let words: Vec<&str> = lower
                .split(|c: char| c.is_whitespace() || c == ',')
                .filter(|w| !w.is_empty())
                .collect();
            if words.len() > 9 {
                continue;
            }
            for (verb, relation, objects) in PATTERNS {
                let n = verb.len();
                let Some(pos) =
                    (0..words.len().saturating_sub(n - 1)).find(|&p| words[p..p + n] == **verb)
                else {
                    continue;
                };
                // After the verb, only "the", "a" and role words before the object.
                let after_ok = words[pos + n..]
                    .iter()
                    .all(|w| matches!(*w, "the" | "a" | "an") || ROLE_WORDS.contains(w));
                if !after_ok || !objects.contains(&entities[b.entity].kind) {
                    continue;
                }
                let before = words[..pos].join(" ");
                let st = status(&before);
                let relation = match st {
                    Status::Planned | Status::Expected | Status::Possible if !before.is_empty() => {
                        format!("{before} {relation}")
                    }
                    _ => relation.to_string(),
                };
                add(a.entity, relation, b.entity, st, None, a.start..b.end);
                break;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_come_from_the_words_before_the_verb() {
        assert_eq!(status(""), Status::Stated);
        assert_eq!(status("will"), Status::Planned);
        assert_eq!(status("is scheduled to"), Status::Planned);
        assert_eq!(status("is expected to"), Status::Expected);
        assert_eq!(status("may"), Status::Possible);
        assert_eq!(status("did not"), Status::Negated);
        assert_eq!(status("has no plans to"), Status::NotPlanned);
        assert_eq!(status("has not ruled out"), Status::NotRuledOut);
    }
}
