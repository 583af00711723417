//! Fact cards: every fact in words, with its status, details and the exact
//! words of the article it comes from.

use leptos::prelude::*;

use crate::app::use_state;
use crate::article::Target;
use crate::components::badge::{Evidence, StatusBadge};
use crate::model::{Fact, Object};

/// The facts that pass the chip filter, each as a card.
#[component]
pub fn FactList() -> impl IntoView {
    let state = use_state();
    let set = state.set;
    let shown = move || {
        state.visible.with(|v| {
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
            {move || {
                let n = shown().len();
                format!("{n} of {} facts", set.facts.len())
            }}
        </p>
        <ol class="fx-facts">
            <For each=shown key=|i| *i let:i>
                <li><FactCard index=i/></li>
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
    let state = use_state();
    let set = state.set;
    let fact: &'static Fact = &set.facts[index];
    let subject = set.entity(&fact.subject);
    let subject_kind = subject.map_or("person", |e| e.kind.slug());
    let object = match &fact.object {
        Object::Entity(id) => {
            let kind = set.entity(id).map_or("person", |e| e.kind.slug());
            view! { <strong class=format!("fx-fact__ent fx-kind--{kind}")>{set.name_of(id).to_string()}</strong> }
                .into_any()
        }
        Object::Literal(words) => {
            view! { <span class="fx-fact__literal">{words.clone()}</span> }.into_any()
        }
    };
    let q = &fact.qualifiers;
    let mut details: Vec<String> = Vec::new();
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
    let selected = move || state.selected.get() == Some(Target::Fact(index));
    view! {
        <article
            class="fx-fact"
            class:fx-fact--selected=selected
            data-testid="fact"
            data-fact=fact.id.clone()
            data-status=fact.status.slug()
        >
            <p class="fx-fact__line">
                <strong class=format!("fx-fact__ent fx-kind--{subject_kind}")>
                    {set.name_of(&fact.subject).to_string()}
                </strong>
                " "
                <span class="fx-fact__rel">{fact.relation.clone()}</span>
                " "
                {object}
                <StatusBadge status=fact.status/>
            </p>
            {(!details.is_empty()).then(|| view! { <p class="fx-fact__details">{details.join(" · ")}</p> })}
            <Evidence spans=fact.evidence.clone()/>
            <button
                class="fx-link"
                data-testid="show-evidence"
                on:click=move |_| state.show_in_article(Target::Fact(index))
            >
                "Show in article"
            </button>
        </article>
    }
}
