//! The itinerary as a timeline, day by day, with planned, expected and
//! not-planned items told apart in words and in style.

use leptos::prelude::*;

use crate::app::use_state;
use crate::article::Target;
use crate::model::{Day, Status};

/// The timeline of itinerary events that pass the filters.
#[component]
pub fn Timeline() -> impl IntoView {
    let state = use_state();
    let set = state.set;
    let shown = move |i: usize| {
        state
            .visible
            .with(|v| v.events.get(i).copied().unwrap_or(false))
    };
    let count = move || (0..set.events.len()).filter(|&i| shown(i)).count();
    view! {
        <p class="fx-count" aria-live="polite">{move || format!("{} of {} itinerary items", count(), set.events.len())}</p>
        <ol class="fx-timeline">
            {Day::ALL
                .into_iter()
                .filter(|d| set.events.iter().any(|e| e.day == *d))
                .map(|day| {
                    let items: Vec<usize> = (0..set.events.len()).filter(|&i| set.events[i].day == day).collect();
                    let items2 = items.clone();
                    let any = move || items2.iter().any(|&i| shown(i));
                    view! {
                        <li class="fx-timeline__day" class:fx-timeline__day--empty=move || !any()>
                            <h3 class="fx-timeline__label">{day.label()}</h3>
                            <ul class="fx-timeline__events">
                                {items
                                    .into_iter()
                                    .map(|i| {
                                        let e = &set.events[i];
                                        let who: Vec<String> = e.who.iter().map(|id| set.name_of(id).to_string()).collect();
                                        let status = e.status;
                                        view! {
                                            <li
                                                class=format!("fx-event fx-event--{}", status.slug())
                                                data-testid="timeline-event"
                                                data-day=day.label()
                                                data-event=e.id.clone()
                                                data-status=status.slug()
                                                hidden=move || !shown(i)
                                            >
                                                <p class="fx-event__title">
                                                    {status_word(status).map(|w| view! {
                                                        <span class=format!("fx-badge fx-badge--{}", status.slug())>{w}</span>
                                                        " "
                                                    })}
                                                    <span class="fx-event__text">{e.title.clone()}</span>
                                                </p>
                                                <p class="fx-event__who">"With: " {who.join(", ")}
                                                    {e.place.as_ref().map(|p| format!(" · at {}", set.name_of(p)))}
                                                </p>
                                                <button class="fx-link" data-testid="event-evidence"
                                                    on:click=move |_| state.show_in_article(Target::Event(i))>
                                                    "Show in article"
                                                </button>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}

/// The badge an event gets: its status, with "not planned" spelled out.
fn status_word(status: Status) -> Option<&'static str> {
    match status {
        Status::Stated => Some("happened"),
        Status::NotPlanned => Some("not planned; informal encounter not ruled out"),
        other => other.label(),
    }
}
