use leptos::prelude::*;

use fact_explorer_core::authoring::ItemList;
use fact_explorer_core::item::ItemKind;

use crate::components::QuoteRow;
use crate::context::{Draft, Edits, Selection};
use crate::forms::is_speaker;

/// The form that adds the selected words as a quote, and the quotes, one
/// row per quote keyed by its id.
#[component]
pub fn Quotes() -> impl IntoView {
    let draft = expect_context::<Draft>();
    let Selection(sel) = expect_context::<Selection>();
    let speaker = RwSignal::new(String::new());
    let edits = expect_context::<Edits>();
    let ids = edits.ids(draft, ItemKind::Quote);
    view! {
        <form class="quote-form" on:submit=move |e| {
            e.prevent_default();
            let Some(r) = sel.get_untracked() else { draft.message.set("Select the quoted words in the article first.".into()); return; };
            let who = speaker.get_untracked();
            draft.act_new(ItemList::Quotes, |ed| ed.add_quote((!who.is_empty()).then_some(who), r));
        }>
            <label>"Speaker " <select data-testid="author-quote-speaker" on:change=move |e| speaker.set(event_target_value(&e))>
                <option value="">"Nobody named"</option>
                {move || draft.choices.get().into_iter().filter(|c| is_speaker(c.kind)).map(|c| view! { <option value=c.id>{c.name}</option> }).collect_view()}
            </select></label>
            <button type="submit" class="primary" data-testid="author-add-quote">"Add the selected words as a quote"</button>
        </form>
        <ul class="quotes">
            <For each=move || ids.get() key=|id| id.clone() let:id>
                <QuoteRow id/>
            </For>
        </ul>
    }
}
