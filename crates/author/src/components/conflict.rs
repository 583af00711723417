use leptos::prelude::*;

use crate::context::{Draft, Session};
use crate::drafts::open_saved;

/// Another tab changed this draft: saving here is paused until the person
/// loads that version or keeps this one.
#[component]
pub fn Conflict() -> impl IntoView {
    let draft = expect_context::<Draft>();
    let session = expect_context::<Session>();
    view! {
        <p class="conflict" role="alert" data-testid="author-conflict">
            "This draft was changed in another tab. Saving here is paused so neither overwrites the other. "
            <button type="button" on:click=move |_| {
                if let Ok(Some(saved)) = Session::read(&session.draft_id.get_untracked()) {
                    if let Ok(ed) = open_saved(&saved) {
                        draft.ed.set(Some(ed));
                    }
                }
                session.conflict.set(false);
            }>"Load the other tab’s version"</button>
            " "
            <button type="button" on:click=move |_| { session.conflict.set(false); session.save_now(); }>"Keep this one (overwrite)"</button>
        </p>
    }
}
