use leptos::prelude::*;

use fact_explorer_core::authoring::{EventFields, ItemList};
use fact_explorer_core::item::ItemKind;
use fact_explorer_core::model::{Day, Status};

use crate::components::{ChoiceSelect, EntitySelect, EventRow};
use crate::context::{Draft, Edits, Selection};
use crate::forms::{is_party, is_place, read_date};

/// The itinerary: the form that adds an event (what happens, the day or
/// the date, who and where, the selected words as evidence) and the
/// events, one row per event keyed by its id.
#[component]
pub fn Events() -> impl IntoView {
    let draft = expect_context::<Draft>();
    let Selection(sel) = expect_context::<Selection>();
    let title = RwSignal::new(String::new());
    let day = RwSignal::new(Day::During);
    let date = RwSignal::new(String::new());
    let who = RwSignal::new(String::new());
    let place = RwSignal::new(String::new());
    let status = RwSignal::new(Status::Planned);
    let edits = expect_context::<Edits>();
    let ids = edits.ids(draft, ItemKind::Event);
    let add = move || {
        let Some(ev) = sel.get_untracked() else {
            draft.message.set(
                "Select the words that describe the event (its evidence) in the article first."
                    .into(),
            );
            return;
        };
        let d = match read_date(&date.get_untracked()) {
            Ok(d) => d,
            Err(m) => return draft.message.set(m),
        };
        let w = who.get_untracked();
        let p = place.get_untracked();
        let fields = EventFields {
            title: title.get_untracked(),
            day: day.get_untracked(),
            date: d,
            who: if w.is_empty() { vec![] } else { vec![w] },
            place: (!p.is_empty()).then_some(p),
            status: status.get_untracked(),
        };
        if draft.act_new(ItemList::Events, |e| e.add_event(fields, ev)) {
            title.set(String::new());
        }
    };
    view! {
        <form class="fact-form" on:submit=move |e| { e.prevent_default(); add(); }>
            <p class="hint">"An itinerary item: what happens, the day (or the date), who and where. Select its words in the article first."</p>
            <label>"What happens " <input type="text" data-testid="author-event-title" placeholder="Speech at the UN" prop:value=move || title.get() on:input=move |e| title.set(event_target_value(&e))/></label>
            <label>"Day " <ChoiceSelect value=day testid="author-event-day"/></label>
            <label>"Date " <input type="date" data-testid="author-event-date" prop:value=move || date.get() on:input=move |e| date.set(event_target_value(&e))/></label>
            <label>"Who " <EntitySelect value=who keep=is_party/></label>
            <label>"Where " <EntitySelect value=place keep=is_place/></label>
            <label>"Status " <ChoiceSelect value=status/></label>
            <button type="submit" class="primary" data-testid="author-add-event">"Add event with the selected evidence"</button>
        </form>
        <ul class="facts">
            <For each=move || ids.get() key=|id| id.clone() let:id>
                <EventRow id/>
            </For>
        </ul>
    }
}
