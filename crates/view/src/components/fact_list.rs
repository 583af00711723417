//! Fact cards: every fact in words, with its status, marks, details and the
//! exact words of the article it comes from.

use leptos::prelude::*;

use crate::app::{use_data, use_filters, use_nav};
use crate::components::badge::{Evidence, MarkBadges, StatusBadge};
use crate::item::ItemRef;
use crate::later::later;
use crate::model::Object;

/// The facts that pass the chip filter, each as a card.
#[component]
pub fn FactList() -> impl IntoView {
    let total = use_data().set().facts.len();
    let filters = use_filters();
    let shown = move || {
        filters.visible.with(|v| {
            v.facts
                .iter()
                .enumerate()
                .filter(|(_, &keep)| keep)
                .map(|(i, _)| i)
                .collect::<Vec<usize>>()
        })
    };
    view! {
        <p class="fx-count" data-testid="fact-count" aria-live="polite">
            {move || format!("{} of {total} facts", shown().len())}
        </p>
        <ol class="fx-facts">
            // Cards below the first few hydrate in later slices (later.rs).
            <For each=shown key=|i| *i let:i>
                <li>{later(move || view! { <FactCard index=i/> })}</li>
            </For>
        </ol>
    }
}

/// One fact: subject, relation and object in words, then its evidence.
#[component]
pub fn FactCard(
    /// Index of the fact in the fact set.
    index: usize,
) -> impl IntoView {
    let set = use_data().set();
    let nav = use_nav();
    let fact = &set.facts[index];
    let kind_of = |id: &str| set.entity(id).map_or("person", |e| e.kind.slug());
    let object = match &fact.object {
        Object::Entity(id) => view! {
            <strong class=format!("fx-fact__ent fx-kind--{}", kind_of(id))>{set.name_of(id).to_string()}</strong>
        }
        .into_any(),
        Object::Literal(words) => {
            view! { <span class="fx-fact__literal">{words.clone()}</span> }.into_any()
        }
    };
    let q = &fact.qualifiers;
    let mut details: Vec<String> = Vec::new();
    if let Some(a) = &q.amount {
        details.push(set.name_of(a).to_string());
    }
    if let Some(w) = &q.when {
        details.push(set.name_of(w).to_string());
    }
    if let Some(p) = &q.place {
        details.push(format!("in {}", set.name_of(p)));
    }
    if let Some(r) = &q.role {
        details.push(format!("role: {r}"));
    }
    if let Some(n) = &q.note {
        details.push(n.clone());
    }
    if let Some(a) = &q.attributed_to {
        details.push(format!("according to {}", set.name_of(a)));
    }
    let selected = move || nav.highlighted.get() == Some(ItemRef::Fact(index));
    view! {
        <article
            class="fx-fact"
            class:fx-fact--selected=selected
            data-testid="fact"
            data-fact=fact.id.clone()
            data-status=fact.status.slug()
        >
            <p class="fx-fact__line">
                <strong class=format!("fx-fact__ent fx-kind--{}", kind_of(&fact.subject))>
                    {set.name_of(&fact.subject).to_string()}
                </strong>
                " "
                <span class="fx-fact__rel">{fact.relation.clone()}</span>
                " "
                {object}
                <StatusBadge status=fact.status/>
                <MarkBadges marks=fact.marks.clone()/>
            </p>
            {(!details.is_empty()).then(|| view! { <p class="fx-fact__details">{details.join(" · ")}</p> })}
            <Evidence spans=fact.evidence.clone()/>
            <button
                class="fx-link"
                data-testid="show-evidence"
                on:click=move |_| nav.show_in_article(ItemRef::Fact(index))
            >
                "Show in article"
            </button>
        </article>
    }
}
