//! The archive search page's view (Leptos, client-side) and its wasm export.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use fact_explorer_archive::browse::{
    chosen, entity_href, open_year, toggle, years, Facet, SiteManifest,
};
use fact_explorer_archive::index::{search_filtered, Chunk, Family, Filter, Record, Results};
use fact_explorer_archive::site::{lines_file, ArticleLines, LinesBucket};
use fact_explorer_core::sort::sort_by;

#[wasm_bindgen(module = "/src/bin/fx-archive/glue.js")]
extern "C" {
    pub(crate) fn fetch_text(url: &str, done: JsValue);
    /// Fetches `url` as bytes: `done(Uint8Array, '')` or `done(undefined,
    /// error)`, once.
    fn fetch_bytes(url: &str, done: JsValue);
    pub(crate) fn download(name: &str, mime: &str, text: &str);
}

#[wasm_bindgen]
extern "C" {
    /// What the page around the archive does for it: `archive.js` makes
    /// one for `archive.html` (state in `?q=` and `?entity=`, the page's
    /// title), the `<fact-archive>` element one per element (state under
    /// its own URL parameter, or none, and its events).
    pub type Host;
    /// The reader typed: the query to keep (in the address, or not).
    #[wasm_bindgen(method)]
    pub(crate) fn remember(this: &Host, query: &str);
    /// The address a link to `search` (`?entity=KEY`, or `?` for the
    /// search) has in this page.
    #[wasm_bindgen(method)]
    pub(crate) fn link(this: &Host, search: &str) -> String;
    /// Follows such a link (a click that is no link's, the graph's).
    #[wasm_bindgen(method)]
    pub(crate) fn go(this: &Host, href: &str);
    /// Focuses the facet button `facet`/`value` (the results re-render on
    /// a choice, and keyboard focus stays on the button that was pressed).
    #[wasm_bindgen(method, js_name = focusFacet)]
    pub(crate) fn focus_facet(this: &Host, facet: &str, value: &str);
    /// The entity page's title and JSON-LD (the page puts them in its head).
    #[wasm_bindgen(method)]
    pub(crate) fn describe(this: &Host, title: &str, jsonld: &str);
    /// The view has loaded (`"ready"`) or failed (`"error"`, with why).
    #[wasm_bindgen(method)]
    pub(crate) fn settled(this: &Host, state: &str, message: &str);
}

/// The host, for every component of one archive.
pub(crate) type HostRef = StoredValue<Host, LocalStorage>;

/// The link to `search` (`?entity=KEY` or `?`) as this page has it.
pub(crate) fn link(search: &str) -> String {
    expect_context::<HostRef>().with_value(|h| h.link(search))
}

/// Most entities, and most items, listed.
const LIMIT: usize = 20;
/// Most articles offered as facet values.
const ARTICLE_FACETS: usize = 8;

/// One archive mounted in a page: what the host may change, and the
/// mount (dropped, the view is gone).
#[wasm_bindgen]
pub struct ArchiveHandle {
    query: RwSignal<String>,
    entity: RwSignal<String>,
    mount: Option<Box<dyn std::any::Any>>,
}

#[wasm_bindgen]
impl ArchiveHandle {
    /// Shows the search for `query`, or the page of the entity `entity`
    /// when not empty (the query is kept for the way back).
    #[wasm_bindgen(js_name = setState)]
    pub fn set_state(&self, query: String, entity: String) {
        self.query.set(query);
        self.entity.set(entity);
    }
    /// Removes the view and frees what it held.
    pub fn unmount(&mut self) {
        self.mount = None;
    }
}

/// Mounts the archive at `site` (a folder URL) on `root`: the search for
/// `query`, or the page of the entity `entity` when not empty.
#[wasm_bindgen]
pub fn start_archive(
    root: web_sys::HtmlElement,
    site: String,
    host: Host,
    query: String,
    entity: String,
) -> ArchiveHandle {
    // Clear the fallback message: no markup is written, only nodes removed.
    root.replace_children_with_node_0();
    let site = if site.is_empty() || site.ends_with('/') {
        site
    } else {
        format!("{site}/")
    };
    let query = RwSignal::new(query);
    let entity = RwSignal::new(entity);
    let host: HostRef = StoredValue::new_local(host);
    let mount = leptos::mount::mount_to(root, move || {
        provide_context(host);
        let site = site.clone();
        move || {
            let key = entity.get();
            if key.is_empty() {
                view! { <Archive site=site.clone() query/> }.into_any()
            } else {
                view! { <crate::entity::EntityView site=site.clone() key/> }.into_any()
            }
        }
    });
    ArchiveHandle {
        query,
        entity,
        mount: Some(Box::new(mount)),
    }
}

/// Whether chunk file `f` is of the entities' family.
fn is_entity_file(f: &str) -> bool {
    f.strip_prefix("index/").is_some_and(|rest| {
        rest.starts_with(Family::Entities.letter()) && rest[1..].starts_with('-')
    })
}

/// An article's title and lines (its items' text by id), fetched for the
/// items shown.
type Lines = ArticleLines;

/// The page's state; every part is a signal or stored value, so it copies.
#[derive(Clone, Copy)]
struct Ctx {
    site: StoredValue<String>,
    manifest: RwSignal<Option<Result<Arc<SiteManifest>, String>>>,
    /// Chunk files fetched (a failed one is kept empty, with its error).
    chunks: StoredValue<HashMap<String, Arc<Chunk>>>,
    /// Passages' chunk files fetched but not yet read (see [`Ctx::refresh`]).
    texts: StoredValue<HashMap<String, js_sys::Uint8Array>, LocalStorage>,
    pending: StoredValue<HashSet<String>>,
    problems: RwSignal<Vec<String>>,
    query: RwSignal<String>,
    filter: RwSignal<Filter>,
    /// The results, the query they are for, and whether they are complete
    /// (every chunk of the query in) or the entities alone.
    results: RwSignal<Option<(String, Arc<Results>, bool)>>,
    /// The last complete results, whose passages and facets are drawn
    /// (hidden while `results` is not complete).
    passages: RwSignal<Option<Arc<Results>>>,
    /// The query the reader typed, until its results are drawn and the
    /// host told (`Host::remember`: the address, `fa-change`).
    typed: StoredValue<Option<String>>,
    host: HostRef,
    /// Articles' lines by article id; `None` while fetching.
    lines: RwSignal<HashMap<String, Option<Arc<Lines>>>>,
    /// The `lines/` buckets asked for, and whether each has arrived.
    buckets: StoredValue<HashMap<String, bool>>,
}

impl Ctx {
    /// Runs the current query as far as its chunks are in, and fetches
    /// the missing ones (each arrival calls this again).
    ///
    /// The first result comes from the entity chunks alone: as soon as
    /// every entity chunk of the query is in, the entities are searched
    /// and drawn (state `partial`), even when the passages' chunks are in
    /// too; the whole search, over the passages' chunks as well (a common
    /// word's are the larger, and slower to read and search), runs in a
    /// task of its own after that draw. The passages' chunks are kept as
    /// text when they arrive and read only then, so reading them never
    /// holds up the entities.
    fn refresh(self) {
        let Some(Ok(m)) = self.manifest.get_untracked() else {
            return;
        };
        let q = self.query.get_untracked();
        let (files, missing) = self.fetch_missing_of(&m, &q);
        let entity_files: Vec<&String> = files.iter().filter(|f| is_entity_file(f)).collect();
        let entities_in = self
            .chunks
            .with_value(|c| entity_files.iter().all(|f| c.contains_key(*f)));
        if !entities_in {
            return;
        }
        let drawn = self
            .results
            .with_untracked(|r| r.as_ref().is_some_and(|(rq, _, _)| *rq == q));
        if !drawn {
            let chunks: Vec<Arc<Chunk>> = self.chunks.with_value(|c| {
                entity_files
                    .iter()
                    .filter_map(|f| c.get(*f))
                    .cloned()
                    .collect()
            });
            let found = search_filtered(&chunks, &q, &self.filter.get_untracked(), LIMIT);
            // Entities alone are shown only when there are some: "nothing
            // found" waits for the passages.
            if !found.entities.is_empty() {
                self.results.set(Some((q, Arc::new(found), false)));
                if missing.is_empty() {
                    // The passages after this draw, in a task of their own.
                    set_timeout(
                        move || {
                            if self.texts.try_with_value(|_| ()).is_some() {
                                self.refresh();
                            }
                        },
                        std::time::Duration::ZERO,
                    );
                }
                return;
            }
        }
        if missing.is_empty() {
            self.show(&m, &files, q);
        }
    }

    /// Starts fetching the chunks of query `q` not in nor on their way.
    fn fetch_missing(self, q: &str) {
        if let Some(Ok(m)) = self.manifest.get_untracked() {
            self.fetch_missing_of(&m, q);
        }
    }

    /// [`Ctx::fetch_missing`]; returns the query's chunk files and those
    /// not in yet (on their way or just asked for).
    fn fetch_missing_of(self, m: &SiteManifest, q: &str) -> (Vec<String>, Vec<String>) {
        let files = m.index.files_for(q);
        let missing: Vec<String> = self.chunks.with_value(|c| {
            self.texts.with_value(|t| {
                files
                    .iter()
                    .filter(|f| !c.contains_key(*f) && !t.contains_key(*f))
                    .cloned()
                    .collect()
            })
        });
        let fetch_now: Vec<String> = missing
            .iter()
            .filter(|f| !self.pending.with_value(|p| p.contains(*f)))
            .cloned()
            .collect();
        for f in fetch_now {
            self.fetch_chunk(f);
        }
        (files, missing)
    }

    /// Fetches chunk file `f` as bytes; an entity chunk is read on
    /// arrival, a passages' chunk kept as the browser's bytes (not copied
    /// into the wasm, nor decoded as text: at 10,000 articles a common
    /// word's is 700 KB) until the whole search needs it.
    fn fetch_chunk(self, f: String) {
        self.pending.update_value(|p| {
            p.insert(f.clone());
        });
        let name = f.clone();
        let done = Closure::once_into_js(move |bytes: JsValue, error: String| {
            if self.texts.try_with_value(|_| ()).is_none() {
                return; // the view has gone (an entity opened)
            }
            let bytes: js_sys::Uint8Array = bytes.unchecked_into();
            if error.is_empty() && !is_entity_file(&name) {
                self.texts.update_value(|t| {
                    t.insert(name.clone(), bytes);
                });
            } else {
                let chunk = if error.is_empty() {
                    self.read_chunk(&name, &bytes.to_vec())
                } else {
                    self.problems.update(|p| p.push(error));
                    Chunk::default()
                };
                self.chunks.update_value(|c| {
                    c.insert(name.clone(), Arc::new(chunk));
                });
            }
            self.pending.update_value(|p| {
                p.remove(&name);
            });
            self.refresh();
        });
        fetch_bytes(&format!("{}{f}", self.site.get_value()), done);
    }

    /// Chunk `name` from its bytes (JSON); an empty chunk, and the problem
    /// said, when it is not one.
    fn read_chunk(self, name: &str, bytes: &[u8]) -> Chunk {
        serde_json::from_slice::<Chunk>(bytes).unwrap_or_else(|e| {
            self.problems
                .update(|p| p.push(format!("{name} is not an index chunk: {e}")));
            Chunk::default()
        })
    }

    /// Searches the chunks of `files` (every one in) for `q` and shows the
    /// results; the lines of the items shown are asked for after the
    /// results are drawn, so their fetches do not hold up the results.
    fn show(self, m: &Arc<SiteManifest>, files: &[String], q: String) {
        // The passages' chunks still kept as text are read now.
        for f in files {
            if let Some(bytes) = self.texts.try_update_value(|t| t.remove(f)).flatten() {
                let chunk = self.read_chunk(f, &bytes.to_vec());
                self.chunks.update_value(|c| {
                    c.insert(f.clone(), Arc::new(chunk));
                });
            }
        }
        let chunks: Vec<Arc<Chunk>> = self
            .chunks
            .with_value(|c| files.iter().filter_map(|f| c.get(f)).cloned().collect());
        let results = Arc::new(search_filtered(
            &chunks,
            &q,
            &self.filter.get_untracked(),
            LIMIT,
        ));
        // The reader's query is remembered (its address written, a
        // replaceState that costs a millisecond) before the results show
        // as complete, so a reload after that finds it; the first result
        // (the entities, drawn before this) does not wait for it.
        if self.typed.with_value(|t| t.as_ref() == Some(&q)) {
            self.typed.set_value(None);
            self.host.with_value(|h| h.remember(&q));
        }
        self.results.set(Some((q, results.clone(), true)));
        self.passages.set(Some(results.clone()));
        let m = m.clone();
        set_timeout(
            move || {
                // Unless the view has gone meanwhile (an entity opened).
                if self.lines.try_with_untracked(|_| ()).is_some() {
                    self.fetch_lines(&m, &results);
                }
            },
            std::time::Duration::ZERO,
        );
    }

    /// Fetches the lines buckets of the articles whose items are shown, or
    /// are offered as facets, for their lines and titles (once per bucket).
    fn fetch_lines(self, m: &SiteManifest, results: &Results) {
        let mut facet_articles: Vec<(&String, &usize)> = results.facets.article.iter().collect();
        sort_by(&mut facet_articles, |a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let shown = results.items.iter().filter_map(|hit| match &hit.record {
            Record::Item { article, .. } => Some(article),
            Record::Entity { .. } => None,
        });
        let wanted = shown.chain(
            facet_articles
                .into_iter()
                .take(ARTICLE_FACETS)
                .map(|(a, _)| a),
        );
        for article in wanted {
            if self.lines.with_untracked(|l| l.contains_key(article)) {
                continue;
            }
            let file = m.lines_file(article);
            let asked = self.buckets.with_value(|b| b.get(&file).copied());
            self.lines.update(|l| {
                // A bucket that arrived without this article: its ids show.
                let arrived = asked == Some(true);
                l.insert(article.clone(), arrived.then(|| Arc::new(Lines::default())));
            });
            if asked.is_some() {
                continue;
            }
            self.buckets.update_value(|b| {
                b.insert(file.clone(), false);
            });
            let n = m.lines_buckets;
            let name = file.clone();
            let done = Closure::once_into_js(move |text: String, error: String| {
                let bucket: LinesBucket = if error.is_empty() {
                    serde_json::from_str(&text).unwrap_or_default()
                } else {
                    LinesBucket::default()
                };
                self.buckets.update_value(|b| {
                    b.insert(name.clone(), true);
                });
                self.lines.update(|l| {
                    for (id, lines) in bucket {
                        l.insert(id, Some(Arc::new(lines)));
                    }
                    // Articles waiting for this bucket that it lacks.
                    for (id, v) in l.iter_mut() {
                        if v.is_none() && lines_file(id, n) == name {
                            *v = Some(Arc::new(Lines::default()));
                        }
                    }
                });
            });
            fetch_text(&format!("{}{file}", self.site.get_value()), done);
        }
    }
}

#[component]
fn Archive(site: String, query: RwSignal<String>) -> impl IntoView {
    let host = expect_context::<HostRef>();
    let ctx = Ctx {
        site: StoredValue::new(site.clone()),
        manifest: RwSignal::new(None),
        chunks: StoredValue::new(HashMap::new()),
        texts: StoredValue::new_local(HashMap::new()),
        pending: StoredValue::new(HashSet::new()),
        problems: RwSignal::new(Vec::new()),
        query,
        filter: RwSignal::new(Filter::default()),
        results: RwSignal::new(None),
        passages: RwSignal::new(None),
        typed: StoredValue::new(None),
        host,
        lines: RwSignal::new(HashMap::new()),
        buckets: StoredValue::new(HashMap::new()),
    };
    fetch_text(
        &format!("{site}manifest.json"),
        Closure::once_into_js(move |text: String, error: String| {
            let m = if error.is_empty() {
                SiteManifest::parse(&text).map(Arc::new)
            } else {
                Err(format!(
                    "The archive's manifest could not be read ({error})."
                ))
            };
            match &m {
                Ok(_) => host.with_value(|h| h.settled("ready", "")),
                Err(e) => host.with_value(|h| h.settled("error", e)),
            }
            ctx.manifest.set(Some(m));
            ctx.refresh();
        }),
    );
    // A query set by the host (or typed) runs once it is set.
    Effect::new(move |_| {
        ctx.query.track();
        ctx.refresh();
    });

    let state = move || match ctx.manifest.get() {
        None => "loading",
        Some(Err(_)) => "error",
        Some(Ok(_)) => {
            let q = ctx.query.get();
            // `ready` as soon as the manifest (the index's first file) is in
            // (UI-CONTRACT.md), with `data-query` empty; for a query, once
            // every chunk it needs is in and searched.
            if q.trim().is_empty() {
                "ready"
            } else {
                ctx.results.with(|r| match r {
                    Some((rq, _, true)) if *rq == q => "ready",
                    Some((rq, _, false)) if *rq == q => "partial",
                    _ => "searching",
                })
            }
        }
    };
    let on_input = move |ev: leptos::ev::Event| {
        let q = event_target_value(&ev);
        // The chunks asked for at once (the search itself runs in the
        // query's effect); the address is written when the results are
        // drawn (see [`Ctx::show`]), not in the keystroke's task.
        ctx.fetch_missing(&q);
        ctx.typed.set_value(Some(q.clone()));
        ctx.query.set(q);
    };
    let choose = move |facet: Facet| {
        ctx.filter.update(|f| *f = toggle(f, &facet));
        ctx.refresh();
        // The facets are drawn anew: keep the focus on the one pressed.
        let (group, value) = facet_hooks(&facet);
        request_animation_frame(move || host.with_value(|h| h.focus_facet(group, &value)));
    };
    // Whether results are shown (a query, searched); Found redraws its
    // parts itself.
    let shown = Memo::new(move |_| {
        ctx.results
            .with(|r| r.as_ref().is_some_and(|(q, _, _)| !q.trim().is_empty()))
    });
    let summary = move || {
        ctx.results.with(|r| match r {
            Some((q, r, complete)) if !q.trim().is_empty() => {
                let (e, i) = (r.total_entities, r.total_items);
                if !complete {
                    format!(
                        "{e} {} for “{}”; passages are being looked up…",
                        if e == 1 { "entity" } else { "entities" },
                        q.trim()
                    )
                } else if e + i == 0 {
                    format!("Nothing found for “{}”.", q.trim())
                } else {
                    format!(
                        "{e} {} and {i} {} for “{}”.",
                        if e == 1 { "entity" } else { "entities" },
                        if i == 1 { "passage" } else { "passages" },
                        q.trim()
                    )
                }
            }
            _ => String::new(),
        })
    };
    let intro = move || {
        ctx.manifest.with(|m| match m {
            Some(Ok(m)) => format!(
                "{} articles, {} entities. Type a name or words; a typo after the first two letters is forgiven.",
                m.articles,
                m.entities
            ),
            Some(Err(e)) => e.clone(),
            None => "Loading the archive…".into(),
        })
    };

    view! {
        <div class="archive" data-testid="archive" data-state=state data-query=move || ctx.query.get()>
            <header class="archive-head">
                <h1>"Search the archive"</h1>
                <p class="archive-intro">{intro}</p>
                <label for="archive-q" class="archive-label">"Search entities, facts, quotes and sentences"</label>
                <input
                    id="archive-q"
                    type="search"
                    data-testid="archive-search"
                    autocomplete="off"
                    spellcheck="false"
                    placeholder="BlackRock, Lee Jae-myung, Korea…"
                    prop:value=move || ctx.query.get()
                    on:input=on_input
                />
                <p class="archive-summary" role="status">{summary}</p>
                {move || {
                    let p = ctx.problems.get();
                    (!p.is_empty())
                        .then(|| {
                            view! {
                                <p class="archive-problem" role="alert">
                                    {format!("Part of the index could not be read: {}", p.join("; "))}
                                </p>
                            }
                        })
                }}
            </header>
            {move || {
                let Some(Ok(_)) = ctx.manifest.get() else {
                    return None;
                };
                shown.get().then(|| view! { <Found ctx choose/> })
            }}
        </div>
    }
}

/// A label that does not change.
fn fixed(s: String) -> Signal<String> {
    Signal::derive(move || s.clone())
}

/// A facet value's `data-facet` and `data-value`.
fn facet_hooks(facet: &Facet) -> (&'static str, String) {
    match facet {
        Facet::EntityKind(v) | Facet::ItemKind(v) => ("kind", v.clone()),
        Facet::Article(v) => ("article", v.clone()),
        Facet::Year(v) | Facet::Month(v) => ("date", v.clone()),
    }
}

/// A facet value's button, pressed when chosen in `filter`.
fn facet_button(
    filter: &Filter,
    choose: impl Fn(Facet) + Copy + Send + Sync + 'static,
    facet: Facet,
    label: Signal<String>,
    count: usize,
    title: Signal<String>,
) -> impl IntoView {
    let pressed = chosen(filter, &facet);
    let (group, value) = facet_hooks(&facet);
    view! {
        <li>
            <button
                type="button"
                class="archive-facet"
                data-testid="archive-facet"
                data-facet=group
                data-value=value
                aria-pressed=if pressed { "true" } else { "false" }
                title=title
                on:click=move |_| choose(facet.clone())
            >
                <span class="archive-facet-label">{label}</span>
                " "
                <span class="archive-count">{count}</span>
            </button>
        </li>
    }
}

/// "`shown` of `total` `what` shown", when not all are.
fn more(shown: usize, total: usize, what: &str) -> Option<impl IntoView> {
    (total > shown).then(|| view! { <p class="archive-more">{format!("{shown} of {total} {what} shown; type more to narrow.")}</p> })
}

/// A list of results: `none` when it is empty, and how many of how many
/// are shown (`shown`, `total`, of `what`) when not all are.
fn result_list<V: IntoView + 'static>(
    list: Vec<V>,
    none: &'static str,
    (shown, total, what): (usize, usize, &'static str),
) -> impl IntoView {
    let none = list
        .is_empty()
        .then(|| view! { <p class="archive-none">{none}</p> });
    view! {
        {none}
        <ol class="archive-list">{list}</ol>
        {more(shown, total, what)}
    }
}

/// The facets and the results of one search, in four parts that redraw
/// apart: the entities and their kinds as soon as the entity chunks are in
/// (`ctx.results`, complete or not), the passages and their facets once
/// the whole search has run (`ctx.passages`). Until then the previous
/// query's passages are hidden, not torn down: the first result of a query
/// costs the entities' redraw alone.
#[component]
fn Found(ctx: Ctx, choose: impl Fn(Facet) + Copy + Send + Sync + 'static) -> impl IntoView {
    let site = ctx.site.get_value();
    // An article's title, once its lines bucket has arrived; its id until
    // then.
    let title_of = move |a: &str| {
        ctx.lines.with(|l| {
            l.get(a)
                .and_then(|x| x.as_ref())
                .map(|x| x.title.clone())
                .filter(|t| !t.is_empty())
                .unwrap_or_else(|| a.to_string())
        })
    };
    // Whether the passages shown are the current query's.
    let complete = Memo::new(move |_| ctx.results.with(|r| matches!(r, Some((_, _, true)))));
    let entity_kinds = move || {
        let r = ctx
            .results
            .with(|r| r.as_ref().map(|(_, r, _)| r.clone()))?;
        let filter = ctx.filter.get_untracked();
        let buttons: Vec<_> = r
            .facets
            .entity_kind
            .iter()
            .map(|(k, n)| {
                let label = k.replace('_', " ");
                let title = format!("Entities: {label}");
                facet_button(
                    &filter,
                    choose,
                    Facet::EntityKind(k.clone()),
                    fixed(label),
                    *n,
                    fixed(title),
                )
            })
            .collect();
        Some(buttons)
    };
    let passage_facets = move || {
        let r = ctx.passages.get()?;
        let filter = ctx.filter.get_untracked();
        let f = &r.facets;
        let item_kinds: Vec<_> = f
            .item_kind
            .iter()
            .map(|(k, n)| {
                let title = format!("Passages: {k}s");
                facet_button(
                    &filter,
                    choose,
                    Facet::ItemKind(k.clone()),
                    fixed(format!("{k}s")),
                    *n,
                    fixed(title),
                )
            })
            .collect();
        let mut by_article: Vec<(&String, &usize)> = f.article.iter().collect();
        sort_by(&mut by_article, |a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let articles: Vec<_> = by_article
            .into_iter()
            .take(ARTICLE_FACETS)
            .map(|(a, n)| {
                let id = a.clone();
                let title = Signal::derive(move || title_of(&id));
                facet_button(&filter, choose, Facet::Article(a.clone()), title, *n, title)
            })
            .collect();
        // Years; the months of the one chosen (or of the only one) beneath.
        let years = years(&f.month);
        let open = open_year(&filter)
            .map(str::to_string)
            .or_else(|| (years.len() == 1).then(|| years[0].0.clone()));
        let months: Vec<_> = open
            .iter()
            .flat_map(|y| {
                f.month.iter().filter(move |(m, _)| {
                    m.starts_with(y.as_str()) && m.as_bytes().get(4) == Some(&b'-')
                })
            })
            .map(|(m, n)| {
                let title = format!("Passages of {m}");
                facet_button(
                    &filter,
                    choose,
                    Facet::Month(m.clone()),
                    fixed(m.clone()),
                    *n,
                    fixed(title),
                )
            })
            .collect();
        let months =
            (!months.is_empty()).then(|| view! { <ul class="archive-months">{months}</ul> });
        let years: Vec<_> = years
            .into_iter()
            .map(|(y, n)| {
                let title = format!("Passages of {y}");
                facet_button(
                    &filter,
                    choose,
                    Facet::Year(y.clone()),
                    fixed(y),
                    n,
                    fixed(title),
                )
            })
            .collect();
        let undated = f.month.get("undated").copied().unwrap_or(0);
        let undated = (undated > 0).then(|| {
            view! { <p class="archive-note">{format!("{undated} from undated articles")}</p> }
        });
        Some(view! {
            <h2>"Passage kind"</h2>
            <ul>{item_kinds}</ul>
            <h2>"Article"</h2>
            <ul>{articles}</ul>
            <h2>"Date"</h2>
            <ul>{years}</ul>
            {months}
            {undated}
        })
    };
    let entities = move || {
        let r = ctx
            .results
            .with(|r| r.as_ref().map(|(_, r, _)| r.clone()))?;
        let list: Vec<_> = r
            .entities
            .iter()
            .filter_map(|h| match &h.record {
                Record::Entity {
                    key,
                    name,
                    kind,
                    articles,
                    first,
                    last,
                    article,
                    link: _,
                } => {
                    if article.is_empty() {
                        return None;
                    }
                    let link = link(&entity_href(key));
                    let dates = match (first, last) {
                        (Some(a), Some(b)) if a == b => a.clone(),
                        (Some(a), Some(b)) => format!("{a} – {b}"),
                        _ => "undated".into(),
                    };
                    Some(view! {
                        <li class="archive-result" data-testid="archive-result" data-kind="entity" data-entity=key.clone() data-article=article.clone()>
                            <a class="archive-name" href=link>{name.clone()}</a>
                            <span class=format!("archive-kind kind-{kind}")>{kind.replace('_', " ")}</span>
                            <span class="archive-meta">
                                {format!("{articles} article{}", if *articles == 1 { "" } else { "s" })} " · " {dates}
                            </span>
                        </li>
                    })
                }
                Record::Item { .. } => None,
            })
            .collect();
        Some(result_list(
            list,
            "No entity matches.",
            (r.entities.len(), r.total_entities, "entities"),
        ))
    };
    let passages = move || {
        let r = ctx.passages.get()?;
        let site = site.clone();
        let items: Vec<_> = r
            .items
            .iter()
            .filter_map(|h| match &h.record {
                Record::Item {
                    kind,
                    article,
                    id,
                    date,
                    link,
                } => {
                    let id_of_article = article.clone();
                    let title = move || title_of(&id_of_article);
                    let (a, i) = (article.clone(), id.clone());
                    let line = move || {
                        ctx.lines.with(|l| match l.get(&a) {
                            Some(Some(lines)) => lines.lines.get(&i).cloned().unwrap_or_else(|| format!("{i} (not in the article's records)")),
                            _ => "…".into(),
                        })
                    };
                    Some(view! {
                        <li class="archive-result" data-testid="archive-result" data-kind=kind.clone() data-article=article.clone()>
                            <span class=format!("archive-kind item-{kind}")>{kind.clone()}</span>
                            <a class="archive-line" href=format!("{site}{link}")>{line}</a>
                            <span class="archive-meta">
                                {title} " · " {date.clone().unwrap_or_else(|| "undated".into())}
                            </span>
                        </li>
                    })
                }
                Record::Entity { .. } => None,
            })
            .collect();
        Some(result_list(
            items,
            "No passage matches.",
            (r.items.len(), r.total_items, "passages"),
        ))
    };
    view! {
        <div class="archive-body">
            <nav class="archive-facets" aria-label="Narrow the results">
                <h2>"Entity kind"</h2>
                <ul>{entity_kinds}</ul>
                // The passages' facets once their chunks are in.
                <div class="archive-facet-rest" hidden=move || !complete.get()>{passage_facets}</div>
            </nav>
            <div class="archive-results">
                <section aria-labelledby="archive-entities-h">
                    <h2 id="archive-entities-h">"Entities"</h2>
                    {entities}
                </section>
                <section aria-labelledby="archive-items-h">
                    <h2 id="archive-items-h">"Facts, quotes and sentences"</h2>
                    {move || (!complete.get()).then(|| view! { <p class="archive-note">"Looking up passages…"</p> })}
                    <div hidden=move || !complete.get()>{passages}</div>
                </section>
            </div>
        </div>
    }
}
