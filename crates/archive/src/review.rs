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

/// What the review page keeps in the browser (`localStorage`, one entry
/// per archive) so that a reload, a crash or a closed tab loses no choice
/// before the decisions file is downloaded.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Kept {
    /// [`KEPT_FORMAT`].
    pub format: String,
    /// The choices, in the page's order (by what they are about).
    pub choices: Vec<KeptChoice>,
    /// The decisions file as last downloaded or copied, `""` for never: the
    /// choices are unsaved while the file they make differs from it.
    #[serde(default)]
    pub exported: String,
}

/// One choice kept: what it is about (the page's key for a proposal or a
/// join), the choice and the entities it names.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeptChoice {
    pub key: String,
    pub choice: Choice,
    pub members: Vec<MemberRef>,
}

/// The kept choices' format name (another, or none, is not read).
pub const KEPT_FORMAT: &str = "fx-archive-review 1";

impl Kept {
    /// `choices` (what each is about, the choice, its entities) and the
    /// file last exported, to keep.
    pub fn new<'a>(
        choices: impl IntoIterator<Item = (&'a String, &'a (Choice, Vec<MemberRef>))>,
        exported: &str,
    ) -> Kept {
        Kept {
            format: KEPT_FORMAT.to_string(),
            choices: choices
                .into_iter()
                .map(|(key, (choice, members))| KeptChoice {
                    key: key.clone(),
                    choice: *choice,
                    members: members.clone(),
                })
                .collect(),
            exported: exported.to_string(),
        }
    }

    /// What the browser keeps: `""` when there is nothing to keep (no
    /// choice), so the entry is removed.
    pub fn to_text(&self) -> String {
        if self.choices.is_empty() {
            return String::new();
        }
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The kept choices read back from `text` (`""`: none), leaving out
    /// those the archive folder's decisions file `existing` already holds
    /// as a line of its own (the archive was rebuilt with them: saved).
    /// A text that is not kept choices is an error, never an empty list.
    pub fn read(text: &str, existing: &str) -> Result<Kept, String> {
        if text.trim().is_empty() {
            return Ok(Kept::default());
        }
        let kept: Kept = serde_json::from_str(text)
            .map_err(|e| format!("they are not the review’s saved choices ({e})"))?;
        if kept.format != KEPT_FORMAT {
            return Err(format!(
                "they are in another format ({:?}, this page reads {KEPT_FORMAT:?})",
                kept.format
            ));
        }
        let lines: BTreeSet<&str> = existing.lines().map(str::trim).collect();
        let choices = kept
            .choices
            .into_iter()
            .filter(|c| c.members.len() >= 2)
            .filter(|c| !lines.contains(decision_line(c.choice, &c.members).as_str()))
            .collect();
        Ok(Kept { choices, ..kept })
    }

    /// How many choices are unsaved: all of them while the decisions file
    /// they make (`file`) is not the one last downloaded or copied, else 0.
    pub fn unsaved(&self, file: &str) -> usize {
        if file == self.exported {
            0
        } else {
            self.choices.len()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{ent, fact_set, Ent};
    use crate::site::{build, Input};
    use std::collections::BTreeMap;

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

    fn chosen_of(r: &Review) -> BTreeMap<String, (Choice, Vec<MemberRef>)> {
        let refs = |ms: &[ReviewMember]| ms.iter().map(ReviewMember::as_ref).collect::<Vec<_>>();
        r.proposals
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let choice = if i == 0 {
                    Choice::Same
                } else {
                    Choice::NotSame
                };
                (
                    format!("p {}", p.entities.join(" ")),
                    (choice, refs(&p.members)),
                )
            })
            .collect()
    }

    #[test]
    fn kept_choices_come_back_as_they_were_until_the_archive_holds_them() {
        let (r, _) = review_of(None);
        let chosen = chosen_of(&r);
        assert_eq!(chosen.len(), 2);
        let list: Vec<(Choice, Vec<MemberRef>)> = chosen.values().cloned().collect();
        let file = decisions_file(&r.decisions_file, &list);
        let kept = Kept::new(&chosen, "");
        assert_eq!(kept.unsaved(&file), 2, "never downloaded");
        let text = kept.to_text();
        let back = Kept::read(&text, &r.decisions_file).unwrap();
        assert_eq!(back, kept);
        let again: Vec<(Choice, Vec<MemberRef>)> = back
            .choices
            .iter()
            .map(|c| (c.choice, c.members.clone()))
            .collect();
        assert_eq!(
            decisions_file(&r.decisions_file, &again),
            file,
            "the same file"
        );
        // Downloaded: saved, until a choice changes the file.
        let exported = Kept::new(&chosen, &file);
        assert_eq!(exported.unsaved(&file), 0);
        assert_eq!(
            exported.unsaved(&decisions_file(&r.decisions_file, &again[..1])),
            2
        );
        // The archive rebuilt with the file: those choices are in its own
        // file, so they are saved and not kept again.
        let (rebuilt, _) = review_of(Some(&file));
        let after = Kept::read(&text, &rebuilt.decisions_file).unwrap();
        assert!(after.choices.is_empty(), "{:?}", after.choices);
        // A choice the archive's file does not hold stays, even with its
        // proposal gone from the page.
        let one_line = decision_line(again[0].0, &again[0].1);
        let partly = Kept::read(&text, &one_line).unwrap();
        assert_eq!(partly.choices.len(), 1);
        assert_eq!(partly.choices[0].choice, again[1].0);
        // Nothing kept, nothing to keep.
        assert_eq!(Kept::read("", "").unwrap(), Kept::default());
        assert_eq!(Kept::new(&BTreeMap::new(), "").to_text(), "");
    }

    #[test]
    fn unreadable_kept_choices_are_an_error_not_an_empty_list() {
        assert!(Kept::read("{\"format\": 7", "")
            .unwrap_err()
            .contains("not the review"));
        let other = r#"{"format": "fx-archive-review 9", "choices": []}"#;
        assert!(Kept::read(other, "")
            .unwrap_err()
            .contains("another format"));
    }
}
