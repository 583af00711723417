//! Entity chips: typed, coloured, counted toggle buttons grouped by kind, and
//! the removable row of selected chips.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

use crate::app::{use_data, use_filters, use_nav};
use crate::filter::{chip_groups, facet_counts, Mode};
use crate::later::later;

/// Every entity as a chip, grouped by kind, with counts; arrow keys move.
#[component]
pub fn ChipBar() -> impl IntoView {
    let data = use_data();
    let set = data.set();
    let filters = use_filters();
    let nav = use_nav();
    let bar = NodeRef::<leptos::html::Div>::new();
    let on_key = move |ev: web_sys::KeyboardEvent| {
        let step: i32 = match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" => 1,
            "ArrowLeft" | "ArrowUp" => -1,
            "Home" => i32::MIN,
            "End" => i32::MAX,
            _ => return,
        };
        let Some(root) = bar.get() else { return };
        let Ok(list) = root.query_selector_all("[data-testid=chip]") else {
            return;
        };
        let n = list.length() as i32;
        // The event's target is the focused chip, inside or outside a shadow root.
        let active: Option<web_sys::Element> = ev.target().and_then(|t| t.dyn_into().ok());
        let current = (0..n).find(|&i| {
            list.item(i as u32)
                .map(|x| x.unchecked_into::<web_sys::Element>())
                == active
        });
        let Some(current) = current else { return };
        ev.prevent_default();
        let next = match step {
            i32::MIN => 0,
            i32::MAX => n - 1,
            s => (current + s).rem_euclid(n),
        };
        for i in 0..n {
            if let Some(el) = list
                .item(i as u32)
                .and_then(|x| x.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = el.set_attribute("tabindex", if i == next { "0" } else { "-1" });
                if i == next {
                    let _ = el.focus();
                }
            }
        }
    };
    let groups = chip_groups(&set);
    let first = groups.first().and_then(|g| g.1.first()).map(|c| c.0);
    // Counts narrow with the selection: how many shown facts each involves.
    let counts = Memo::new(move |_| filters.selection.with(|sel| facet_counts(&data.set(), sel)));
    view! {
        <div class="fx-chips" node_ref=bar on:keydown=on_key role="group" aria-label="Filter by entity">
            <h2 class="fx-side__title">"Who and what"</h2>
            <p class="fx-chips__hint">"Select entities to narrow every view. Arrow keys move between them."</p>
            {groups
                .into_iter()
                .map(|(kind, members)| {
                    let set = set.clone();
                    view! {
                        <div class="fx-chips__group">
                            <h3 class=format!("fx-chips__kind fx-kind--{}", kind.slug())>
                                <span class="fx-kind-tag" aria-hidden="true">{kind.style().tag}</span>
                                {kind.label()}
                            </h3>
                            // Each kind's chips may hydrate in a later slice (later.rs).
                            <ul class="fx-chips__list">
                                {later(move || members
                                    .into_iter()
                                    .map(|(i, _)| {
                                        let e = &set.entities[i];
                                        let count = move || counts.with(|c| c[i]);
                                        let id = e.id.clone();
                                        let pressed = {
                                            let id = id.clone();
                                            move || filters.selection.with(|s| s.entities.contains(&id))
                                        };
                                        // The accessible name starts with the visible text
                                        // ("Lee Jae Myung 23") and goes on off screen.
                                        let facts_word = move || if count() == 1 { " fact, " } else { " facts, " };
                                        view! {
                                            <li>
                                                <button
                                                    class=format!("fx-chip fx-kind--{}", kind.slug())
                                                    class:fx-chip--empty=move || count() == 0
                                                    data-testid="chip"
                                                    data-entity=e.id.clone()
                                                    data-kind=kind.slug()
                                                    aria-pressed=move || pressed().to_string()
                                                    tabindex=if Some(i) == first { "0" } else { "-1" }
                                                    on:click=move |_| filters.toggle_entity(nav, &data.set(), &id)
                                                >
                                                    <span class="fx-chip__name">{e.name.clone()}</span>
                                                    <span class="fx-chip__count" data-testid="chip-count">{count}</span>
                                                    <span class="fx-sr">{facts_word} {kind.label()}</span>
                                                </button>
                                            </li>
                                        }
                                    })
                                    .collect_view())}
                            </ul>
                        </div>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// The selected chips beside the views, each removable, with all/any and clear.
#[component]
pub fn SelectedChips() -> impl IntoView {
    let data = use_data();
    let filters = use_filters();
    let nav = use_nav();
    let any_selected = move || filters.selection.with(|s| !s.entities.is_empty());
    view! {
        <Show when=any_selected>
            <div class="fx-selected" role="group" aria-label="Selected entities">
                <span class="fx-selected__label">"Showing what involves"</span>
                <button
                    class="fx-selected__mode"
                    data-testid="chip-mode"
                    on:click=move |_| filters.selection.update(|s| {
                        s.mode = match s.mode { Mode::All => Mode::Any, Mode::Any => Mode::All }
                    })
                >
                    {move || match filters.selection.with(|s| s.mode) {
                        Mode::All => "all of",
                        Mode::Any => "any of",
                    }}
                    <span class="fx-sr">
                        {move || match filters.selection.with(|s| s.mode) {
                            Mode::All => " (press to match any of them)",
                            Mode::Any => " (press to match all of them)",
                        }}
                    </span>
                </button>
                <For
                    each=move || filters.selection.with(|s| s.entities.clone())
                    key=|id| id.clone()
                    let:id
                >
                    {
                        let set = data.set();
                        let e = set.entity(&id);
                        let name = e.map_or(id.clone(), |e| e.name.clone());
                        let kind = e.map_or("person", |e| e.kind.slug());
                        let remove = id.clone();
                        view! {
                            <button
                                class=format!("fx-selected__chip fx-kind--{kind}")
                                data-testid="selected-chip"
                                data-entity=id.clone()
                                aria-label=format!("Remove {name}")
                                on:click=move |_| filters.toggle_entity(nav, &data.set(), &remove)
                            >
                                {name.clone()}
                                <span aria-hidden="true" class="fx-selected__x">"×"</span>
                            </button>
                        }
                    }
                </For>
                <button
                    class="fx-selected__clear"
                    data-testid="chip-clear"
                    on:click=move |_| filters.clear_entities(nav)
                >
                    "Clear all"
                </button>
            </div>
        </Show>
    }
}
