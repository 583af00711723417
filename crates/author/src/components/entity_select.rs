use leptos::prelude::*;

use fact_explorer_core::model::EntityKind;

use crate::context::Draft;

/// "—" or one of the entities of the kinds `keep` accepts.
#[component]
pub fn EntitySelect(
    /// The chosen entity's id (empty for none).
    value: RwSignal<String>,
    /// Which kinds are offered ([`crate::forms`]).
    keep: fn(EntityKind) -> bool,
) -> impl IntoView {
    let draft = expect_context::<Draft>();
    view! {
        <select on:change=move |e| value.set(event_target_value(&e))>
            <option value="">"—"</option>
            {move || draft.choices.get().into_iter().filter(|c| keep(c.kind)).map(|c| {
                let sel = value.get_untracked() == c.id;
                view! { <option value=c.id selected=sel>{c.name}</option> }
            }).collect_view()}
        </select>
    }
}
