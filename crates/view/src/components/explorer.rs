//! The explorer's frame: header, chip sidebar, view tabs and the current view.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

use crate::app::{use_data, use_nav};
use crate::components::article_view::ArticleView;
use crate::components::chips::{ChipBar, SelectedChips};
use crate::components::entity_panel::EntityPanel;
use crate::components::export_bar::ExportBar;
use crate::components::fact_list::FactList;
use crate::components::graph::GraphView;
use crate::components::quotes::Quotes;
use crate::components::search::SearchBox;
use crate::components::timeline::Timeline;
use crate::explore::View;
use crate::later::later;

/// Header, chips, tabs and the view they select.
#[component]
pub fn ExplorerView() -> impl IntoView {
    let set = use_data().set();
    let nav = use_nav();
    let art = &set.article;
    let byline = art.byline.as_ref().map(|s| s.text.clone());
    let header = NodeRef::<leptos::html::Header>::new();
    // The theme toggle: remembered in localStorage, applied as data-theme on
    // the <fact-explorer> element so its shadow stylesheet can follow it.
    let dark = RwSignal::new(None::<bool>);
    let host = move || -> Option<web_sys::Element> {
        let el: web_sys::Element = header.get_untracked()?.unchecked_into();
        el.get_root_node()
            .dyn_into::<web_sys::ShadowRoot>()
            .ok()
            .map(|r| r.host())
    };
    let storage = || window().local_storage().ok().flatten();
    Effect::new(move |_| {
        if header.get().is_none() {
            return;
        }
        let saved = storage().and_then(|s| s.get_item("fx-theme").ok().flatten());
        let system_dark = window()
            .match_media("(prefers-color-scheme: dark)")
            .ok()
            .flatten()
            .is_some_and(|m| m.matches());
        let is_dark = match saved.as_deref() {
            Some("dark") => true,
            Some("light") => false,
            _ => system_dark,
        };
        if saved.is_some() {
            if let Some(h) = host() {
                let _ = h.set_attribute("data-theme", if is_dark { "dark" } else { "light" });
            }
        }
        dark.set(Some(is_dark));
    });
    let toggle = move |_| {
        let next = !dark.get_untracked().unwrap_or(false);
        dark.set(Some(next));
        let name = if next { "dark" } else { "light" };
        if let Some(h) = host() {
            let _ = h.set_attribute("data-theme", name);
        }
        if let Some(s) = storage() {
            let _ = s.set_item("fx-theme", name);
        }
    };
    view! {
        <header class="fx-header" node_ref=header>
            <button
                class="fx-theme"
                data-testid="theme-toggle"
                aria-pressed=move || dark.get().unwrap_or(false).to_string()
                on:click=toggle
            >
                "Dark theme"
            </button>
            <p class="fx-header__eyebrow">"Fact explorer"</p>
            <h1 class="fx-header__title">{art.title.clone()}</h1>
            {art.title_is_editorial.then(|| view! {
                <p class="fx-header__note" data-testid="title-note">
                    "Title by the fact set’s editors: the article as published has no headline here."
                </p>
            })}
            {byline.map(|b| view! { <p class="fx-header__byline">"By " {b}</p> })}
        </header>
        <SearchBox/>
        // The side bar and the views may hydrate in later slices (later.rs);
        // the header and the search box, at the top, never wait.
        <div class="fx-body">
            <aside class="fx-side" aria-label="Entities">
                {later(|| view! { <ChipBar/> })}
            </aside>
            <div class="fx-main" role="region" aria-label="Facts, graph, timeline, quotes and article">
                {later(move || view! {
                <SelectedChips/>
                <EntityPanel/>
                <div class="fx-tabs" role="tablist" aria-label="Views">
                    {View::ALL
                        .into_iter()
                        .map(|v| {
                            let selected = move || nav.view.get() == v;
                            view! {
                                <button
                                    class="fx-tabs__tab"
                                    role="tab"
                                    id=format!("fx-tab-{}", v.slug())
                                    data-testid="view-tab"
                                    data-view=v.slug()
                                    aria-controls=format!("fx-panel-{}", v.slug())
                                    aria-selected=move || selected().to_string()
                                    tabindex=move || if selected() { "0" } else { "-1" }
                                    on:click=move |_| nav.view.set(v)
                                    on:keydown=move |ev| {
                                        let i = View::ALL.iter().position(|x| *x == v).unwrap_or(0);
                                        let n = View::ALL.len();
                                        let next = match ev.key().as_str() {
                                            "ArrowRight" => (i + 1) % n,
                                            "ArrowLeft" => (i + n - 1) % n,
                                            _ => return,
                                        };
                                        ev.prevent_default();
                                        nav.view.set(View::ALL[next]);
                                        let list = ev
                                            .target()
                                            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                                            .and_then(|t| t.parent_element());
                                        focus_tab(list, View::ALL[next]);
                                    }
                                >
                                    {v.label()}
                                </button>
                            }
                        })
                        .collect_view()}
                </div>
                <ExportBar/>
                <section
                    class="fx-panel"
                    role="tabpanel"
                    id=move || format!("fx-panel-{}", nav.view.get().slug())
                    aria-labelledby=move || format!("fx-tab-{}", nav.view.get().slug())
                >
                    {move || match nav.view.get() {
                        View::Facts => view! { <FactList/> }.into_any(),
                        View::Graph => view! { <GraphView/> }.into_any(),
                        View::Timeline => view! { <Timeline/> }.into_any(),
                        View::Quotes => view! { <Quotes/> }.into_any(),
                        View::Article => view! { <ArticleView/> }.into_any(),
                    }}
                </section>
                })}
            </div>
        </div>
    }
}

/// Focuses the tab of `v` inside the tab list `list` (found from the event, so
/// it works inside a shadow root and with several explorers on a page).
fn focus_tab(list: Option<web_sys::Element>, v: View) {
    let el = list.and_then(|l| {
        l.query_selector(&format!("[data-view='{}']", v.slug()))
            .ok()
            .flatten()
    });
    if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}
