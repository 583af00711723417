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
    bucket_file, entity_jsonld, items_csv, star, EntityPage, PageItem,
};

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

fn plural(n: usize, one: &str, many: &str) -> String {
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
    let no_related = p
        .related
        .is_empty()
        .then(|| view! { <p class="archive-none">"No fact, quote or event names it with another entity."</p> });
    let graph = (!p.related.is_empty()).then(|| view! { <Graph p=p.clone()/> });

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

/// The entity and those it appears with as a star: it at the centre, each
/// other entity around it ([`star`]), the line as thick as the items they
/// share; a click on one opens its page. The list beside it says the same
/// in words and links, so the drawing is hidden from assistive technology.
#[component]
fn Graph(p: Arc<EntityPage>) -> impl IntoView {
    let host = expect_context::<HostRef>();
    const R: f32 = 115.0;
    let max = p.related.iter().map(|r| r.count).max().unwrap_or(1).max(1) as f32;
    let spots = star(p.related.len());
    let edges = p
        .related
        .iter()
        .zip(&spots)
        .map(|(r, (x, y))| {
            let w = 1.0 + 5.0 * r.count as f32 / max;
            view! {
                <line class="entity-graph-edge" x1="0" y1="0" x2=format!("{:.1}", x * R) y2=format!("{:.1}", y * R) stroke-width=format!("{w:.1}")></line>
            }
        })
        .collect_view();
    let nodes = p
        .related
        .iter()
        .zip(&spots)
        .map(|(r, (x, y))| {
            let anchor = if x.abs() < 0.2 {
                "middle"
            } else if *x > 0.0 {
                "start"
            } else {
                "end"
            };
            let (lx, ly) = (
                x * (R + 12.0),
                y * (R + 12.0) + if y.abs() > 0.9 { 8.0 * y.signum() } else { 4.0 },
            );
            let href = link(&entity_href(&r.key));
            let name: String = match r.name.char_indices().nth(18) {
                Some((i, _)) => format!("{}…", &r.name[..i]),
                None => r.name.clone(),
            };
            view! {
                // A pointer's shortcut to the entity's page; keyboards and
                // screen readers have the list's links (the drawing is
                // hidden from them).
                <g
                    class=format!("entity-graph-node kind-{}", r.kind)
                    on:click=move |_| {
                        host.with_value(|h| h.go(&href));
                    }
                >
                    <circle cx=format!("{:.1}", x * R) cy=format!("{:.1}", y * R) r="8"></circle>
                    <text x=format!("{lx:.1}") y=format!("{ly:.1}") text-anchor=anchor>{name}</text>
                </g>
            }
        })
        .collect_view();
    view! {
        <svg class="entity-graph" viewBox="-300 -150 600 300" aria-hidden="true">
            <g>{edges}</g>
            <circle class=format!("entity-graph-centre kind-{}", p.kind) cx="0" cy="0" r="14"></circle>
            <g>{nodes}</g>
        </svg>
    }
}
