use std::ops::Range;

use leptos::prelude::*;

use fact_explorer_core::authoring::{Editor, EventFields};
use fact_explorer_core::item::ItemKind;
use fact_explorer_core::model::{Day, Status};
use fact_explorer_core::review::ReviewState;

use crate::components::{Badge, ChoiceSelect, EditButton, EntitySelect, FormButtons};
use crate::context::{Draft, Editing, RowBase, Selection};
use crate::forms::{date_text, is_party, is_place, read_date};

/// One event as its row shows it.
#[derive(Clone, Debug, PartialEq)]
struct Row {
    review: ReviewState,
    title: String,
    day: Day,
    /// yyyy-mm-dd, or empty.
    date: String,
    who: Vec<String>,
    place: String,
    status: Status,
    evidence: String,
    span: Range<usize>,
}

fn row(e: &Editor, id: &str) -> Option<Row> {
    let ev = e.set().events.iter().find(|ev| ev.id == id)?;
    let first = ev.evidence.first();
    Some(Row {
        review: e.review().state(ItemKind::Event, id),
        title: ev.title.clone(),
        day: ev.day,
        date: date_text(ev.date),
        who: ev.who.clone(),
        place: ev.place.clone().unwrap_or_default(),
        status: ev.status,
        evidence: first.map(|x| x.text.clone()).unwrap_or_default(),
        span: first.map_or(0..0, |x| x.start..x.end),
    })
}

/// One itinerary event: day, title, status, evidence; Show selects the
/// evidence; Edit corrects it in place. Redrawn only when its own event
/// changes.
#[component]
pub fn EventRow(
    /// The event's id (the row's key).
    id: String,
) -> impl IntoView {
    let draft = expect_context::<Draft>();
    let sel = expect_context::<Selection>();
    // The event open for correction (the review's Edit opens it too).
    let editing = expect_context::<Editing>().event;
    let RowBase { key, data, is_open } = RowBase::new(id, editing, row);
    move || {
        data.get().map(|Row { review: state, title: t, day: d, date: dt, who: w, place: p, status: st, evidence, span }| {
        let id = key.get_value();
        let label = if dt.is_empty() { format!("{}: {t}", d.label()) } else { format!("{} {dt}: {t}", d.label()) };
        let panel = format!("author-event-edit-{id}");
        view! {
            <li data-testid="author-event" data-event=id.clone() data-review=state.slug() tabindex="-1">
                <span class="what">{label.clone()}<Badge kind=ItemKind::Event id=id.clone() state name=label.clone()/></span>
                <span class=format!("status status-{}", st.slug())>{st.slug().replace('_', " ")}</span>
                <q>{evidence}</q>
                <div class="row buttons">
                    <button type="button" aria-label=format!("Show the evidence of {label} in the article")
                        on:click=move |_| sel.show(&draft.text(), span.clone())>"Show"</button>
                    <EditButton testid="author-event-edit" label=format!("Edit {label}") panel=panel.clone() open=editing key/>
                    <button type="button" class="danger" aria-label=format!("Delete {label}") on:click=move |_| draft.act(|e| e.delete_event(&key.get_value()))>"Delete"</button>
                </div>
                {move || is_open.get().then(|| {
                    let (et, ed, edt, ew, ep, es) = (RwSignal::new(t.clone()), RwSignal::new(d), RwSignal::new(dt.clone()), RwSignal::new(w.clone()), RwSignal::new(p.clone()), RwSignal::new(st));
                    let save = move || {
                        let dd = match read_date(&edt.get_untracked()) {
                            Ok(x) => x,
                            Err(m) => return draft.message.set(m),
                        };
                        let pl = ep.get_untracked();
                        let fields = EventFields {
                            title: et.get_untracked(),
                            day: ed.get_untracked(),
                            date: dd,
                            who: ew.get_untracked(),
                            place: (!pl.is_empty()).then_some(pl),
                            status: es.get_untracked(),
                        };
                        if draft.attempt(|e| e.set_event(&key.get_value(), fields)).is_some() { editing.set(None); }
                    };
                    view! {
                        <form class="fact-edit" id=panel.clone() on:submit=move |e| { e.prevent_default(); save(); }>
                            <label>"What happens " <input type="text" data-testid="author-event-edit-title" prop:value=move || et.get() on:input=move |e| et.set(event_target_value(&e))/></label>
                            <label>"Day " <ChoiceSelect value=ed/></label>
                            <label>"Date " <input type="date" data-testid="author-event-edit-date" prop:value=move || edt.get() on:input=move |e| edt.set(event_target_value(&e))/></label>
                            <label>"Who (one or more) " <select multiple size="4" data-testid="author-event-edit-who" on:change=move |e| {
                                let el: web_sys::HtmlSelectElement = event_target(&e);
                                let opts = el.selected_options();
                                ew.set((0..opts.length()).filter_map(|i| opts.item(i)).filter_map(|o| o.get_attribute("value")).collect());
                            }>
                                {move || draft.choices.get().into_iter().filter(|c| is_party(c.kind)).map(|c| { let sel = ew.with_untracked(|w| w.contains(&c.id)); view! { <option value=c.id selected=sel>{c.name}</option> } }).collect_view()}
                            </select></label>
                            <label>"Where " <EntitySelect value=ep keep=is_place/></label>
                            <label>"Status " <ChoiceSelect value=es/></label>
                            <FormButtons save="author-event-save" open=editing/>
                        </form>
                    }
                })}
            </li>
        }
    })
    }
}
