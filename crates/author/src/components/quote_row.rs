use leptos::prelude::*;

use fact_explorer_core::authoring::Editor;
use fact_explorer_core::item::ItemKind;
use fact_explorer_core::review::ReviewState;

use crate::components::{Badge, EditButton, FormButtons};
use crate::context::{Draft, Editing, RowBase};
use crate::forms::is_speaker;

/// One quote as its row shows it.
#[derive(Clone, Debug, PartialEq)]
struct Row {
    /// The speaker's id (empty when unattributed).
    speaker: String,
    who: String,
    words: String,
    state: ReviewState,
}

fn row(e: &Editor, id: &str) -> Option<Row> {
    let s = e.set();
    let q = s.quotes.iter().find(|q| q.id == id)?;
    Some(Row {
        speaker: q.speaker.clone().unwrap_or_default(),
        who: q
            .speaker
            .as_ref()
            .and_then(|w| s.entity(w))
            .map_or("(unattributed)".to_string(), |x| x.name.clone()),
        words: q.words.text.clone(),
        state: e.review().state(ItemKind::Quote, id),
    })
}

/// One quote: who, the words; Edit changes its speaker. Redrawn only when
/// its own quote changes.
#[component]
pub fn QuoteRow(
    /// The quote's id (the row's key).
    id: String,
) -> impl IntoView {
    let draft = expect_context::<Draft>();
    // The quote open for correction (the review's Edit opens it too).
    let editing = expect_context::<Editing>().quote;
    let RowBase { key, data, is_open } = RowBase::new(id, editing, row);
    move || {
        data.get().map(|Row { speaker, who, words, state }| {
        let id = key.get_value();
        let label = format!("{who}: {words}");
        let panel = format!("author-quote-edit-{id}");
        let speaker_attr = speaker.clone();
        view! {
            <li data-testid="author-quote" data-quote=id.clone() data-entity=speaker_attr data-review=state.slug() tabindex="-1">
                <span class="who">{who.clone()}<Badge kind=ItemKind::Quote id=id.clone() state name=label.clone()/></span>
                <q>{words.clone()}</q>
                <div class="row buttons">
                    <EditButton testid="author-quote-edit" label=format!("Edit the quote {label}") panel=panel.clone() open=editing key/>
                    <button type="button" class="danger" aria-label=format!("Delete the quote {label}") on:click=move |_| draft.act(|e| e.delete_quote(&key.get_value()))>"Delete"</button>
                </div>
                {move || is_open.get().then(|| {
                    let who = RwSignal::new(speaker.clone());
                    view! {
                        <form class="fact-edit" id=panel.clone() on:submit=move |e| {
                            e.prevent_default();
                            let w = who.get_untracked();
                            if draft.attempt(|ed| ed.set_speaker(&key.get_value(), (!w.is_empty()).then_some(w))).is_some() { editing.set(None); }
                        }>
                            <label>"Speaker " <select data-testid="author-quote-edit-speaker" on:change=move |e| who.set(event_target_value(&e))>
                                <option value="">"Nobody named"</option>
                                {move || draft.choices.get().into_iter().filter(|c| is_speaker(c.kind)).map(|c| { let sel = who.get_untracked() == c.id; view! { <option value=c.id selected=sel>{c.name}</option> } }).collect_view()}
                            </select></label>
                            <FormButtons save="author-quote-save" open=editing/>
                        </form>
                    }
                })}
            </li>
        }
    })
    }
}
