//! What an archive entity's page shows, computed at build time: every
//! article that names it (newest first, with the sentence that names it),
//! its facts, quotes and events across articles, the entities it appears
//! with most, and a timeline of its dated items. Stored in buckets
//! (`entities/XXXX.json`, by the first two letters of the entity's name)
//! so the site's file count stays bounded; the page's shell fetches one.

use std::collections::{BTreeMap, HashMap};

use fact_explorer_core::sort::sort_by;
use serde::{Deserialize, Serialize};

use crate::identity::ArchiveEntity;
use crate::records::ArticleRecords;

/// Most facts, quotes and events listed on a page (newest first); the rest
/// are counted.
pub const MAX_ITEMS: usize = 200;
/// Most related entities listed.
pub const MAX_RELATED: usize = 20;
/// Most links between the companions drawn around an entity
/// ([`EntityPage::links`]): with [`MAX_RELATED`] companions that is about
/// two lines more each, a neighbourhood still readable at a glance.
pub const MAX_LINKS: usize = 30;
/// Most links kept at any one companion, so a companion that appears with
/// all the others (a country in every article) does not turn the
/// neighbourhood into a star of its own.
pub const MAX_LINKS_EACH: usize = 4;
/// Longest evidence sentence kept, in characters.
pub const MAX_EVIDENCE: usize = 400;

/// An article that names the entity.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageArticle {
    pub id: String,
    pub title: String,
    pub date: Option<String>,
    /// The original's address, when known.
    pub url: Option<String>,
    /// The entity's name there.
    pub name: String,
    /// The sentence of its first mention there.
    pub evidence: String,
    /// The explorer's deep link to the entity's panel in that article.
    pub link: String,
}

/// A fact, quote or event of one article that involves the entity.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageItem {
    pub article: String,
    pub date: Option<String>,
    /// `fact`, `quote` or `event`.
    pub kind: String,
    pub id: String,
    pub line: String,
    pub link: String,
}

/// An entity that appears in the same facts, quotes or events.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Related {
    pub key: String,
    pub name: String,
    pub kind: String,
    /// In how many items.
    pub count: usize,
}

/// Two of an entity's companions that appear together in facts, quotes or
/// events of the archive themselves (not necessarily with the entity): the
/// lines between them make the page's graph a neighbourhood, not a star.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    /// Their places in [`EntityPage::related`], `a < b`.
    pub a: usize,
    pub b: usize,
    /// In how many items across the archive.
    pub count: usize,
}

/// One archive entity's page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityPage {
    pub key: String,
    pub name: String,
    pub kind: String,
    pub aliases: Vec<String>,
    /// Newest first; undated last.
    pub articles: Vec<PageArticle>,
    /// Newest first, at most [`MAX_ITEMS`].
    pub items: Vec<PageItem>,
    /// How many items there are in all.
    pub total_items: usize,
    /// Most items first, at most [`MAX_RELATED`].
    pub related: Vec<Related>,
    /// The dated items, oldest first (at most [`MAX_ITEMS`]).
    pub timeline: Vec<PageItem>,
    /// The links between the companions in `related`, most items first
    /// (see [`companion_links`]).
    #[serde(default)]
    pub links: Vec<Link>,
}

/// Entity pages per bucket, on average (the bucket count is the entity
/// count over this, at least 1).
pub const PAGES_PER_BUCKET: usize = 16;

/// Most bucket files: past this the buckets grow instead, so the site's
/// file count stays bounded (see [`crate::site::MAX_LINES_BUCKETS`]).
pub const MAX_BUCKETS: usize = 4096;

/// How many bucket files `entities` archive entities take.
pub fn bucket_count(entities: usize) -> usize {
    entities.div_ceil(PAGES_PER_BUCKET).clamp(1, MAX_BUCKETS)
}

/// The bucket file of the entity with key `key` among `buckets` (the
/// manifest's `entity_buckets`): FNV-1a of the key, so pages spread evenly
/// whatever their names.
pub fn bucket_file(key: &str, buckets: usize) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in key.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("entities/{:x}.json", h % buckets.max(1) as u64)
}

fn clip(s: &str, n: usize) -> String {
    match s.char_indices().nth(n) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// Newest first, undated last; then by article and id.
fn newest_first(a: &PageItem, b: &PageItem) -> std::cmp::Ordering {
    b.date
        .cmp(&a.date)
        .then_with(|| a.article.cmp(&b.article))
        .then_with(|| a.id.cmp(&b.id))
}

/// The links between an entity's companions `companions` (archive entity
/// places, most items first), given how many items each pair of archive
/// entities shares (`shared(x, y)`, 0 for none): the strongest first, at
/// most [`MAX_LINKS_EACH`] at any companion and [`MAX_LINKS`] in all, ties
/// by their places in the list (so the most frequent companions win).
pub fn companion_links(companions: &[usize], shared: impl Fn(usize, usize) -> usize) -> Vec<Link> {
    let mut pairs: Vec<Link> = Vec::new();
    for (a, &x) in companions.iter().enumerate() {
        for (b, &y) in companions.iter().enumerate().skip(a + 1) {
            let count = shared(x, y);
            if count > 0 {
                pairs.push(Link { a, b, count });
            }
        }
    }
    sort_by(&mut pairs, |p, q| {
        q.count
            .cmp(&p.count)
            .then_with(|| p.a.cmp(&q.a))
            .then_with(|| p.b.cmp(&q.b))
    });
    let mut degree = vec![0usize; companions.len()];
    let mut out = Vec::new();
    for l in pairs {
        if out.len() == MAX_LINKS {
            break;
        }
        if degree[l.a] < MAX_LINKS_EACH && degree[l.b] < MAX_LINKS_EACH {
            degree[l.a] += 1;
            degree[l.b] += 1;
            out.push(l);
        }
    }
    out
}

/// Every entity's page, by bucket file, each bucket's pages sorted by key.
pub fn entity_pages(
    articles: &[ArticleRecords],
    entities: &[ArchiveEntity],
) -> BTreeMap<String, Vec<EntityPage>> {
    // (article, entity id) → the archive entity's place in `entities`.
    let mut of: HashMap<(&str, &str), usize> = HashMap::new();
    for (i, e) in entities.iter().enumerate() {
        for m in &e.members {
            of.insert((m.article.as_str(), m.id.as_str()), i);
        }
    }
    let by_id: HashMap<&str, &ArticleRecords> =
        articles.iter().map(|a| (a.id.as_str(), a)).collect();
    let mut items: Vec<Vec<PageItem>> = vec![Vec::new(); entities.len()];
    let mut related: Vec<HashMap<usize, usize>> = vec![HashMap::new(); entities.len()];
    for a in articles {
        for item in a.items.iter().filter(|i| i.kind != "sentence") {
            let involved: Vec<usize> = {
                let mut v: Vec<usize> = item
                    .entities
                    .iter()
                    .filter_map(|id| of.get(&(a.id.as_str(), id.as_str())).copied())
                    .collect();
                sort_by(&mut v, Ord::cmp);
                v.dedup();
                v
            };
            for &e in &involved {
                items[e].push(PageItem {
                    article: a.id.clone(),
                    date: a.date.clone(),
                    kind: item.kind.clone(),
                    id: item.id.clone(),
                    line: clip(&item.line, MAX_EVIDENCE),
                    link: item.link.clone(),
                });
                for &other in &involved {
                    if other != e {
                        *related[e].entry(other).or_default() += 1;
                    }
                }
            }
        }
    }
    let mut out: BTreeMap<String, Vec<EntityPage>> = BTreeMap::new();
    let buckets = bucket_count(entities.len());
    for (i, e) in entities.iter().enumerate() {
        let mut page_articles: Vec<PageArticle> = e
            .members
            .iter()
            .filter_map(|m| {
                let a = by_id.get(m.article.as_str())?;
                let occ = a.entities.iter().find(|x| x.id == m.id)?;
                Some(PageArticle {
                    id: a.id.clone(),
                    title: a.title.clone(),
                    date: a.date.clone(),
                    url: a.url.clone(),
                    name: occ.name.clone(),
                    evidence: clip(&occ.evidence, MAX_EVIDENCE),
                    link: occ.link.clone(),
                })
            })
            .collect();
        sort_by(&mut page_articles, |a, b| {
            b.date.cmp(&a.date).then_with(|| a.id.cmp(&b.id))
        });
        let mut list = std::mem::take(&mut items[i]);
        sort_by(&mut list, newest_first);
        let total_items = list.len();
        let mut timeline: Vec<PageItem> =
            list.iter().filter(|x| x.date.is_some()).cloned().collect();
        sort_by(&mut timeline, |a, b| newest_first(b, a));
        timeline.truncate(MAX_ITEMS);
        list.truncate(MAX_ITEMS);
        let mut rel: Vec<(usize, usize)> = related[i].iter().map(|(&k, &n)| (k, n)).collect();
        sort_by(&mut rel, |a, b| {
            b.1.cmp(&a.1)
                .then_with(|| entities[a.0].key.cmp(&entities[b.0].key))
        });
        rel.truncate(MAX_RELATED);
        let companions: Vec<usize> = rel.iter().map(|r| r.0).collect();
        let links = companion_links(&companions, |x, y| related[x].get(&y).copied().unwrap_or(0));
        out.entry(bucket_file(&e.key, buckets))
            .or_default()
            .push(EntityPage {
                key: e.key.clone(),
                name: e.name.clone(),
                kind: e.kind.clone(),
                aliases: e.aliases.clone(),
                articles: page_articles,
                items: list,
                total_items,
                related: rel
                    .into_iter()
                    .map(|(k, count)| Related {
                        key: entities[k].key.clone(),
                        name: entities[k].name.clone(),
                        kind: entities[k].kind.clone(),
                        count,
                    })
                    .collect(),
                timeline,
                links,
            });
    }
    for pages in out.values_mut() {
        sort_by(pages, |a, b| a.key.cmp(&b.key));
    }
    out
}

/// The entity page's schema.org JSON-LD: a `Person`, `Organization` or
/// place (the core's [`schema_type`](fact_explorer_core::jsonld::schema_type))
/// whose `subjectOf` is every article that names it; `None` for kinds
/// schema.org has no fitting type for (amounts, times, events, agreements).
pub fn entity_jsonld(page: &EntityPage) -> Option<serde_json::Value> {
    let kind = fact_explorer_core::model::EntityKind::ALL
        .into_iter()
        .find(|k| k.slug() == page.kind)?;
    let schema = fact_explorer_core::jsonld::schema_type(kind)?;
    let articles: Vec<serde_json::Value> = page
        .articles
        .iter()
        .map(|a| {
            let mut v = serde_json::json!({
                "@type": "NewsArticle",
                "headline": a.title.chars().take(110).collect::<String>(),
            });
            if let Some(d) = &a.date {
                v["datePublished"] = serde_json::json!(d);
            }
            if let Some(u) = &a.url {
                v["url"] = serde_json::json!(u);
            }
            v
        })
        .collect();
    let mut thing = serde_json::json!({
        "@context": "https://schema.org",
        "@type": schema,
        "name": page.name,
        "subjectOf": articles,
    });
    if !page.aliases.is_empty() {
        thing["alternateName"] = serde_json::json!(page.aliases);
    }
    Some(thing)
}

/// The entity page's items as CSV (`article,date,kind,id,line,link`), each
/// cell through the core's [`csv_cell`](fact_explorer_core::export::csv_cell)
/// (quoted, formulas neutralised).
pub fn items_csv(page: &EntityPage) -> String {
    use fact_explorer_core::export::csv_cell;
    let mut out = String::from("article,date,kind,id,line,link\n");
    for i in &page.items {
        let row = [
            i.article.as_str(),
            i.date.as_deref().unwrap_or(""),
            i.kind.as_str(),
            i.id.as_str(),
            i.line.as_str(),
            i.link.as_str(),
        ];
        let cells: Vec<String> = row.iter().map(|c| csv_cell(c)).collect();
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::{build, Input};

    #[test]
    fn an_entity_page_gathers_its_articles_items_and_company() {
        let fink = crate::fixture::Ent {
            id: "fink",
            name: "Larry Fink",
            kind: "person",
            aliases: &["Fink"],
            description: "chief executive of BlackRock",
        };
        let davos = crate::fixture::ent("davos", "Davos", "city");
        let inputs = [
            Input {
                id: "seoul".into(),
                json: fact_explorer_core::load::BUNDLED_FACTS.into(),
                text: Some(fact_explorer_core::load::BUNDLED_TEXT.into()),
                url: None,
            },
            Input {
                id: "davos".into(),
                json: crate::fixture::fact_set("Fink at Davos", Some("2026-01-20"), &[fink, davos]),
                text: None,
                url: None,
            },
        ];
        let built = build(&inputs, &[], None);
        let pages = entity_pages(&built.articles, &built.identities.entities);
        let buckets = bucket_count(built.identities.entities.len());
        assert!(buckets > 1);
        let file = bucket_file("person/larry-fink", buckets);
        let fink = pages[&file]
            .iter()
            .find(|p| p.key == "person/larry-fink")
            .unwrap();
        let ids: Vec<&str> = fink.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["davos", "seoul"], "newest first, undated last");
        assert!(fink.articles[1].evidence.contains("Fink"));
        assert_eq!(fink.articles[1].link, "a/seoul.html?fx=x%3Dfink");
        assert_eq!(fink.items[0].article, "davos");
        assert!(fink
            .items
            .iter()
            .any(|i| i.kind == "quote" && i.article == "seoul"));
        assert_eq!(
            fink.timeline.len(),
            fink.items.iter().filter(|i| i.date.is_some()).count()
        );
        assert!(
            fink.related.iter().any(|r| r.name == "BlackRock"),
            "{:?}",
            fink.related
        );
        assert!(fink.related.windows(2).all(|w| w[0].count >= w[1].count));
        // The links between its companions are those the companions' own
        // pages count: B on A's page in as many items as the link says.
        assert!(!fink.links.is_empty());
        let page_of = |key: &str| pages.values().flatten().find(|p| p.key == key).unwrap();
        for l in &fink.links {
            assert!(l.a < l.b && l.b < fink.related.len());
            let (x, y) = (&fink.related[l.a], &fink.related[l.b]);
            let shared = page_of(&x.key).related.iter().find(|r| r.key == y.key);
            assert_eq!(
                shared.map(|r| r.count),
                Some(l.count),
                "{} and {}",
                x.name,
                y.name
            );
        }
        // Every entity has its page, in the bucket its key names.
        let total: usize = pages.values().map(Vec::len).sum();
        assert_eq!(total, built.identities.entities.len());
        assert!(pages
            .iter()
            .all(|(f, ps)| ps.iter().all(|p| bucket_file(&p.key, buckets) == *f)));
        assert!(built.files.contains_key(&file));
        // JSON-LD: a Person, subject of both articles.
        let ld = entity_jsonld(fink).unwrap();
        assert_eq!(ld["@type"], "Person");
        assert_eq!(ld["subjectOf"].as_array().unwrap().len(), 2);
        assert_eq!(ld["subjectOf"][0]["datePublished"], "2026-01-20");
        let monday = pages.values().flatten().find(|p| p.kind == "time").unwrap();
        assert!(entity_jsonld(monday).is_none());
        // CSV: a header and one row per item, every cell quoted.
        let csv = items_csv(fink);
        assert_eq!(csv.lines().count(), fink.items.len() + 1);
        assert!(
            csv.lines()
                .nth(1)
                .unwrap()
                .starts_with("\"davos\",\"2026-01-20\""),
            "{csv}"
        );
    }

    #[test]
    fn companion_links_keep_the_strongest_within_both_caps() {
        // Companion 0 shares items with every other; the rest each with the
        // next one.
        let n = 20;
        let companions: Vec<usize> = (100..100 + n).collect();
        let shared = |x: usize, y: usize| {
            let (x, y) = (x.min(y) - 100, x.max(y) - 100);
            if x == 0 {
                50 - y
            } else if y == x + 1 {
                10
            } else {
                0
            }
        };
        let links = companion_links(&companions, shared);
        // Strongest first; no pair without shared items.
        assert!(links.windows(2).all(|w| w[0].count >= w[1].count));
        assert!(links.iter().all(|l| l.count > 0 && l.a < l.b));
        // Companion 0 keeps only its four strongest, to 1..=4.
        let at_0: Vec<usize> = links.iter().filter(|l| l.a == 0).map(|l| l.b).collect();
        assert_eq!(at_0, [1, 2, 3, 4]);
        let mut degree = vec![0; n];
        for l in &links {
            degree[l.a] += 1;
            degree[l.b] += 1;
        }
        assert!(degree.iter().all(|&d| d <= MAX_LINKS_EACH));
        // The chain 1-2, 2-3, ... 18-19 is kept whole: 18 links, plus 0's four.
        assert_eq!(links.len(), 4 + 18);
        // Everyone with everyone: the total cap holds.
        let all = companion_links(&companions, |_, _| 1);
        assert_eq!(all.len(), MAX_LINKS.min(n * MAX_LINKS_EACH / 2));
        assert!(companion_links(&companions, |_, _| 0).is_empty());
        assert!(companion_links(&[], |_, _| 1).is_empty());
    }
}
