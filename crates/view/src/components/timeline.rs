//! The itinerary as a timeline, day by day (or date by date), with planned,
//! expected and not-planned items told apart in words and in style.

use leptos::prelude::*;

use crate::app::{use_data, use_filters, use_nav};
use crate::components::badge::MarkBadges;
use crate::item::{ItemKind, ItemRef};
use crate::model::{Day, Event, Status};

/// The timeline of itinerary events that pass the filters.
#[component]
pub fn Timeline() -> impl IntoView {
    let set = use_data().set();
    let filters = use_filters();
    let nav = use_nav();
    let shown = move |i: usize| filters.visible.with(|v| v.shows(ItemRef::Event(i)));
    let total = set.events.len();
    let count = move || filters.visible.with(|v| v.count(ItemKind::Event));
    // Groups in order: each weekday (dated events first, by date), then
    // "during the visit".
    let mut groups: Vec<(String, Vec<usize>)> = Vec::new();
    for day in Day::ALL {
        let mut items: Vec<usize> = (0..total).filter(|&i| set.events[i].day == day).collect();
        crate::sort::sort_by_key(&mut items, |&i| (set.events[i].date, i));
        if !items.is_empty() {
            groups.push((group_label(&set.events[items[0]]), items));
        }
    }
    view! {
        <p class="fx-count" aria-live="polite">{move || format!("{} of {total} itinerary items", count())}</p>
        <ol class="fx-timeline">
            {groups
                .into_iter()
                .map(|(label, items)| {
                    let any = {
                        let items = items.clone();
                        move || items.iter().any(|&i| shown(i))
                    };
                    view! {
                        <li class="fx-timeline__day" class:fx-timeline__day--empty=move || !any()>
                            <h3 class="fx-timeline__label">{label}</h3>
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
                                                data-day=e.day.label()
                                                data-date=e.date.map(|d| d.to_string())
                                                data-event=e.id.clone()
                                                data-status=status.slug()
                                                hidden=move || !shown(i)
                                            >
                                                <p class="fx-event__title">
                                                    <span class=format!("fx-badge fx-badge--{}", status.slug())>{status_word(status)}</span>
                                                    " "
                                                    <span class="fx-event__text">{e.title.clone()}</span>
                                                    <MarkBadges marks=e.marks.clone()/>
                                                </p>
                                                <p class="fx-event__who">"With: " {who.join(", ")}
                                                    {e.place.as_ref().map(|p| format!(" · at {}", set.name_of(p)))}
                                                </p>
                                                <button class="fx-link" data-testid="event-evidence"
                                                    on:click=move |_| nav.show_in_article(ItemRef::Event(i))>
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

/// A day's heading: the weekday, with the date when the article gives one.
fn group_label(first: &Event) -> String {
    match first.date {
        Some(date) => date.label(),
        None => first.day.label().to_string(),
    }
}

/// The badge an itinerary item gets: what its status says about it.
fn status_word(status: Status) -> &'static str {
    match status {
        Status::Stated => "happened",
        other => other.label().unwrap_or("stated"),
    }
}
