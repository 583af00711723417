//! The identity review page's data (`review.json`) and the decisions file
//! it writes.
//!
//! [`review`] gathers, for each open [`Proposal`] and each link of an
//! automatic or decided [`Merge`], what a person needs to judge it: each
//! entity's name and kind, its article (title, date, the page's deep link)
//! and the sentence that names it there. The page (`archive.html?identities`)
//! shows them with *Same* / *Not same* (and *Undo (not same)* for merges);
//! [`decisions_file`] turns the choices into the decisions file the command
//! line reads ([`crate::identity::parse_decisions`]), keeping the archive
//! folder's own file and commenting out the lines a choice replaces, so the
//! downloaded file put back as `identities.txt` and rebuilt applies them.

use std::collections::{BTreeSet, HashMap};

use fact_explorer_core::sort::sort_by_key;
use serde::{Deserialize, Serialize};

use crate::identity::{name_words, parse_decisions, DecisionReport, Identities, MemberRef, Verb};
use crate::records::ArticleRecords;

/// Most proposals, and most merge links, the review file lists (the rest:
/// `fact-explorer archive identities DIR`), so it stays small at any size.
pub const MAX_REVIEW: usize = 1000;

/// An entity of one article as the review shows it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewMember {
    /// The archive entity's key it is in now.
    pub entity: String,
    /// The article's id, the entity's id, kind and name there.
    pub article: String,
    pub id: String,
    pub kind: String,
    pub name: String,
    /// The article's title and date.
    pub title: String,
    pub date: Option<String>,
    /// The sentence that names it first in the article.
    pub sentence: String,
    /// The article page's deep link to it (relative to the site).
    pub link: String,
}

impl ReviewMember {
    /// The member as a decision names it.
    pub fn as_ref(&self) -> MemberRef {
        MemberRef {
            article: self.article.clone(),
            id: self.id.clone(),
            kind: self.kind.clone(),
            name: self.name.clone(),
        }
    }
}

/// A proposal with its evidence, one member of each of its entities.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewProposal {
    /// The archive entities' keys, sorted.
    pub entities: Vec<String>,
    /// What points to them being one.
    pub evidence: Vec<String>,
    /// One member of each entity, in the order of `entities`.
    pub members: Vec<ReviewMember>,
}

/// Two entities of two articles joined, and why.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewLink {
    pub a: ReviewMember,
    pub b: ReviewMember,
    pub evidence: String,
}

/// An archive entity made of several articles' entities.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewMerge {
    pub entity: String,
    pub name: String,
    pub kind: String,
    pub links: Vec<ReviewLink>,
}

/// `review.json`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    pub proposals: Vec<ReviewProposal>,
    /// How many proposals there are (more than listed past [`MAX_REVIEW`]).
    pub proposals_total: usize,
    pub merges: Vec<ReviewMerge>,
    /// How many merge links there are (more than listed past [`MAX_REVIEW`]).
    pub links_total: usize,
    /// The decisions file's lines and what became of them.
    pub decisions: Vec<DecisionReport>,
    pub file_problems: Vec<String>,
    /// The archive folder's decisions file as it is (the page adds to it).
    pub decisions_file: String,
}

/// The review data of a resolved archive: `articles` are the records the
/// identities were resolved from, `decisions_file` the decisions file's
/// text.
pub fn review(
    identities: &Identities,
    articles: &[ArticleRecords],
    decisions_file: Option<&str>,
) -> Review {
    let mut occurrence = HashMap::new();
    for a in articles {
        for e in &a.entities {
            occurrence.insert((a.id.as_str(), e.id.as_str()), (a, e));
        }
    }
    let mut key_of: HashMap<(&str, &str), &str> = HashMap::new();
    for e in &identities.entities {
        for m in &e.members {
            key_of.insert((m.article.as_str(), m.id.as_str()), e.key.as_str());
        }
    }
    let member = |m: &MemberRef| {
        let k = (m.article.as_str(), m.id.as_str());
        let mut r = ReviewMember {
            entity: key_of.get(&k).copied().unwrap_or_default().to_string(),
            article: m.article.clone(),
            id: m.id.clone(),
            kind: m.kind.clone(),
            name: m.name.clone(),
            ..ReviewMember::default()
        };
        if let Some((a, e)) = occurrence.get(&k) {
            r.title = a.title.clone();
            r.date = a.date.clone();
            r.sentence = e.evidence.clone();
            r.link = e.link.clone();
        }
        r
    };
    let proposals = identities
        .proposals
        .iter()
        .take(MAX_REVIEW)
        .map(|p| {
            let mut members: Vec<ReviewMember> = p.representatives.iter().map(member).collect();
            // In the order of the entities' keys.
            sort_by_key(&mut members, |m| {
                p.entities.iter().position(|k| *k == m.entity)
            });
            ReviewProposal {
                entities: p.entities.clone(),
                evidence: p.evidence.clone(),
                members,
            }
        })
        .collect();
    let names: HashMap<&str, (&str, &str)> = identities
        .entities
        .iter()
        .map(|e| (e.key.as_str(), (e.name.as_str(), e.kind.as_str())))
        .collect();
    let mut left = MAX_REVIEW;
    let mut merges = Vec::new();
    for m in &identities.merges {
        if left == 0 {
            break;
        }
        let links: Vec<ReviewLink> = m
            .links
            .iter()
            .take(left)
            .map(|l| ReviewLink {
                a: member(&l.a),
                b: member(&l.b),
                evidence: l.evidence.clone(),
            })
            .collect();
        left -= links.len();
        let (name, kind) = names.get(m.entity.as_str()).copied().unwrap_or_default();
        merges.push(ReviewMerge {
            entity: m.entity.clone(),
            name: name.to_string(),
            kind: kind.to_string(),
            links,
        });
    }
    Review {
        proposals,
        proposals_total: identities.proposals.len(),
        merges,
        links_total: identities.merges.iter().map(|m| m.links.len()).sum(),
        decisions: identities.decisions.clone(),
        file_problems: identities.file_problems.clone(),
        decisions_file: decisions_file.unwrap_or("").to_string(),
    }
}

/// What a person chose about some entities.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Choice {
    /// They are one entity (`same-as`).
    Same,
    /// Every two of them are different entities (`not-same-as`).
    NotSame,
}

/// A name as a decision line can carry it: as it is, unless it holds what
/// the line's syntax uses (a line break, ` = `), or starts or ends with
/// blanks; then its folded words, which a decision matches the same way.
pub fn decision_name(name: &str) -> String {
    let unsafe_name = name.contains(['\n', '\r']) || name.contains(" = ") || name.trim() != name;
    if unsafe_name {
        let folded = name_words(name).join(" ");
        if !folded.is_empty() {
            return folded;
        }
    }
    name.to_string()
}

/// The decision line for `members` (two or more).
pub fn decision_line(choice: Choice, members: &[MemberRef]) -> String {
    let verb = match choice {
        Choice::Same => "same-as",
        Choice::NotSame => "not-same-as",
    };
    let parts: Vec<String> = members
        .iter()
        .map(|m| format!("{} / {} / {}", m.article, m.kind, decision_name(&m.name)))
        .collect();
    format!("{verb}: {}", parts.join(" = "))
}

/// The members of a decision as matching compares them: article, kind and
/// the name's key.
fn member_set<'a>(
    members: impl Iterator<Item = (&'a str, &'a str, &'a str)>,
) -> BTreeSet<(String, String, String)> {
    members
        .map(|(a, k, n)| (a.to_string(), k.to_string(), name_words(n).concat()))
        .collect()
}

/// The decisions file with `chosen` added to `existing` (the archive
/// folder's file): a line of `existing` that decides about exactly the same
/// entities is commented out (the choice replaces it); everything else is
/// kept as written. With no choice, `existing` as it is.
pub fn decisions_file(existing: &str, chosen: &[(Choice, Vec<MemberRef>)]) -> String {
    if chosen.is_empty() {
        return existing.to_string();
    }
    let sets: Vec<BTreeSet<(String, String, String)>> = chosen
        .iter()
        .map(|(_, ms)| {
            member_set(
                ms.iter()
                    .map(|m| (m.article.as_str(), m.kind.as_str(), m.name.as_str())),
            )
        })
        .collect();
    let (decisions, _) = parse_decisions(existing);
    let replaced: BTreeSet<usize> = decisions
        .iter()
        .filter(|d| d.verb != Verb::MergeOneWordNames)
        .filter(|d| {
            let set = member_set(
                d.members
                    .iter()
                    .map(|m| (m.article.as_str(), m.kind.as_str(), m.name.as_str())),
            );
            sets.contains(&set)
        })
        .map(|d| d.line)
        .collect();
    let mut out = String::new();
    for (i, line) in existing.lines().enumerate() {
        if replaced.contains(&(i + 1)) {
            out.push_str("# replaced by a choice below: ");
        }
        out.push_str(line);
        out.push('\n');
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out.push_str(&format!(
        "# {} chosen in the archive's identity review page\n",
        if chosen.len() == 1 {
            "1 decision".to_string()
        } else {
            format!("{} decisions", chosen.len())
        }
    ));
    for (choice, members) in chosen {
        out.push_str(&decision_line(*choice, members));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{ent, fact_set, Ent};
    use crate::site::{build, Input};

    fn input(id: &str, date: Option<&str>, ents: &[Ent]) -> Input {
        Input {
            id: id.into(),
            json: fact_set(&format!("Article {id}"), date, ents),
            text: None,
            url: None,
        }
    }

    fn person<'a>(id: &'a str, name: &'a str, role: &'a str) -> Ent<'a> {
        Ent {
            id,
            name,
            kind: "person",
            aliases: &[],
            description: role,
        }
    }

    fn inputs() -> Vec<Input> {
        vec![
            input(
                "a1",
                Some("2025-01-02"),
                &[
                    ent("s", "Seoul", "city"),
                    person("k", "Kim Min-jun", ""),
                    person("j", "Michael Jordan", "basketball player"),
                ],
            ),
            input(
                "a2",
                None,
                &[
                    ent("s", "Seoul", "city"),
                    person("k", "Kim Min Jun", ""),
                    person("j", "Michael Jordan", "professor of statistics"),
                ],
            ),
        ]
    }

    fn review_of(decisions: Option<&str>) -> (Review, crate::site::Built) {
        let built = build(&inputs(), &[], decisions);
        let file: Review =
            serde_json::from_slice(&built.files["review.json"]).expect("review.json reads");
        (file, built)
    }

    fn key_of(built: &crate::site::Built, article: &str, id: &str) -> String {
        built
            .identities
            .entities
            .iter()
            .find(|e| e.members.iter().any(|m| m.article == article && m.id == id))
            .map(|e| e.key.clone())
            .expect("every occurrence is in an entity")
    }

    #[test]
    fn the_review_gives_each_proposal_and_merge_its_names_articles_and_sentences() {
        let (r, built) = review_of(None);
        assert_eq!(r.proposals_total, 2, "{:?}", r.proposals);
        let seoul = r
            .proposals
            .iter()
            .find(|p| p.members[0].name == "Seoul")
            .expect("Seoul is proposed");
        assert_eq!(seoul.members.len(), 2);
        let ids: Vec<&str> = seoul.members.iter().map(|m| m.article.as_str()).collect();
        assert_eq!(ids, ["a1", "a2"]);
        let m = &seoul.members[0];
        assert_eq!(m.title, "Article a1");
        assert_eq!(m.date.as_deref(), Some("2025-01-02"));
        assert_eq!(m.sentence, "Seoul is in the news.");
        assert_eq!(m.link, "a/a1.html?fx=x%3Ds");
        assert_eq!(m.entity, key_of(&built, "a1", "s"));
        assert_eq!(
            seoul.entities,
            [key_of(&built, "a1", "s"), key_of(&built, "a2", "s")]
        );
        assert!(seoul
            .evidence
            .iter()
            .any(|e| e.contains("single-word name")));
        // Kim's automatic merge, with both sentences.
        assert_eq!(r.links_total, 1);
        let kim = &r.merges[0];
        assert_eq!(kim.entity, "person/kim-min-jun");
        assert_eq!(kim.links[0].a.sentence, "Kim Min-jun is in the news.");
        assert_eq!(kim.links[0].b.sentence, "Kim Min Jun is in the news.");
        assert!(kim.links[0].evidence.contains("the same full name"));
    }

    #[test]
    fn choices_written_to_the_decisions_file_round_trip_through_a_rebuild() {
        let (r, built) = review_of(None);
        let seoul = r
            .proposals
            .iter()
            .find(|p| p.members[0].name == "Seoul")
            .unwrap();
        let jordan = r
            .proposals
            .iter()
            .find(|p| p.members[0].name == "Michael Jordan")
            .unwrap();
        let kim = &r.merges[0].links[0];
        let refs = |ms: &[ReviewMember]| ms.iter().map(ReviewMember::as_ref).collect::<Vec<_>>();
        let chosen = vec![
            (Choice::Same, refs(&seoul.members)),
            (Choice::NotSame, refs(&jordan.members)),
            (Choice::NotSame, vec![kim.a.as_ref(), kim.b.as_ref()]),
        ];
        let file = decisions_file(&r.decisions_file, &chosen);
        assert!(file.contains("same-as: a1 / city / Seoul = a2 / city / Seoul\n"));
        let (after, rebuilt) = review_of(Some(&file));
        assert!(after.file_problems.is_empty(), "{:?}", after.file_problems);
        assert!(after.decisions.iter().all(|d| d.status == "applied"));
        assert_eq!(after.proposals_total, 0, "{:?}", after.proposals);
        assert_eq!(key_of(&rebuilt, "a1", "s"), key_of(&rebuilt, "a2", "s"));
        assert_ne!(key_of(&rebuilt, "a1", "j"), key_of(&rebuilt, "a2", "j"));
        assert_ne!(key_of(&rebuilt, "a1", "k"), key_of(&rebuilt, "a2", "k"));
        assert_eq!(after.decisions_file, file);
        // Before: Seoul apart, Kim together.
        assert_ne!(key_of(&built, "a1", "s"), key_of(&built, "a2", "s"));
        assert_eq!(key_of(&built, "a1", "k"), key_of(&built, "a2", "k"));

        // Changing one's mind: the earlier line is commented out, the new
        // choice applies, nothing conflicts.
        let again = decisions_file(
            &file,
            &[(Choice::NotSame, refs(&after.merges[0].links[0].members()))],
        );
        assert!(again.contains("# replaced by a choice below: same-as: a1 / city / Seoul"));
        let (last, rebuilt) = review_of(Some(&again));
        assert!(
            last.decisions.iter().all(|d| d.status == "applied"),
            "{:?}",
            last.decisions
        );
        assert_ne!(key_of(&rebuilt, "a1", "s"), key_of(&rebuilt, "a2", "s"));
    }

    impl ReviewLink {
        fn members(&self) -> Vec<ReviewMember> {
            vec![self.a.clone(), self.b.clone()]
        }
    }

    #[test]
    fn names_the_line_syntax_cannot_carry_are_written_as_their_folded_words() {
        let odd = "A = B\nC ";
        let built = build(
            &[
                input("x1", None, &[ent("o", odd, "organisation")]),
                input("x2", None, &[ent("o", odd, "organisation")]),
            ],
            &[],
            None,
        );
        let r: Review = serde_json::from_slice(&built.files["review.json"]).unwrap();
        let link = &r.merges[0].links[0];
        let file = decisions_file(
            "",
            &[(Choice::NotSame, vec![link.a.as_ref(), link.b.as_ref()])],
        );
        assert!(
            file.ends_with("not-same-as: x1 / organisation / a b c = x2 / organisation / a b c\n"),
            "{file}"
        );
        let again = build(
            &[
                input("x1", None, &[ent("o", odd, "organisation")]),
                input("x2", None, &[ent("o", odd, "organisation")]),
            ],
            &[],
            Some(&file),
        );
        assert_eq!(again.identities.entities.len(), 2);
        assert_eq!(again.identities.decisions[0].status, "applied");
    }

    #[test]
    fn no_choice_keeps_the_file_as_it_is_and_the_review_is_capped() {
        assert_eq!(decisions_file("same-as: x\n# y", &[]), "same-as: x\n# y");
        let many: Vec<Input> = (0..MAX_REVIEW + 5)
            .map(|i| {
                input(
                    &format!("n{i:05}"),
                    None,
                    &[ent("s", "Seoul", "city"), person("p", "Ann Lee", "")],
                )
            })
            .collect();
        let built = build(&many, &[], None);
        let r: Review = serde_json::from_slice(&built.files["review.json"]).unwrap();
        assert!(r.links_total > MAX_REVIEW);
        let shown: usize = r.merges.iter().map(|m| m.links.len()).sum();
        assert_eq!(shown, MAX_REVIEW);
    }
}
