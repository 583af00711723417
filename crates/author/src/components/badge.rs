use leptos::prelude::*;

use fact_explorer_core::item::ItemKind;
use fact_explorer_core::review::ReviewState;

use crate::context::Draft;

/// A row's review state, when it has one, and for a rejected item the way
/// back; a fact that names a rejected entity is marked left out.
#[component]
pub fn Badge(
    /// The item's kind.
    kind: ItemKind,
    /// The item's id.
    id: String,
    /// Its review state.
    state: ReviewState,
    /// Its name, for the Restore button's label.
    name: String,
    /// A fact that names a rejected entity (left out with it).
    #[prop(optional)]
    dropped: bool,
) -> impl IntoView {
    let draft = expect_context::<Draft>();
    let left_out = (dropped && state != ReviewState::Rejected).then(|| {
        view! { <span class="review-badge review-rejected" title="It names a rejected entity: the export leaves it out">"left out"</span> }
    });
    let badge = state.is_reviewed().then(|| {
        view! {
            <span class=format!("review-badge review-{}", state.slug())>{state.slug()}</span>
            {(state == ReviewState::Rejected).then(|| view! {
                <button type="button" class="review-restore" aria-label=format!("Restore {name}")
                    on:click=move |_| draft.act(|e| e.unreview(kind, &id))>"Restore"</button>
            })}
        }
    });
    (left_out, badge)
}
