//! Quote cards: who said what, in which role, and how the article reports it.

use leptos::prelude::*;

use crate::app::use_state;
use crate::article::Target;

/// Every quote that passes the filters.
#[component]
pub fn Quotes() -> impl IntoView {
    let state = use_state();
    let set = state.set;
    let shown = move |i: usize| {
        state
            .visible
            .with(|v| v.quotes.get(i).copied().unwrap_or(false))
    };
    let count = move || (0..set.quotes.len()).filter(|&i| shown(i)).count();
    view! {
        <p class="fx-count" aria-live="polite">{move || format!("{} of {} quotes", count(), set.quotes.len())}</p>
        <ul class="fx-quotes">
            {set.quotes
                .iter()
                .enumerate()
                .map(|(i, q)| {
                    let speaker = set.entity(&q.speaker);
                    let kind = speaker.map_or("person", |e| e.kind.slug());
                    let role = speaker.map(|e| e.description.clone()).unwrap_or_default();
                    view! {
                        <li
                            class=format!("fx-quote fx-kind--{kind}")
                            data-testid="quote"
                            data-entity=q.speaker.clone()
                            data-quote=q.id.clone()
                            hidden=move || !shown(i)
                        >
                            <blockquote class="fx-quote__words">"“" {q.words.text.clone()} "”"</blockquote>
                            <p class="fx-quote__who">
                                <strong>{set.name_of(&q.speaker).to_string()}</strong>
                                {(!role.is_empty()).then(|| view! { <span class="fx-quote__role">", " {role.clone()}</span> })}
                            </p>
                            <p class="fx-quote__attr">"As reported: " {q.attribution.clone()}</p>
                            <button class="fx-link" data-testid="quote-evidence"
                                on:click=move |_| state.show_in_article(Target::Quote(i))>
                                "Show in article"
                            </button>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
