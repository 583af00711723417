//! The graph's accessible twin: every shown relation as a list of buttons.

use leptos::prelude::*;

use super::GraphCtx;
use crate::app::{use_data, use_filters, use_nav};
use crate::components::badge::{MarkBadges, StatusBadge};
use crate::item::ItemRef;

/// The relations the filters leave, subject → relation → object.
#[component]
pub fn RelationList() -> impl IntoView {
    let data = use_data();
    let filters = use_filters();
    let nav = use_nav();
    let ctx = expect_context::<GraphCtx>();
    let facts = move || {
        ctx.with(|g| {
            filters.visible.with(|v| {
                g.edges
                    .iter()
                    .map(|e| e.fact)
                    .filter(|&f| v.facts[f])
                    .collect::<Vec<usize>>()
            })
        })
        .unwrap_or_default()
    };
    view! {
        <details class="fx-graph__list" open>
            <summary>"All relations as a list"</summary>
            <ol data-testid="relation-list" class="fx-relations">
                <For each=facts key=|f| *f let:fi>
                    {
                        let set = data.set();
                        let f = &set.facts[fi];
                        view! {
                            <li data-fact=f.id.clone()>
                                <button class="fx-link fx-link--plain" on:click=move |_| {
                                    ctx.selected_fact.set(Some(fi));
                                    nav.highlighted.set(Some(ItemRef::Fact(fi)));
                                }>
                                    {set.name_of(&f.subject).to_string()} " → " {f.relation.clone()} " → " {set.object_words(&f.object).to_string()}
                                </button>
                                <StatusBadge status=f.status/>
                                <MarkBadges marks=f.marks.clone()/>
                            </li>
                        }
                    }
                </For>
            </ol>
        </details>
    }
}
