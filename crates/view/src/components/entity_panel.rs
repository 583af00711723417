//! The panel of the selected entity: who or what it is, its facts and quotes
//! in words, and the entities it is directly connected to.

use leptos::prelude::*;

use crate::app::{use_data, use_filters, use_nav};
use crate::components::badge::StatusBadge;
use crate::filter::neighbours;
use crate::item::{ItemKind, ItemRef};

/// Shown while an entity is focused; closes with its button or Escape.
#[component]
pub fn EntityPanel() -> impl IntoView {
    let data = use_data();
    let filters = use_filters();
    let nav = use_nav();
    move || {
        let set = data.set();
        let index = nav.focus.get()?;
        let e = set.entities.get(index)?;
        // Everything that involves the entity, in the set's order.
        let of = |kind: ItemKind| -> Vec<usize> {
            set.involving(index)
                .iter()
                .filter(|item| item.kind() == kind)
                .map(|item| item.index())
                .collect()
        };
        let (facts, quotes) = (of(ItemKind::Fact), of(ItemKind::Quote));
        let near = neighbours(&set, &e.id);
        let kind = e.kind;
        Some(view! {
            <section
                class=format!("fx-entity fx-kind--{}", kind.slug())
                data-testid="entity-panel"
                data-entity=e.id.clone()
                aria-labelledby="fx-entity-name"
                on:keydown=move |ev| {
                    if ev.key() == "Escape" {
                        nav.focus.set(None);
                    }
                }
            >
                <header class="fx-entity__head">
                    <span class="fx-kind-tag">{kind.style().tag}</span>
                    <h2 class="fx-entity__name" id="fx-entity-name">{e.name.clone()}</h2>
                    <span class="fx-entity__kind">{kind.label()}</span>
                    <button
                        class="fx-entity__close"
                        aria-label="Close the entity panel"
                        on:click=move |_| nav.focus.set(None)
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
                                            <button class="fx-link fx-link--plain" on:click=move |_| nav.show_in_article(ItemRef::Fact(fi))>
                                                {set.describe(ItemRef::Fact(fi))}
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
                                                <button class="fx-link fx-link--plain" on:click=move |_| nav.show_in_article(ItemRef::Quote(qi))>
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
                                                    let set = data.set();
                                                    filters.select_entity(nav, &set, &id);
                                                    nav.focus.set(set.entity_position(&id));
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
        })
    }
}
