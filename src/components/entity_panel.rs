//! The panel of the selected entity: who or what it is, its facts and quotes
//! in words, and the entities it is directly connected to.

use leptos::prelude::*;

use crate::app::use_state;
use crate::article::Target;
use crate::components::badge::StatusBadge;
use crate::components::chips::kind_tag;
use crate::filter::neighbours;

/// Shown while an entity is focused; closes with its button or Escape.
#[component]
pub fn EntityPanel() -> impl IntoView {
    let state = use_state();
    let set = state.set;
    move || {
        state.focus.get().and_then(|i| set.entities.get(i).map(|e| (i, e))).map(|(_, e)| {
            let facts: Vec<usize> = set
                .facts
                .iter()
                .enumerate()
                .filter(|(_, f)| set.fact_entities(f).any(|id| id == e.id))
                .map(|(i, _)| i)
                .collect();
            let quotes: Vec<usize> = set
                .quotes
                .iter()
                .enumerate()
                .filter(|(_, q)| q.speaker == e.id)
                .map(|(i, _)| i)
                .collect();
            let near = neighbours(set, &e.id);
            let kind = e.kind;
            view! {
                <section
                    class=format!("fx-entity fx-kind--{}", kind.slug())
                    data-testid="entity-panel"
                    data-entity=e.id.clone()
                    aria-labelledby="fx-entity-name"
                    on:keydown=move |ev| {
                        if ev.key() == "Escape" {
                            state.focus.set(None);
                        }
                    }
                >
                    <header class="fx-entity__head">
                        <span class="fx-kind-tag">{kind_tag(kind)}</span>
                        <h2 class="fx-entity__name" id="fx-entity-name">{e.name.clone()}</h2>
                        <span class="fx-entity__kind">{kind.label()}</span>
                        <button
                            class="fx-entity__close"
                            aria-label="Close the entity panel"
                            on:click=move |_| state.focus.set(None)
                        >
                            "×"
                        </button>
                    </header>
                    {(!e.description.is_empty()).then(|| view! { <p class="fx-entity__desc">{e.description.clone()}</p> })}
                    {(!e.aliases.is_empty()).then(|| view! {
                        <p class="fx-entity__aliases">"Also: " {e.aliases.join(", ")}</p>
                    })}
                    <div class="fx-entity__cols">
                        <div>
                            <h3 class="fx-entity__sub">{format!("Facts ({})", facts.len())}</h3>
                            <ul class="fx-entity__list">
                                {facts
                                    .into_iter()
                                    .map(|fi| {
                                        let f = &set.facts[fi];
                                        view! {
                                            <li>
                                                <button class="fx-link fx-link--plain" on:click=move |_| state.show_in_article(Target::Fact(fi))>
                                                    {set.fact_sentence(f)}
                                                </button>
                                                <StatusBadge status=f.status/>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                            {(!quotes.is_empty()).then(|| view! {
                                <h3 class="fx-entity__sub">{format!("Quotes ({})", quotes.len())}</h3>
                                <ul class="fx-entity__list">
                                    {quotes
                                        .iter()
                                        .map(|&qi| {
                                            let q = &set.quotes[qi];
                                            view! {
                                                <li>
                                                    <button class="fx-link fx-link--plain" on:click=move |_| state.show_in_article(Target::Quote(qi))>
                                                        "“" {q.words.text.clone()} "”"
                                                    </button>
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            })}
                        </div>
                        <div>
                            <h3 class="fx-entity__sub">{format!("Connected to ({})", near.len())}</h3>
                            <ul class="fx-entity__near">
                                {near
                                    .into_iter()
                                    .map(|n| {
                                        let id = n.id.clone();
                                        view! {
                                            <li>
                                                <button
                                                    class=format!("fx-entity__link fx-kind--{}", n.kind.slug())
                                                    data-testid="entity-link"
                                                    data-entity=n.id.clone()
                                                    on:click=move |_| {
                                                        state.select_entity(&id);
                                                        state.focus.set(set.entity_position(&id));
                                                    }
                                                >
                                                    {n.name.clone()}
                                                </button>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        </div>
                    </div>
                </section>
            }
        })
    }
}
