//! The search box and its ranked, highlighted results (a combobox with a
//! listbox of results), within the chip filter.

use leptos::ev;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

use crate::app::{use_data, use_filters, use_nav};
use crate::item::ItemRef;
use crate::later::later;
use crate::model::FactSet;
use crate::search::{highlight, suggestion_in_words, tokens, Hit, Via};
use crate::text::fold;

/// What the results list shows for one query.
#[derive(Clone, Debug, PartialEq)]
struct Shown {
    hits: Vec<Hit>,
    total: usize,
    matched: Vec<String>,
    prefix: Option<String>,
    suggestion: Option<String>,
}

/// Results shown at most.
const SHOWN: usize = 30;

/// The search box with its results.
#[component]
pub fn SearchBox() -> impl IntoView {
    // It may hydrate in a later slice (later.rs), as the views do.
    view! { <div class="fx-search" role="search">{later(search_parts)}</div> }
}

/// The search box's label, input, count, help and results.
fn search_parts() -> impl IntoView {
    let data = use_data();
    let filters = use_filters();
    let nav = use_nav();
    let input = NodeRef::<leptos::html::Input>::new();
    let active = RwSignal::new(0usize);

    let shown = Memo::new(move |_| {
        let q = filters.query.get();
        if q.trim().is_empty() {
            return None;
        }
        let set = data.set();
        let sel = filters.selection.get();
        let filtered = !sel.entities.is_empty();
        let r = filters.results.get()?;
        let hits: Vec<Hit> = r
            .hits
            .into_iter()
            .filter(|h| sel.keeps_item(&set, h.item))
            .take(if filtered { usize::MAX } else { SHOWN })
            .collect();
        let total = if filtered { hits.len() } else { r.total };
        let folded = fold(&q);
        let prefix = (!q.ends_with(char::is_whitespace))
            .then(|| tokens(&folded).last().map(str::to_string))
            .flatten();
        Some(Shown {
            hits: hits.into_iter().take(SHOWN).collect(),
            total,
            matched: r.matched,
            prefix,
            suggestion: r.suggestion.map(|s| suggestion_in_words(&set, &s)),
        })
    });
    Effect::new(move |_| {
        shown.track();
        active.set(0);
    });

    let open = move |hit: &Hit| match hit.item {
        ItemRef::Entity(i) => {
            let set = data.set();
            if let Some(e) = set.entities.get(i) {
                filters.select_entity(nav, &set, &e.id);
                filters.query.set(String::new());
            }
        }
        item => nav.show_in_article(item),
    };

    let on_key = move |ev: ev::KeyboardEvent| {
        let n = shown.with(|s| s.as_ref().map_or(0, |s| s.hits.len()));
        match ev.key().as_str() {
            "ArrowDown" if n > 0 => {
                ev.prevent_default();
                active.update(|a| *a = (*a + 1) % n);
            }
            "ArrowUp" if n > 0 => {
                ev.prevent_default();
                active.update(|a| *a = (*a + n - 1) % n);
            }
            "Enter" => {
                let hit =
                    shown.with(|s| s.as_ref().and_then(|s| s.hits.get(active.get()).cloned()));
                if let Some(hit) = hit {
                    ev.prevent_default();
                    open(&hit);
                }
            }
            "Escape" => {
                ev.prevent_default();
                filters.query.set(String::new());
            }
            _ => {}
        }
    };

    // "/" anywhere outside a text field focuses the search box. Installed
    // from an effect: effects run only in the browser, so the build-time
    // render (which has no window) renders the same box without it.
    Effect::new(move |_| {
        let handle = window_event_listener(ev::keydown, move |ev| {
            if ev.key() != "/"
                || ev.ctrl_key()
                || ev.meta_key()
                || ev.alt_key()
                || ev.default_prevented()
            {
                return;
            }
            // The real target, even inside a shadow root (the event is retargeted
            // to the host element for window listeners).
            let origin = ev.composed_path().get(0);
            let typing = origin.dyn_into::<web_sys::Element>().is_ok_and(|el| {
                let tag = el.tag_name().to_ascii_lowercase();
                tag == "input"
                    || tag == "textarea"
                    || tag == "select"
                    || el.has_attribute("contenteditable")
            });
            if !typing {
                if let Some(el) = input.get_untracked() {
                    ev.prevent_default();
                    let _ = el.focus();
                }
            }
        });
        on_cleanup(move || handle.remove());
    });

    let expanded = move || shown.with(|s| s.is_some());
    view! {
            <label class="fx-search__label" for="fx-search-input">
                "Search the article’s facts"
                <span class="fx-search__key" aria-hidden="true">" Press " <kbd>"/"</kbd> " to search"</span>
            </label>
            <div class="fx-search__row">
                <input
                    id="fx-search-input"
                    class="fx-search__input"
                    type="search"
                    data-testid="search-input"
                    node_ref=input
                    placeholder="People, places, quotes, words…"
                    aria-keyshortcuts="/"
                    autocomplete="off"
                    spellcheck="false"
                    role="combobox"
                    aria-autocomplete="list"
                    aria-controls="fx-search-results"
                    aria-expanded=move || expanded().to_string()
                    aria-activedescendant=move || {
                        shown.with(|s| {
                            s.as_ref().filter(|s| !s.hits.is_empty()).map(|_| format!("fx-result-{}", active.get()))
                        })
                    }
                    maxlength="10000"
                    prop:value=move || filters.query.get()
                    on:input=move |ev| filters.query.set(event_target_value(&ev))
                    on:keydown=on_key
                />
            </div>
            <p class="fx-search__count" data-testid="search-count" aria-live="polite" aria-atomic="true">
                {move || {
                    shown.with(|s| match s {
                        None => String::new(),
                        Some(s) => {
                            let within = if filters.selection.with(|sel| sel.entities.is_empty()) {
                                ""
                            } else {
                                " within the selected entities"
                            };
                            match s.total {
                                0 => format!("No results{within}"),
                                1 => format!("1 result{within}"),
                                n => format!("{n} results{within}"),
                            }
                        }
                    })
                }}
            </p>
            {move || {
                shown.with(|s| {
                    s.as_ref().and_then(|s| {
                        let q = filters.query.get_untracked();
                        let suggestion = s.suggestion.clone();
                        let none = s.total == 0;
                        (none || suggestion.is_some()).then(|| {
                            view! {
                                <p class="fx-search__help" data-testid="search-help">
                                    {none.then(|| format!("Nothing matches “{}”. Try a name, a place or a word from the article. ", clip(&q)))}
                                    {suggestion.map(|suggested| {
                                        let query = suggested.clone();
                                        view! {
                                            "Did you mean "
                                            <button
                                                class="fx-link"
                                                data-testid="search-suggestion"
                                                on:click=move |_| filters.query.set(query.clone())
                                            >
                                                {suggested}
                                            </button>
                                            "?"
                                        }
                                    })}
                                </p>
                            }
                        })
                    })
                })
            }}
            <ul class="fx-results" id="fx-search-results" role="listbox" aria-label="Search results">
                {move || {
                    shown.get().map(|s| {
                        let set = data.set();
                        s.hits
                            .iter()
                            .enumerate()
                            .map(|(i, hit)| {
                                let opened = hit.clone();
                                let ResultLine { text, sub, entity, fact } = result_line(&set, hit);
                                let kind = hit.item.kind();
                                let pieces = highlight(&text, &s.matched, s.prefix.as_deref());
                                let is_active = move || active.get() == i;
                                view! {
                                    <li
                                        id=format!("fx-result-{i}")
                                        class="fx-result"
                                        class:fx-result--active=is_active
                                        role="option"
                                        aria-selected=move || is_active().to_string()
                                        data-testid="search-result"
                                        data-kind=kind.slug()
                                        data-entity=entity
                                        data-fact=fact
                                        on:mousedown=move |ev| ev.prevent_default()
                                        on:click=move |_| open(&opened)
                                    >
                                        <span class=format!("fx-result__kind fx-result__kind--{}", kind.slug())>
                                            {kind.label()}
                                        </span>
                                        <span class="fx-result__text">
                                            {pieces
                                                .into_iter()
                                                .map(|(r, marked)| {
                                                    let piece = text[r].to_string();
                                                    if marked {
                                                        view! { <mark>{piece}</mark> }.into_any()
                                                    } else {
                                                        piece.into_any()
                                                    }
                                                })
                                                .collect_view()}
                                        </span>
                                        {sub.map(|s| view! { <span class="fx-result__sub">{s}</span> })}
                                    </li>
                                }
                            })
                            .collect_view()
                    })
                }}
            </ul>
    }
}

/// One result as the list shows it.
struct ResultLine {
    /// The main line (what matched is highlighted in it).
    text: String,
    /// A secondary line.
    sub: Option<String>,
    /// `data-entity`: the entity, or a quote's speaker.
    entity: Option<String>,
    /// `data-fact`: the fact, quote or event id.
    fact: Option<String>,
}

/// The line for `hit`: the item as every view describes it (a sentence as
/// its own words), with its kind, status or attribution below, and how it
/// was found when it was found through an entity.
fn result_line(set: &FactSet, hit: &Hit) -> ResultLine {
    let key = set.key_of(hit.item).map(|k| k.id);
    let mut line = match hit.item {
        ItemRef::Entity(i) => {
            let e = &set.entities[i];
            let mut sub = format!("{} {}", e.kind.style().tag, e.kind.label());
            if !e.aliases.is_empty() {
                sub.push_str(" · also ");
                sub.push_str(&e.aliases.join(", "));
            }
            ResultLine {
                text: e.name.clone(),
                sub: Some(sub),
                entity: key,
                fact: None,
            }
        }
        ItemRef::Fact(i) => ResultLine {
            text: set.describe(hit.item),
            sub: set.facts[i].status.label().map(str::to_string),
            entity: None,
            fact: key,
        },
        ItemRef::Quote(i) => {
            let q = &set.quotes[i];
            ResultLine {
                text: set.describe(hit.item),
                sub: (!q.attribution.is_empty()).then(|| q.attribution.clone()),
                entity: q.speaker.clone(),
                fact: key,
            }
        }
        ItemRef::Event(_) => ResultLine {
            text: set.describe(hit.item),
            sub: None,
            entity: None,
            fact: key,
        },
        ItemRef::Sentence(i) => {
            let r = set.article.sentences[i].clone();
            ResultLine {
                text: set.article.text[r].to_string(),
                sub: None,
                entity: None,
                fact: None,
            }
        }
    };
    if let Some(via) = hit.via {
        let name = &set.entities[via.entity()].name;
        let via = match via {
            Via::Involves(_) => format!("involves {name}"),
            Via::Spells(_) => format!("mentions {name}"),
        };
        line.sub = Some(match line.sub {
            Some(sub) => format!("{sub} · {via}"),
            None => via,
        });
    }
    line
}

fn clip(q: &str) -> String {
    match q.char_indices().nth(60) {
        Some((i, _)) => format!("{}…", &q[..i]),
        None => q.to_string(),
    }
}
