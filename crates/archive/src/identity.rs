//! Entities across articles, identity by evidence.
//!
//! Each article's entities ([`EntityOccurrence`]s) are gathered into
//! archive entities. Two occurrences merge automatically only on strong
//! evidence, both of the same kind:
//!
//! - **the same full name**: two or more words, equal once folded as the
//!   explorer's search folds them ("Lee Jae-myung" = "lee jae myung");
//! - **a name and an alias each article gives**: the two occurrences share
//!   two different names among their names and aliases (one article says
//!   "Lee Jae Myung", also "이재명"; so does the other).
//!
//! Two people are never merged automatically when both articles describe
//! them and the descriptions share no word ("chief executive" and
//! "footballer"): namesakes. Everything weaker is a [`Proposal`] with its
//! evidence: a single-word name, a surname or given name alone, one shared
//! alias, the same name for two kinds ("Seoul" the city and the
//! government), the same name with different roles.
//!
//! A plain decisions file (see [`parse_decisions`]) settles proposals
//! (`same-as`) and undoes automatic merges (`not-same-as`), naming
//! entities by article id, kind and name so a re-drafted article keeps its
//! decisions. A decision that matches nothing is reported, never dropped.
//!
//! Times and amounts are never merged nor proposed: "Monday" and "$1
//! billion" mean something else in each article (a decision can still join
//! them).
//!
//! Candidate pairs come from blocks of occurrences sharing a name key; in a
//! block larger than [`WINDOW`] each occurrence is compared with the
//! [`WINDOW`] before it (in article order), so the work stays linear.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use fact_explorer_core::model::EntityKind;
use fact_explorer_core::search::tokens;
use fact_explorer_core::sort::sort_by;
use fact_explorer_core::text::fold;
use serde::{Deserialize, Serialize};

use crate::records::{ArticleRecords, EntityOccurrence};

/// In a block of occurrences sharing a key, each is compared with at most
/// this many before it.
pub const WINDOW: usize = 64;

/// An entity of one article, by the names a decision uses.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct MemberRef {
    /// The article's id.
    pub article: String,
    /// The entity's id in that article.
    pub id: String,
    /// Its kind's slug.
    pub kind: String,
    /// Its name there.
    pub name: String,
}

impl MemberRef {
    /// The member as a decisions file writes it: `ARTICLE / KIND / NAME`.
    pub fn decision_form(&self) -> String {
        format!("{} / {} / {}", self.article, self.kind, self.name)
    }
}

/// One archive entity: occurrences judged to be the same thing.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ArchiveEntity {
    /// A stable key: kind and folded name (`person/lee-jae-myung`), with
    /// `~2`, `~3`… for namesakes.
    pub key: String,
    /// The name most of its articles use.
    pub name: String,
    /// The kind most of its articles give.
    pub kind: String,
    /// Every other name and alias its articles give, sorted.
    pub aliases: Vec<String>,
    /// Its occurrences, sorted by article and id.
    pub members: Vec<MemberRef>,
    /// How many articles name it.
    pub articles: usize,
    /// The earliest and latest dates of those articles (undated ones left
    /// out; `None` when all are undated).
    pub first: Option<String>,
    pub last: Option<String>,
}

/// Why two occurrences were merged.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Link {
    pub a: MemberRef,
    pub b: MemberRef,
    pub evidence: String,
}

/// An automatic or decided merge of two or more occurrences.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Merge {
    /// The archive entity's key.
    pub entity: String,
    /// The links that joined it.
    pub links: Vec<Link>,
}

/// Archive entities that weaker evidence says may be one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Proposal {
    /// What points to them being one, in words.
    pub evidence: Vec<String>,
    /// The archive entities' keys (two or more), sorted.
    pub entities: Vec<String>,
    /// One member of each, for a decision line.
    pub representatives: Vec<MemberRef>,
}

/// A line of the decisions file and what became of it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct DecisionReport {
    /// Its line number (from 1).
    pub line: usize,
    /// The line as written.
    pub text: String,
    /// `applied`, `stale` or `conflict`.
    pub status: String,
    /// Why, when not applied.
    pub detail: String,
}

/// The whole identity picture of an archive.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Identities {
    /// Every archive entity, sorted by key.
    pub entities: Vec<ArchiveEntity>,
    /// The merges, sorted by entity key.
    pub merges: Vec<Merge>,
    /// Open proposals, sorted.
    pub proposals: Vec<Proposal>,
    /// Every decision with its status, in file order.
    pub decisions: Vec<DecisionReport>,
    /// Lines of the decisions file that could not be read.
    pub file_problems: Vec<String>,
}

/// One decision of the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decision {
    pub line: usize,
    pub text: String,
    pub verb: Verb,
    /// The entities of a `same-as` or `not-same-as`.
    pub members: Vec<DecisionMember>,
    /// The kinds of a `merge-one-word-names`.
    pub kinds: Vec<String>,
}

/// What a decision says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verb {
    /// The members are one entity.
    SameAs,
    /// Every two members are different entities.
    NotSameAs,
    /// One-word names of these kinds merge automatically, as full names do.
    MergeOneWordNames,
}

/// The kinds whose one-word names merge automatically without a decision:
/// countries (a country's name is its full name, and no two countries share
/// one). People never do.
pub const ONE_WORD_KINDS: [&str; 1] = ["country"];

/// An entity as a decision names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecisionMember {
    pub article: String,
    pub kind: String,
    pub name: String,
}

/// Reads a decisions file:
///
/// ```text
/// # comments and blank lines are ignored
/// same-as: ARTICLE / KIND / NAME = ARTICLE / KIND / NAME [= …]
/// not-same-as: ARTICLE / KIND / NAME = ARTICLE / KIND / NAME [= …]
/// merge-one-word-names: KIND[, KIND…]
/// ```
///
/// `same-as` makes the members one entity; `not-same-as` keeps every two of
/// them apart; `merge-one-word-names` lets one-word names of those kinds
/// (`organisation`, `city`…; never `person`) merge automatically as full
/// names do, the newsroom's choice where namesakes are rare (countries
/// always do, [`ONE_WORD_KINDS`]). KIND is a kind's slug (`person`, `government_body`…); NAME is
/// matched as the search folds it. Lines that cannot be read are returned as
/// problems, and the rest are kept.
pub fn parse_decisions(text: &str) -> (Vec<Decision>, Vec<String>) {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let t = raw.trim();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        let Some((verb, rest)) = t.split_once(':') else {
            problems.push(format!(
                "line {line}: expected `same-as:` or `not-same-as:`, found {}",
                clip(t)
            ));
            continue;
        };
        let verb = match verb.trim() {
            "same-as" => Verb::SameAs,
            "not-same-as" => Verb::NotSameAs,
            "merge-one-word-names" => {
                let kinds: Vec<String> = rest
                    .split(',')
                    .map(str::trim)
                    .filter(|k| !k.is_empty())
                    .map(str::to_string)
                    .collect();
                let bad = kinds.iter().find(|k| {
                    *k == EntityKind::Person.slug()
                        || !EntityKind::ALL.iter().any(|x| x.slug() == k.as_str())
                });
                match bad {
                    Some(k) if k == EntityKind::Person.slug() => problems.push(format!(
                        "line {line}: people are never merged on one word (a surname or a given name alone)"
                    )),
                    Some(k) => problems.push(format!("line {line}: unknown kind {}", clip(k))),
                    None if kinds.is_empty() => {
                        problems.push(format!("line {line}: name one or more kinds"))
                    }
                    None => out.push(Decision {
                        line,
                        text: clip(t),
                        verb: Verb::MergeOneWordNames,
                        members: Vec::new(),
                        kinds,
                    }),
                }
                continue;
            }
            other => {
                problems.push(format!(
                    "line {line}: unknown decision {}; write same-as, not-same-as or merge-one-word-names",
                    clip(other)
                ));
                continue;
            }
        };
        let mut members = Vec::new();
        let mut bad = None;
        for part in rest.split(" = ") {
            let fields: Vec<&str> = part.splitn(3, '/').map(str::trim).collect();
            match fields.as_slice() {
                [article, kind, name] if !article.is_empty() && !name.is_empty() => {
                    if !EntityKind::ALL.iter().any(|k| k.slug() == *kind) {
                        bad = Some(format!("line {line}: unknown kind {}", clip(kind)));
                        break;
                    }
                    members.push(DecisionMember {
                        article: article.to_string(),
                        kind: kind.to_string(),
                        name: name.to_string(),
                    });
                }
                _ => {
                    bad = Some(format!(
                        "line {line}: expected ARTICLE / KIND / NAME, found {}",
                        clip(part.trim())
                    ));
                    break;
                }
            }
        }
        if bad.is_none() && members.len() < 2 {
            bad = Some(format!(
                "line {line}: a decision needs two or more entities joined by ` = `"
            ));
        }
        match bad {
            Some(p) => problems.push(p),
            None => out.push(Decision {
                line,
                text: clip(t),
                verb,
                members,
                kinds: Vec::new(),
            }),
        }
    }
    (out, problems)
}

/// At most 200 characters of `s`, quoted, for messages.
fn clip(s: &str) -> String {
    let mut c: String = s.chars().take(200).collect();
    if c.len() < s.len() {
        c.push('…');
    }
    format!("{c:?}")
}

/// A name's folded words.
pub fn name_words(name: &str) -> Vec<String> {
    tokens(&fold(name)).map(str::to_string).collect()
}

/// Words too common in descriptions to tell two roles apart.
const ROLE_STOP: &[&str] = &[
    "the", "of", "and", "for", "its", "his", "her", "their", "former", "then", "new", "who",
    "with", "from", "was", "has", "had", "also",
];

fn role_words(description: &str) -> BTreeSet<String> {
    tokens(&fold(description))
        .filter(|w| w.chars().count() >= 3 && !ROLE_STOP.contains(w))
        .map(str::to_string)
        .collect()
}

/// One occurrence with what identity needs of it.
struct Occ<'a> {
    article: &'a ArticleRecords,
    entity: &'a EntityOccurrence,
    /// The name's folded words.
    words: Vec<String>,
    /// The name's key: its folded words joined without spaces.
    key: String,
    /// Keys of the name and every alias, deduplicated, the name's first.
    keys: Vec<String>,
    roles: BTreeSet<String>,
    is_person: bool,
    /// Whether evidence may join it to other articles' entities: not times
    /// and amounts, whose words mean something else in each article
    /// ("Monday", "$1 billion").
    mergeable: bool,
}

impl Occ<'_> {
    fn member(&self) -> MemberRef {
        MemberRef {
            article: self.article.id.clone(),
            id: self.entity.id.clone(),
            kind: self.entity.kind.clone(),
            name: self.entity.name.clone(),
        }
    }
}

struct Clusters {
    parent: Vec<usize>,
    /// Per root: its members' distinct role sets (people with a description).
    roles: Vec<Vec<BTreeSet<String>>>,
}

impl Clusters {
    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return;
        }
        let (keep, gone) = if ra < rb { (ra, rb) } else { (rb, ra) };
        self.parent[gone] = keep;
        let moved = std::mem::take(&mut self.roles[gone]);
        for r in moved {
            if !self.roles[keep].contains(&r) {
                self.roles[keep].push(r);
            }
        }
    }

    /// Whether a decision keeps the clusters of `a` and `b` apart.
    fn forbidden(&mut self, a: usize, b: usize, forbid: &[(usize, usize)]) -> bool {
        let (ra, rb) = (self.find(a), self.find(b));
        forbid.iter().any(|&(x, y)| {
            let (fx, fy) = (self.find(x), self.find(y));
            (fx == ra && fy == rb) || (fx == rb && fy == ra)
        })
    }

    /// Whether the clusters of `a` and `b` hold two people whose roles
    /// share no word.
    fn roles_conflict(&mut self, a: usize, b: usize) -> bool {
        let (ra, rb) = (self.find(a), self.find(b));
        self.roles[ra]
            .iter()
            .any(|x| self.roles[rb].iter().any(|y| x.is_disjoint(y)))
    }
}

/// Gathers the occurrences of `articles` into archive entities, applying
/// `decisions`. `articles` must be sorted by id (the result is sorted and
/// the same for the same input).
pub fn resolve(articles: &[ArticleRecords], decisions: &[Decision]) -> Identities {
    let mut occs: Vec<Occ> = Vec::new();
    for a in articles {
        for e in &a.entities {
            let words = name_words(&e.name);
            let key = words.concat();
            let mut keys = vec![key.clone()];
            for alias in &e.aliases {
                let k = name_words(alias).concat();
                if !k.is_empty() && !keys.contains(&k) {
                    keys.push(k);
                }
            }
            keys.retain(|k| !k.is_empty());
            let is_person = e.kind == EntityKind::Person.slug();
            let mergeable =
                e.kind != EntityKind::Time.slug() && e.kind != EntityKind::Amount.slug();
            occs.push(Occ {
                mergeable,
                article: a,
                entity: e,
                roles: if is_person {
                    role_words(&e.description)
                } else {
                    BTreeSet::new()
                },
                words,
                key,
                keys,
                is_person,
            });
        }
    }
    let n = occs.len();
    let mut clusters = Clusters {
        parent: (0..n).collect(),
        roles: occs
            .iter()
            .map(|o| {
                if o.roles.is_empty() {
                    Vec::new()
                } else {
                    vec![o.roles.clone()]
                }
            })
            .collect(),
    };
    let mut links: Vec<(usize, usize, String)> = Vec::new();

    // Decisions: match their members.
    let mut by_ref: HashMap<(&str, &str, String), Vec<usize>> = HashMap::new();
    for (i, o) in occs.iter().enumerate() {
        by_ref
            .entry((o.article.id.as_str(), o.entity.kind.as_str(), o.key.clone()))
            .or_default()
            .push(i);
    }
    let mut reports = Vec::new();
    let mut matched: Vec<(usize, bool, Vec<Vec<usize>>)> = Vec::new();
    let mut one_word: BTreeSet<&str> = ONE_WORD_KINDS.into_iter().collect();
    for (d, decision) in decisions.iter().enumerate() {
        if decision.verb == Verb::MergeOneWordNames {
            one_word.extend(decision.kinds.iter().map(String::as_str));
            reports.push(Some(DecisionReport {
                line: decision.line,
                text: decision.text.clone(),
                status: "applied".into(),
                detail: String::new(),
            }));
            continue;
        }
        let mut groups = Vec::new();
        let mut missing = Vec::new();
        for m in &decision.members {
            let key = name_words(&m.name).concat();
            match by_ref.get(&(m.article.as_str(), m.kind.as_str(), key)) {
                Some(found) => groups.push(found.clone()),
                None => missing.push(format!("{} / {} / {}", m.article, m.kind, m.name)),
            }
        }
        if missing.is_empty() {
            matched.push((d, decision.verb == Verb::SameAs, groups));
            reports.push(None);
        } else {
            reports.push(Some(DecisionReport {
                line: decision.line,
                text: decision.text.clone(),
                status: "stale".into(),
                detail: format!("no such entity: {}", missing.join("; ")),
            }));
        }
    }
    let mut forbid: Vec<(usize, usize)> = Vec::new();
    for (_, same, groups) in &matched {
        if !same {
            for (i, g) in groups.iter().enumerate() {
                for h in &groups[i + 1..] {
                    for &x in g {
                        for &y in h {
                            forbid.push((x, y));
                        }
                    }
                }
            }
        }
    }
    for (d, same, groups) in &matched {
        let mut conflict = None;
        if *same {
            let all: Vec<usize> = groups.iter().flatten().copied().collect();
            for w in all.windows(2) {
                if clusters.forbidden(w[0], w[1], &forbid) {
                    conflict = Some(format!(
                        "{} and {} are kept apart by a not-same-as decision",
                        occs[w[0]].member().decision_form(),
                        occs[w[1]].member().decision_form()
                    ));
                    continue;
                }
                if clusters.find(w[0]) != clusters.find(w[1]) {
                    links.push((
                        w[0],
                        w[1],
                        format!("decided same-as (line {})", decisions[*d].line),
                    ));
                }
                clusters.union(w[0], w[1]);
            }
        }
        reports[*d] = Some(DecisionReport {
            line: decisions[*d].line,
            text: decisions[*d].text.clone(),
            status: if conflict.is_some() {
                "conflict"
            } else {
                "applied"
            }
            .into(),
            detail: conflict.unwrap_or_default(),
        });
    }

    // Strong evidence, in a fixed order: full names block by block, then
    // name-and-alias pairs. Each occurrence joins the earliest of the WINDOW
    // occurrences before it that it can join (not the same article, no
    // decision or other role against it), so the usual case costs one try
    // and an occurrence a decision keeps apart from one leaves the others
    // together.
    let try_join = |clusters: &mut Clusters, i: usize, j: usize| -> bool {
        occs[i].article.id != occs[j].article.id
            && !clusters.forbidden(i, j, &forbid)
            && !(occs[i].is_person && occs[j].is_person && clusters.roles_conflict(i, j))
    };
    let mut full_names: BTreeMap<(&str, &str), Vec<usize>> = BTreeMap::new();
    for (i, o) in occs.iter().enumerate() {
        let short = o.words.len() == 1 && one_word.contains(o.entity.kind.as_str());
        if (o.words.len() >= 2 || short) && o.mergeable {
            full_names
                .entry((o.entity.kind.as_str(), o.key.as_str()))
                .or_default()
                .push(i);
        }
    }
    for block in full_names.values() {
        for (p, &j) in block.iter().enumerate() {
            for &i in &block[p.saturating_sub(WINDOW)..p] {
                if clusters.find(i) == clusters.find(j) {
                    break;
                }
                if !try_join(&mut clusters, i, j) {
                    continue;
                }
                clusters.union(i, j);
                let why = if occs[j].words.len() == 1 {
                    format!(
                        "the same one-word {} name: {:?} (merged for this kind)",
                        occs[j].entity.kind, occs[j].entity.name
                    )
                } else {
                    format!("the same full name and kind: {:?}", occs[j].entity.name)
                };
                links.push((i, j, why));
                break;
            }
        }
    }
    // Only occurrences with an alias can share two names.
    let mut by_key: BTreeMap<(&str, &str), Vec<usize>> = BTreeMap::new();
    for (i, o) in occs
        .iter()
        .enumerate()
        .filter(|(_, o)| o.mergeable && o.keys.len() >= 2)
    {
        for k in &o.keys {
            by_key
                .entry((o.entity.kind.as_str(), k.as_str()))
                .or_default()
                .push(i);
        }
    }
    let mut shared: HashMap<(usize, usize), usize> = HashMap::new();
    for block in by_key.values() {
        for (p, &j) in block.iter().enumerate() {
            for &i in &block[p.saturating_sub(WINDOW)..p] {
                if occs[i].article.id != occs[j].article.id {
                    *shared.entry((i, j)).or_default() += 1;
                }
            }
        }
    }
    let mut pairs: Vec<(usize, usize)> = shared
        .into_iter()
        .filter(|&(_, n)| n >= 2)
        .map(|(pair, _)| pair)
        .collect();
    sort_by(&mut pairs, Ord::cmp);
    for (i, j) in pairs {
        if clusters.find(i) == clusters.find(j) || !try_join(&mut clusters, i, j) {
            continue;
        }
        clusters.union(i, j);
        let names = |o: &Occ| -> Vec<String> {
            std::iter::once(&o.entity.name)
                .chain(&o.entity.aliases)
                .cloned()
                .collect()
        };
        // Show the two shared names as the articles spell them.
        let ni = names(&occs[i]);
        let nj = names(&occs[j]);
        let both: Vec<&String> = ni
            .iter()
            .filter(|a| {
                let k = name_words(a).concat();
                nj.iter().any(|b| name_words(b).concat() == k)
            })
            .take(2)
            .collect();
        links.push((
            i,
            j,
            format!(
                "both articles give the names {:?} and {:?}",
                both.first().map_or("", |s| s.as_str()),
                both.get(1).map_or("", |s| s.as_str())
            ),
        ));
    }

    // The archive entities.
    let mut members: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..n {
        let r = clusters.find(i);
        members.entry(r).or_default().push(i);
    }
    // Ordered by their first member (article order), which numbers namesakes.
    let mut entities = Vec::new();
    let mut root_key: HashMap<usize, String> = HashMap::new();
    let mut used: HashMap<String, usize> = HashMap::new();
    for (&root, list) in &members {
        let e = archive_entity(&occs, list);
        let base = format!(
            "{}/{}",
            e.kind,
            name_words(&e.name)
                .join("-")
                .chars()
                .take(80)
                .collect::<String>()
        );
        let count = used.entry(base.clone()).or_insert(0);
        *count += 1;
        let key = if *count == 1 {
            base
        } else {
            format!("{base}~{count}")
        };
        root_key.insert(root, key.clone());
        entities.push(ArchiveEntity { key, ..e });
    }
    sort_by(&mut entities, |a, b| a.key.cmp(&b.key));

    let mut merges: BTreeMap<String, Vec<Link>> = BTreeMap::new();
    for (i, j, why) in links {
        let root = clusters.find(i);
        merges
            .entry(root_key[&root].clone())
            .or_default()
            .push(Link {
                a: occs[i].member(),
                b: occs[j].member(),
                evidence: why,
            });
    }
    let merges = merges
        .into_iter()
        .map(|(entity, links)| Merge { entity, links })
        .collect();

    let proposals = proposals(&occs, &mut clusters, &forbid, &root_key);
    Identities {
        entities,
        merges,
        proposals,
        decisions: reports.into_iter().flatten().collect(),
        file_problems: Vec::new(),
    }
}

/// The archive entity of the occurrences `list` (key left empty).
fn archive_entity(occs: &[Occ], list: &[usize]) -> ArchiveEntity {
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    let mut names: BTreeMap<&str, usize> = BTreeMap::new();
    let mut all_names: BTreeSet<&str> = BTreeSet::new();
    let mut articles: BTreeSet<&str> = BTreeSet::new();
    let mut dates: Vec<&str> = Vec::new();
    for &i in list {
        let o = &occs[i];
        *kinds.entry(o.entity.kind.as_str()).or_default() += 1;
        *names.entry(o.entity.name.as_str()).or_default() += 1;
        all_names.insert(&o.entity.name);
        all_names.extend(o.entity.aliases.iter().map(String::as_str));
        if articles.insert(&o.article.id) {
            dates.extend(o.article.date.as_deref());
        }
    }
    let kind_rank = |k: &str| EntityKind::ALL.iter().position(|x| x.slug() == k);
    let kind = kinds
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then(kind_rank(b.0).cmp(&kind_rank(a.0))))
        .map(|(k, _)| k.to_string())
        .unwrap_or_default();
    let name = names
        .iter()
        .max_by(|a, b| {
            a.1.cmp(b.1)
                .then(a.0.len().cmp(&b.0.len()))
                .then(b.0.cmp(a.0))
        })
        .map(|(k, _)| k.to_string())
        .unwrap_or_default();
    sort_by(&mut dates, Ord::cmp);
    let mut members: Vec<MemberRef> = list.iter().map(|&i| occs[i].member()).collect();
    sort_by(&mut members, Ord::cmp);
    ArchiveEntity {
        key: String::new(),
        aliases: all_names
            .into_iter()
            .filter(|a| *a != name)
            .map(str::to_string)
            .collect(),
        name,
        kind,
        members,
        articles: articles.len(),
        first: dates.first().map(|d| d.to_string()),
        last: dates.last().map(|d| d.to_string()),
    }
}

/// Open proposals: groups of two or more archive entities that share a
/// name key (or, for people, a single-word name that is another's surname
/// or given name), unless decisions keep every two of them apart.
fn proposals(
    occs: &[Occ],
    clusters: &mut Clusters,
    forbid: &[(usize, usize)],
    root_key: &HashMap<usize, String>,
) -> Vec<Proposal> {
    // Key → occurrences giving it as a name or alias, of any kind.
    let mut by_key: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    // Single word → people whose full name starts or ends with it.
    let mut by_part: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, o) in occs.iter().enumerate().filter(|(_, o)| o.mergeable) {
        for k in &o.keys {
            by_key.entry(k.as_str()).or_default().push(i);
        }
        if o.is_person && o.words.len() >= 2 {
            let first = o.words[0].as_str();
            let last = o.words[o.words.len() - 1].as_str();
            by_part.entry(first).or_default().push(i);
            if last != first {
                by_part.entry(last).or_default().push(i);
            }
        }
    }
    let forbidden_roots: HashSet<(usize, usize)> = forbid
        .iter()
        .map(|&(x, y)| {
            let (a, b) = (clusters.find(x), clusters.find(y));
            (a.min(b), a.max(b))
        })
        .collect();
    let mut found: BTreeMap<Vec<String>, (BTreeSet<String>, Vec<MemberRef>)> = BTreeMap::new();
    for (key, list) in &by_key {
        let mut group: Vec<usize> = list.clone();
        // A person named by one word: the people it may be short for.
        let single_person = list
            .iter()
            .any(|&i| occs[i].is_person && occs[i].words.len() == 1 && occs[i].key == *key);
        let mut by_surname = false;
        if single_person {
            if let Some(more) = by_part.get(key) {
                group.extend(more.iter().copied());
                by_surname = true;
            }
        }
        let mut roots: BTreeMap<usize, usize> = BTreeMap::new();
        for &i in &group {
            roots.entry(clusters.find(i)).or_insert(i);
        }
        if roots.len() < 2 {
            continue;
        }
        let rs: Vec<usize> = roots.keys().copied().collect();
        let open = rs.iter().enumerate().any(|(p, &a)| {
            rs[p + 1..]
                .iter()
                .any(|&b| !forbidden_roots.contains(&(a.min(b), a.max(b))))
        });
        if !open {
            continue;
        }
        let mut evidence = BTreeSet::new();
        let kinds: BTreeSet<&str> = group
            .iter()
            .map(|&i| occs[i].entity.kind.as_str())
            .collect();
        if kinds.len() > 1 {
            evidence.insert(format!(
                "the same name for different kinds ({})",
                kinds.iter().copied().collect::<Vec<_>>().join(", ")
            ));
        }
        let spelled = list
            .iter()
            .map(|&i| spelling_of(&occs[i], key))
            .next()
            .unwrap_or_default();
        if by_surname {
            evidence.insert(format!(
                "a person named only {spelled:?}: a surname or given name alone"
            ));
        } else if list
            .iter()
            .all(|&i| occs[i].words.len() <= 1 && occs[i].key == *key)
        {
            evidence.insert(format!("a single-word name: {spelled:?}"));
        }
        let as_alias = list.iter().filter(|&&i| occs[i].key != *key).count();
        if as_alias == list.len() {
            evidence.insert(format!("the shared alias {spelled:?}"));
        } else if as_alias > 0 {
            evidence.insert(format!(
                "{spelled:?} is a name in one article, an alias in another"
            ));
        }
        let people: Vec<usize> = group
            .iter()
            .copied()
            .filter(|&i| occs[i].is_person)
            .collect();
        if kinds.len() == 1
            && people.len() == group.len()
            && people
                .iter()
                .all(|&i| occs[i].words.len() >= 2 && occs[i].key == *key)
        {
            let roles: BTreeSet<&str> = people
                .iter()
                .map(|&i| occs[i].entity.description.as_str())
                .filter(|d| !d.is_empty())
                .collect();
            evidence.insert(format!(
                "the same full name with different roles: {}",
                roles
                    .iter()
                    .map(|r| format!("{r:?}"))
                    .collect::<Vec<_>>()
                    .join(" / ")
            ));
        }
        if evidence.is_empty() {
            evidence.insert(format!("the shared name {spelled:?}"));
        }
        let mut keys: Vec<String> = rs.iter().map(|r| root_key[r].clone()).collect();
        sort_by(&mut keys, Ord::cmp);
        let mut reps: Vec<MemberRef> = roots.values().map(|&i| occs[i].member()).collect();
        sort_by(&mut reps, Ord::cmp);
        let entry = found.entry(keys).or_insert_with(|| (BTreeSet::new(), reps));
        entry.0.extend(evidence);
    }
    found
        .into_iter()
        .map(|(entities, (evidence, representatives))| Proposal {
            evidence: evidence.into_iter().collect(),
            entities,
            representatives,
        })
        .collect()
}

/// The name or alias of `o` whose key is `key`, as the article spells it.
fn spelling_of(o: &Occ, key: &str) -> String {
    std::iter::once(&o.entity.name)
        .chain(&o.entity.aliases)
        .find(|n| name_words(n).concat() == key)
        .cloned()
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{ent, fact_set, Ent};
    use crate::records::article_records;

    /// Records of fixture articles `(id, date, entities)`, sorted by id.
    fn arts(list: &[(&str, Option<&str>, Vec<Ent>)]) -> Vec<ArticleRecords> {
        let mut out: Vec<ArticleRecords> = list
            .iter()
            .map(|(id, date, ents)| {
                let json = fact_set(&format!("Article {id}"), *date, ents);
                let set = fact_explorer_core::load::load(&json, None).expect("fixture loads");
                article_records(id, &set, None, "")
            })
            .collect();
        sort_by(&mut out, |a, b| a.id.cmp(&b.id));
        out
    }

    fn person<'a>(id: &'a str, name: &'a str, aliases: &'a [&'a str], role: &'a str) -> Ent<'a> {
        Ent {
            id,
            name,
            kind: "person",
            aliases,
            description: role,
        }
    }

    /// The archive entity holding `article`'s entity `id`.
    fn entity_of<'a>(ids: &'a Identities, article: &str, id: &str) -> &'a ArchiveEntity {
        ids.entities
            .iter()
            .find(|e| e.members.iter().any(|m| m.article == article && m.id == id))
            .expect("every occurrence is in an entity")
    }

    fn together(ids: &Identities, a: (&str, &str), b: (&str, &str)) -> bool {
        entity_of(ids, a.0, a.1).key == entity_of(ids, b.0, b.1).key
    }

    #[test]
    fn the_same_full_name_and_kind_merges_whatever_the_spelling() {
        let a = arts(&[
            (
                "a1",
                Some("2025-07-01"),
                vec![person("lee", "Lee Jae-myung", &[], "")],
            ),
            (
                "a2",
                Some("2025-09-03"),
                vec![person("p", "LEE Jae Myung", &[], "")],
            ),
            ("a3", None, vec![person("x", "Lee Jaemyung", &[], "")]),
        ]);
        let ids = resolve(&a, &[]);
        assert_eq!(ids.entities.len(), 1);
        let e = &ids.entities[0];
        assert_eq!(e.key, "person/lee-jae-myung");
        assert_eq!(e.articles, 3);
        assert_eq!(e.first.as_deref(), Some("2025-07-01"));
        assert_eq!(e.last.as_deref(), Some("2025-09-03"));
        assert_eq!(ids.merges.len(), 1);
        assert!(ids.merges[0].links[0]
            .evidence
            .contains("the same full name and kind"));
        assert!(ids.proposals.is_empty(), "{:?}", ids.proposals);
    }

    #[test]
    fn a_name_and_an_alias_both_articles_give_merge() {
        let a = arts(&[
            (
                "a1",
                None,
                vec![person("lee", "Lee Jae Myung", &["이재명"], "")],
            ),
            (
                "a2",
                None,
                vec![person("l", "이재명", &["Lee Jae-myung"], "")],
            ),
        ]);
        let ids = resolve(&a, &[]);
        assert!(together(&ids, ("a1", "lee"), ("a2", "l")));
        assert!(ids.merges[0].links[0]
            .evidence
            .contains("both articles give"));
    }

    #[test]
    fn weak_evidence_is_a_proposal_never_a_merge() {
        // (articles, the two occurrences, a word the evidence must contain)
        type Case<'a> = (
            Vec<ArticleRecords>,
            (&'a str, &'a str),
            (&'a str, &'a str),
            &'a str,
        );
        let cases: Vec<Case> = vec![
            (
                arts(&[
                    ("a1", None, vec![ent("s", "Seoul", "city")]),
                    ("a2", None, vec![ent("s", "Seoul", "city")]),
                ]),
                ("a1", "s"),
                ("a2", "s"),
                "single-word name",
            ),
            (
                arts(&[
                    ("a1", None, vec![ent("s", "Seoul", "city")]),
                    ("a2", None, vec![ent("g", "Seoul", "government_body")]),
                ]),
                ("a1", "s"),
                ("a2", "g"),
                "different kinds (city, government_body)",
            ),
            (
                arts(&[
                    ("a1", None, vec![person("lee", "Lee Jae Myung", &[], "")]),
                    ("a2", None, vec![person("l", "Lee", &[], "")]),
                ]),
                ("a1", "lee"),
                ("a2", "l"),
                "surname or given name alone",
            ),
            (
                arts(&[
                    (
                        "a1",
                        None,
                        vec![person("j", "Michael Jordan", &[], "basketball player")],
                    ),
                    (
                        "a2",
                        None,
                        vec![person(
                            "j",
                            "Michael Jordan",
                            &[],
                            "professor of statistics",
                        )],
                    ),
                ]),
                ("a1", "j"),
                ("a2", "j"),
                "different roles",
            ),
            (
                arts(&[
                    ("a1", None, vec![person("a", "Lee Jae Myung", &["Lee"], "")]),
                    ("a2", None, vec![person("b", "Lee Jae-yong", &["Lee"], "")]),
                ]),
                ("a1", "a"),
                ("a2", "b"),
                "the shared alias \"Lee\"",
            ),
        ];
        for (a, x, y, says) in cases {
            let ids = resolve(&a, &[]);
            assert!(!together(&ids, x, y), "{says}: merged silently");
            assert_eq!(ids.proposals.len(), 1, "{says}: {:?}", ids.proposals);
            let p = &ids.proposals[0];
            assert!(
                p.evidence.iter().any(|e| e.contains(says)),
                "{says}: {:?}",
                p.evidence
            );
            let keys = [
                entity_of(&ids, x.0, x.1).key.clone(),
                entity_of(&ids, y.0, y.1).key.clone(),
            ];
            assert!(keys.iter().all(|k| p.entities.contains(k)), "{says}: {p:?}");
        }
    }

    #[test]
    fn compatible_roles_merge_and_a_third_namesake_stays_apart() {
        let a = arts(&[
            (
                "a1",
                None,
                vec![person("j", "Michael Jordan", &[], "basketball player")],
            ),
            ("a2", None, vec![person("j", "Michael Jordan", &[], "")]),
            (
                "a3",
                None,
                vec![person("j", "Michael Jordan", &[], "former basketball star")],
            ),
            (
                "a4",
                None,
                vec![person(
                    "j",
                    "Michael Jordan",
                    &[],
                    "professor of statistics",
                )],
            ),
        ]);
        let ids = resolve(&a, &[]);
        assert!(together(&ids, ("a1", "j"), ("a2", "j")));
        assert!(together(&ids, ("a1", "j"), ("a3", "j")));
        assert!(!together(&ids, ("a1", "j"), ("a4", "j")));
        let keys: Vec<&str> = ids.entities.iter().map(|e| e.key.as_str()).collect();
        assert_eq!(keys, ["person/michael-jordan", "person/michael-jordan~2"]);
        assert_eq!(ids.proposals.len(), 1);
    }

    #[test]
    fn decisions_settle_proposals_undo_merges_and_stale_ones_are_reported() {
        let a = arts(&[
            (
                "a1",
                None,
                vec![
                    ent("s", "Seoul", "city"),
                    person("k", "Kim Min-jun", &[], ""),
                ],
            ),
            (
                "a2",
                None,
                vec![
                    ent("s", "Seoul", "city"),
                    person("k", "Kim Min Jun", &[], ""),
                ],
            ),
        ]);
        let file = "\
# reviewed
same-as: a1 / city / Seoul = a2 / city / seoul
not-same-as: a1 / person / Kim Min-jun = a2 / person / Kim Min Jun
same-as: a1 / city / Busan = a2 / city / Seoul
not-same-as a1 / city / Seoul
maybe: a1 / city / Seoul = a2 / city / Seoul
same-as: a1 / planet / Seoul = a2 / city / Seoul
same-as: a1 / city / Seoul
";
        let (decisions, problems) = parse_decisions(file);
        assert_eq!(decisions.len(), 3);
        assert_eq!(problems.len(), 4, "{problems:?}");
        for (p, line) in problems
            .iter()
            .zip(["line 5", "line 6", "line 7", "line 8"])
        {
            assert!(p.starts_with(line), "{p}");
        }
        let ids = resolve(&a, &decisions);
        assert!(together(&ids, ("a1", "s"), ("a2", "s")));
        assert!(!together(&ids, ("a1", "k"), ("a2", "k")));
        assert!(ids.proposals.is_empty(), "{:?}", ids.proposals);
        let status: Vec<&str> = ids.decisions.iter().map(|d| d.status.as_str()).collect();
        assert_eq!(status, ["applied", "applied", "stale"]);
        assert!(ids.decisions[2].detail.contains("a1 / city / Busan"));
        // Without the file, Kim merges and Seoul is a proposal.
        let plain = resolve(&a, &[]);
        assert!(together(&plain, ("a1", "k"), ("a2", "k")));
        assert_eq!(plain.proposals.len(), 1);
    }

    #[test]
    fn a_not_same_as_sets_one_apart_and_leaves_the_others_together() {
        let ny = || vec![ent("ny", "New York", "city")];
        let a = arts(&[("a1", None, ny()), ("a2", None, ny()), ("a3", None, ny())]);
        let (d, _) = parse_decisions("not-same-as: a1 / city / New York = a2 / city / New York");
        let ids = resolve(&a, &d);
        assert!(together(&ids, ("a1", "ny"), ("a3", "ny")));
        assert!(!together(&ids, ("a1", "ny"), ("a2", "ny")));
        assert!(!together(&ids, ("a2", "ny"), ("a3", "ny")));
    }

    #[test]
    fn a_same_as_against_a_not_same_as_is_a_conflict() {
        let a = arts(&[
            ("a1", None, vec![ent("s", "Seoul", "city")]),
            ("a2", None, vec![ent("s", "Seoul", "city")]),
        ]);
        let (d, _) = parse_decisions(
            "not-same-as: a1 / city / Seoul = a2 / city / Seoul\nsame-as: a1 / city / Seoul = a2 / city / Seoul",
        );
        let ids = resolve(&a, &d);
        assert!(!together(&ids, ("a1", "s"), ("a2", "s")));
        assert_eq!(ids.decisions[1].status, "conflict");
        assert!(ids.proposals.is_empty());
    }

    #[test]
    fn one_word_names_merge_for_countries_and_the_kinds_a_newsroom_names() {
        let a = arts(&[
            (
                "a1",
                None,
                vec![
                    ent("c", "Canada", "country"),
                    ent("w", "Wikinews", "organisation"),
                ],
            ),
            (
                "a2",
                None,
                vec![
                    ent("c", "Canada", "country"),
                    ent("w", "Wikinews", "organisation"),
                ],
            ),
        ]);
        let ids = resolve(&a, &[]);
        assert!(together(&ids, ("a1", "c"), ("a2", "c")));
        assert!(ids.merges[0].links[0]
            .evidence
            .contains("one-word country name"));
        assert!(!together(&ids, ("a1", "w"), ("a2", "w")));
        assert_eq!(ids.proposals.len(), 1);
        let (d, problems) = parse_decisions(
            "merge-one-word-names: organisation, city\nmerge-one-word-names: person\nmerge-one-word-names: wizard\nmerge-one-word-names:",
        );
        assert_eq!(d.len(), 1);
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(problems[0].contains("people are never merged on one word"));
        let ids = resolve(&a, &d);
        assert!(together(&ids, ("a1", "w"), ("a2", "w")));
        assert!(ids.proposals.is_empty());
        assert_eq!(ids.decisions[0].status, "applied");
    }

    #[test]
    fn times_and_amounts_stay_in_their_article() {
        let a = arts(&[
            (
                "a1",
                None,
                vec![
                    ent("m", "Monday", "time"),
                    ent("x", "One billion dollars", "amount"),
                ],
            ),
            (
                "a2",
                None,
                vec![
                    ent("m", "Monday", "time"),
                    ent("x", "One billion dollars", "amount"),
                ],
            ),
        ]);
        let ids = resolve(&a, &[]);
        assert_eq!(ids.entities.len(), 4);
        assert!(ids.merges.is_empty() && ids.proposals.is_empty());
    }

    proptest::proptest! {
        /// Any decisions file is read without panicking, and every line that
        /// is neither blank nor a comment is a decision or a problem.
        #[test]
        fn any_decisions_file_is_read(text in "(\\PC{0,40}( = | / |:|\n|same-as: |not-same-as: ))*") {
            let (d, problems) = parse_decisions(&text);
            let lines = text.lines().filter(|l| !l.trim().is_empty() && !l.trim().starts_with('#')).count();
            proptest::prop_assert_eq!(d.len() + problems.len(), lines);
            let a = arts(&[("a1", None, vec![ent("s", "Seoul", "city")])]);
            let _ = resolve(&a, &d);
        }
    }

    #[test]
    fn thousands_of_aliases_stay_linear_and_merge_once() {
        let many: Vec<String> = (0..3000).map(|i| format!("Alias Number {i}")).collect();
        let many: Vec<&str> = many.iter().map(String::as_str).collect();
        let a = arts(&[
            ("a1", None, vec![person("x", "Ann Example", &many, "")]),
            ("a2", None, vec![person("x", "Ann Example", &many, "")]),
        ]);
        let ids = resolve(&a, &[]);
        assert_eq!(ids.entities.len(), 1);
        assert_eq!(ids.entities[0].aliases.len(), 3000);
        assert_eq!(ids.merges[0].links.len(), 1);
    }
}
