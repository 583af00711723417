//! Quote cards: who said what, in which role, how the article reports it,
//! and how the words reach it (relayed, partial, planned).

use leptos::prelude::*;

use crate::app::{use_data, use_filters, use_nav};
use crate::components::badge::MarkBadges;
use crate::item::{ItemKind, ItemRef};

/// Every quote that passes the filters.
#[component]
pub fn Quotes() -> impl IntoView {
    let set = use_data().set();
    let filters = use_filters();
    let nav = use_nav();
    let shown = move |i: usize| filters.visible.with(|v| v.shows(ItemRef::Quote(i)));
    let total = set.quotes.len();
    let count = move || filters.visible.with(|v| v.count(ItemKind::Quote));
    view! {
        <p class="fx-count" aria-live="polite">{move || format!("{} of {total} quotes", count())}</p>
        <ul class="fx-quotes">
            {set.quotes
                .iter()
                .enumerate()
                .map(|(i, q)| {
                    let speaker = q.speaker.as_deref().and_then(|id| set.entity(id));
                    let kind = speaker.map_or("unattributed", |e| e.kind.slug());
                    let role = speaker.map(|e| e.description.clone()).unwrap_or_default();
                    let parts: Vec<String> = q.parts().map(|s| s.text.clone()).collect();
                    view! {
                        <li
                            class=format!("fx-quote fx-kind--{kind}")
                            data-testid="quote"
                            data-entity=q.speaker.clone().unwrap_or_default()
                            data-quote=q.id.clone()
                            hidden=move || !shown(i)
                        >
                            <blockquote class="fx-quote__words">
                                {parts
                                    .into_iter()
                                    .enumerate()
                                    .map(|(j, part)| view! {
                                        {(j > 0).then_some(" … ")}
                                        "“" {part} "”"
                                    })
                                    .collect_view()}
                            </blockquote>
                            <p class="fx-quote__who">
                                <strong>{set.speaker_name(q).to_string()}</strong>
                                {(!role.is_empty()).then(|| view! { <span class="fx-quote__role">", " {role.clone()}</span> })}
                                <MarkBadges marks=q.marks.clone()/>
                            </p>
                            {(!q.attribution.is_empty()).then(|| view! {
                                <p class="fx-quote__attr">"As reported: " {q.attribution.clone()}</p>
                            })}
                            {q.reported_by.as_deref().map(|id| view! {
                                <p class="fx-quote__attr">"Relayed by " {set.name_of(id).to_string()}</p>
                            })}
                            {q.note.clone().map(|n| view! { <p class="fx-quote__attr">{n}</p> })}
                            <button class="fx-link" data-testid="quote-evidence"
                                on:click=move |_| nav.show_in_article(ItemRef::Quote(i))>
                                "Show in article"
                            </button>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
