//! An archive entity's page (`archive.html?entity=KEY`): one shell for
//! every entity, rendered from the entity's bucket of page data
//! ([`fact_explorer_archive::pages`], computed at build time). It shows the
//! articles that name it (newest first, with the naming sentence), its
//! facts, quotes and events across articles, a timeline of the dated ones,
//! the entities it appears with as a graph and a list, its JSON-LD, and its
//! items as CSV and JSON. Every string from the data reaches the DOM as text.

use std::collections::BTreeMap;
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use fact_explorer_archive::browse::{entity_href, find_page, SiteManifest};
use fact_explorer_archive::pages::{
    bucket_file, entity_jsonld, items_csv, EntityPage, PageItem, Related,
};
use fact_explorer_view::components::graph::{EdgeLook, GraphOf, GraphSource, NodeLook};
use fact_explorer_view::graph::RelationGraph;
use fact_explorer_view::model::EntityKind;

use crate::page::{download, fetch_text, link, HostRef};

/// What the page is showing.
#[derive(Clone)]
enum Loaded {
    Loading,
    Failed(String),
    Ready(Arc<EntityPage>),
}

/// The page of the entity `key` of the archive at `site`.
#[component]
pub fn EntityView(site: String, key: String) -> impl IntoView {
    let host = expect_context::<HostRef>();
    let loaded = RwSignal::new(Loaded::Loading);
    let site_for_fetch = site.clone();
    let key_for_fetch = key.clone();
    fetch_text(
        &format!("{site}manifest.json"),
        Closure::once_into_js(move |text: String, error: String| {
            let m = if error.is_empty() {
                SiteManifest::parse(&text)
            } else {
                Err(format!(
                    "The archive's manifest could not be read ({error})."
                ))
            };
            let m = match m {
                Ok(m) => m,
                Err(e) => {
                    host.with_value(|h| h.settled("error", &e));
                    loaded.set(Loaded::Failed(e));
                    return;
                }
            };
            let file = bucket_file(&key_for_fetch, m.entity_buckets);
            let name = file.clone();
            fetch_text(
                &format!("{site_for_fetch}{file}"),
                Closure::once_into_js(move |text: String, error: String| {
                    let page = if error.is_empty() {
                        find_page(&name, &text, &key_for_fetch)
                    } else {
                        Err(format!("The entity's page could not be read ({error})."))
                    };
                    loaded.set(match page {
                        Ok(p) => {
                            let ld = entity_jsonld(&p)
                                .map(|v| {
                                    serde_json::to_string(&v)
                                        .unwrap_or_default()
                                        .replace('<', "\\u003c")
                                })
                                .unwrap_or_default();
                            host.with_value(|h| {
                                h.describe(&format!("{} · the archive", p.name), &ld);
                                h.settled("ready", "");
                            });
                            Loaded::Ready(Arc::new(p))
                        }
                        Err(e) => {
                            host.with_value(|h| h.settled("error", &e));
                            Loaded::Failed(e)
                        }
                    });
                }),
            );
        }),
    );
    let state = move || match loaded.get() {
        Loaded::Loading => "loading",
        Loaded::Failed(_) => "error",
        Loaded::Ready(..) => "ready",
    };
    view! {
        <div class="entity" data-testid="entity-page" data-entity=key data-state=state>
            <p class="entity-back"><a href=link("?")>"← Search the archive"</a></p>
            {move || match loaded.get() {
                Loaded::Loading => view! { <p class="archive-intro">"Loading the entity’s page…"</p> }.into_any(),
                Loaded::Failed(e) => view! {
                    <h1>"Entity not found"</h1>
                    <p class="archive-problem" role="alert">{e}</p>
                }.into_any(),
                Loaded::Ready(p) => view! { <Page site=site.clone() p/> }.into_any(),
            }}
        </div>
    }
}

/// "2025-09-22" or "2025-09-22 – 2025-10-01" or "undated".
fn span(first: Option<&String>, last: Option<&String>) -> String {
    match (first, last) {
        (Some(a), Some(b)) if a == b => a.clone(),
        (Some(a), Some(b)) => format!("{a} – {b}"),
        _ => "undated".into(),
    }
}

/// "1 article", "3 articles" (the review page counts the same way).
pub(crate) fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A file name for the entity's exports: its name's letters and digits.
fn file_stem(name: &str) -> String {
    let s: String = name
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let s = s.trim_matches('-').to_string();
    if s.is_empty() {
        "entity".into()
    } else {
        s.chars().take(60).collect()
    }
}

#[component]
fn Page(site: String, p: Arc<EntityPage>) -> impl IntoView {
    // Every item is of an article naming the entity, so the page's own
    // articles give the titles (the manifest lists no articles).
    let titles: BTreeMap<String, String> = p
        .articles
        .iter()
        .map(|a| (a.id.clone(), a.title.clone()))
        .collect();
    let title_of = move |id: &str| titles.get(id).cloned().unwrap_or_else(|| id.to_string());
    let dates: Vec<&String> = p.articles.iter().filter_map(|a| a.date.as_ref()).collect();
    let (first, last) = (dates.iter().min().copied(), dates.iter().max().copied());
    let summary = format!(
        "{} · {}",
        plural(p.articles.len(), "article", "articles"),
        span(first, last)
    );
    let aliases = (!p.aliases.is_empty()).then(|| {
        view! { <p class="entity-aliases">"Also: " {p.aliases.join(" · ")}</p> }
    });
    let stem = file_stem(&p.name);
    let (csv_page, json_page) = (p.clone(), p.clone());
    let (csv_name, json_name) = (format!("{stem}.csv"), format!("{stem}.json"));

    let articles = p
        .articles
        .iter()
        .map(|a| {
            let original = a.url.clone().map(|u| {
                view! { " · " <a href=u rel="noopener noreferrer">"the original"</a> }
            });
            let named = (a.name != p.name).then(|| format!(" · named “{}”", a.name));
            view! {
                <li class="entity-article" data-testid="entity-article" data-article=a.id.clone()>
                    <a class="entity-article-title" href=format!("{site}{}", a.link)>{a.title.clone()}</a>
                    <span class="archive-meta">
                        {a.date.clone().unwrap_or_else(|| "undated".into())} {named} {original}
                    </span>
                    {(!a.evidence.is_empty()).then(|| view! { <blockquote class="entity-evidence">{a.evidence.clone()}</blockquote> })}
                </li>
            }
        })
        .collect_view();

    let item_row = {
        let site = site.clone();
        let title_of = title_of.clone();
        move |i: &PageItem, with_date: bool| {
            let date = with_date.then(|| {
                let d = i.date.clone().unwrap_or_else(|| "undated".into());
                view! { " · " <span class="entity-date">{d}</span> }
            });
            let meta = title_of(&i.article);
            view! {
                <li class="entity-item" data-kind=i.kind.clone() data-article=i.article.clone()>
                    <span class=format!("archive-kind item-{}", i.kind)>{i.kind.clone()}</span>
                    <a class="archive-line" href=format!("{site}{}", i.link)>{i.line.clone()}</a>
                    <span class="archive-meta">{meta} {date}</span>
                </li>
            }
        }
    };
    let items = p.items.iter().map(|i| item_row(i, true)).collect_view();
    let more_items = (p.total_items > p.items.len()).then(|| {
        view! { <p class="archive-more">{format!("The newest {} of {} are listed.", p.items.len(), p.total_items)}</p> }
    });
    let no_items = p
        .items
        .is_empty()
        .then(|| view! { <p class="archive-none">"No fact, quote or event names it."</p> });

    // The timeline: dated items by day, oldest first.
    let mut days: Vec<(String, Vec<&PageItem>)> = Vec::new();
    for i in &p.timeline {
        let Some(d) = &i.date else { continue };
        match days.last_mut() {
            Some((day, list)) if day == d => list.push(i),
            _ => days.push((d.clone(), vec![i])),
        }
    }
    let undated = days.is_empty().then(|| {
        view! { <p class="archive-none">"None of its facts, quotes or events is dated."</p> }
    });
    let timeline = days
        .into_iter()
        .map(|(day, list)| {
            let rows = list.into_iter().map(|i| item_row(i, false)).collect_view();
            view! {
                <li class="entity-day">
                    <time datetime=day.clone()>{day.clone()}</time>
                    <ol class="archive-list">{rows}</ol>
                </li>
            }
        })
        .collect_view();

    let related = p
        .related
        .iter()
        .map(|r| {
            view! {
                <li>
                    <a href=link(&entity_href(&r.key))>{r.name.clone()}</a>
                    " "
                    <span class=format!("archive-kind kind-{}", r.kind)>{r.kind.replace('_', " ")}</span>
                    " "
                    <span class="archive-meta">{format!("in {}", plural(r.count, "item", "items"))}</span>
                </li>
            }
        })
        .collect_view();
    // The graph's lines between the companions, for the keyboard and
    // screen readers: each pair's pages, and how many items they share.
    let links = p
        .links
        .iter()
        .filter_map(|l| Some((l, p.related.get(l.a)?, p.related.get(l.b)?)))
        .map(|(l, a, b)| {
            view! {
                <li class="entity-link" data-source=a.key.clone() data-target=b.key.clone()>
                    <a href=link(&entity_href(&a.key))>{a.name.clone()}</a>
                    " and "
                    <a href=link(&entity_href(&b.key))>{b.name.clone()}</a>
                    " "
                    <span class="archive-meta">{format!("in {}", plural(l.count, "item", "items"))}</span>
                </li>
            }
        })
        .collect_view();
    let between = (!p.links.is_empty()).then(|| {
        view! {
            <h3 id="entity-links-h" class="entity-links-h">"Among themselves"</h3>
            <ul class="entity-links-list" aria-labelledby="entity-links-h">{links}</ul>
        }
    });
    let no_related = p
        .related
        .is_empty()
        .then(|| view! { <p class="archive-none">"No fact, quote or event names it with another entity."</p> });
    let graph = (!p.related.is_empty()).then(|| {
        let source = Company {
            page: p.clone(),
            host: expect_context::<HostRef>(),
        };
        view! {
            <div class="entity-graph">
                <GraphOf
                    graph=source.graph(1.5)
                    source=Arc::new(source)
                    label=format!("{} and the entities it appears with", p.name)
                />
            </div>
        }
    });

    view! {
        <header class="archive-head entity-head">
            <h1>{p.name.clone()}</h1>
            <p class="entity-sub">
                <span class=format!("archive-kind kind-{}", p.kind)>{p.kind.replace('_', " ")}</span>
                " "
                <span class="archive-meta">{summary}</span>
            </p>
            {aliases}
            <p class="entity-export">
                <button type="button" on:click=move |_| download(&csv_name, "text/csv", &items_csv(&csv_page))>"Download CSV"</button>
                <button type="button" on:click=move |_| download(&json_name, "application/json", &serde_json::to_string_pretty(&*json_page).unwrap_or_default())>"Download JSON"</button>
            </p>
        </header>
        <div class="entity-body">
            <div class="entity-main">
            <section class="entity-articles" aria-labelledby="entity-articles-h">
                <h2 id="entity-articles-h">{format!("Articles that name it ({})", p.articles.len())}</h2>
                <ol class="archive-list">{articles}</ol>
            </section>
            <section class="entity-items" aria-labelledby="entity-items-h">
                <h2 id="entity-items-h">{format!("Facts, quotes and events ({})", p.total_items)}</h2>
                {no_items}
                <ol class="archive-list">{items}</ol>
                {more_items}
            </section>
            </div>
            <div class="entity-side">
            <section class="entity-related" aria-labelledby="entity-related-h">
                <h2 id="entity-related-h">"Appears with"</h2>
                {graph}
                {no_related}
                <ol class="entity-related-list">{related}</ol>
                {between}
            </section>
            <section class="entity-timeline" data-testid="entity-timeline" aria-labelledby="entity-timeline-h">
                <h2 id="entity-timeline-h">"Timeline"</h2>
                {undated}
                <ol class="entity-days">{timeline}</ol>
            </section>
            </div>
        </div>
    }
}

/// The entity and those it appears with, for the explorer's graph: node 0
/// is the entity, node `i` its `i`-th companion ([`EntityPage::related`]),
/// each joined to it by an edge as wide as the items they share; choosing
/// a companion opens its page.
struct Company {
    page: Arc<EntityPage>,
    host: HostRef,
}

/// "A and B: in 3 items", a link between two companions in words (its
/// edge's title and its line in the list twin).
fn link_words(a: &Related, b: &Related, count: usize) -> String {
    format!(
        "{} and {}: in {}",
        a.name,
        b.name,
        plural(count, "item", "items")
    )
}

/// A circle, for a kind the explorer does not know.
const CIRCLE: &str = "M-8 0a8 8 0 1 0 16 0a8 8 0 1 0 -16 0Z";

impl Company {
    /// The graph laid out for a canvas `aspect` times as wide as tall.
    fn graph(&self, aspect: f32) -> RelationGraph {
        let p = &self.page;
        let names: Vec<&str> = std::iter::once(p.name.as_str())
            .chain(p.related.iter().map(|r| r.name.as_str()))
            .collect();
        // Its own edges first (edge `i` to companion `i`), then the links
        // between the companions (edge `related.len() + j` is link `j`).
        let edges: Vec<(usize, usize)> = (1..=p.related.len())
            .map(|i| (0, i))
            .chain(p.links.iter().map(|l| (l.a + 1, l.b + 1)))
            .collect();
        RelationGraph::from_parts(&names, &edges, aspect)
    }
}

impl GraphSource for Company {
    fn node(&self, item: usize) -> NodeLook {
        let p = &self.page;
        let (key, name, kind) = match item.checked_sub(1).and_then(|i| p.related.get(i)) {
            Some(r) => (&r.key, &r.name, &r.kind),
            None => (&p.key, &p.name, &p.kind),
        };
        let style = EntityKind::ALL
            .iter()
            .find(|k| k.slug() == kind)
            .map(|k| k.style());
        NodeLook {
            id: key.clone(),
            name: name.clone(),
            kind_class: format!("kind-{kind}"),
            kind: style.map_or("other", |s| s.slug),
            shape: style.map_or(CIRCLE, |s| s.shape),
        }
    }

    fn edge(&self, item: usize) -> EdgeLook {
        let p = &self.page;
        let max = p
            .related
            .iter()
            .map(|r| r.count)
            .chain(p.links.iter().map(|l| l.count))
            .max()
            .unwrap_or(1)
            .max(1) as f32;
        let width = |count: usize| Some(1.0 + 5.0 * count as f32 / max);
        if let Some(r) = p.related.get(item) {
            let items = plural(r.count, "item", "items");
            return EdgeLook {
                id: r.key.clone(),
                label: items.clone(),
                title: format!("{} and {}: in {items}", p.name, r.name),
                dashed: false,
                directed: false,
                width: width(r.count),
            };
        }
        // A link between two companions, drawn like the entity's own.
        let link = item
            .checked_sub(p.related.len())
            .and_then(|j| p.links.get(j))
            .and_then(|l| Some((l, p.related.get(l.a)?, p.related.get(l.b)?)));
        match link {
            Some((l, a, b)) => EdgeLook {
                id: format!("{} {}", a.key, b.key),
                label: plural(l.count, "item", "items"),
                title: link_words(a, b, l.count),
                dashed: false,
                directed: false,
                width: width(l.count),
            },
            None => EdgeLook {
                id: String::new(),
                label: String::new(),
                title: String::new(),
                dashed: false,
                directed: false,
                width: None,
            },
        }
    }

    fn select(&self, item: usize) {
        // The entity itself is this page: its neighbourhood lights, no more.
        let Some(r) = item.checked_sub(1).and_then(|i| self.page.related.get(i)) else {
            return;
        };
        let href = self.host.with_value(|h| h.link(&entity_href(&r.key)));
        self.host.with_value(|h| h.go(&href));
    }

    fn relayout(&self, aspect: f32) -> Option<RelationGraph> {
        Some(self.graph(aspect))
    }
}
