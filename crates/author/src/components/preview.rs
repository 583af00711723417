use leptos::ev;
use leptos::prelude::*;
use leptos_use_event_listener::use_event_listener;
use leptos_use_fn_debounce_throttle::use_debounce_fn;

use fact_explorer_core::model::FactSet;

use crate::context::Draft;
use crate::target::Tab;

/// The explorer over the draft as it will be exported, in this page's own
/// wasm: it follows the draft in place after a short pause, and only while
/// it is on screen.
#[component]
pub fn Preview(
    /// The workspace's tab (on narrow screens the preview is one).
    tab: RwSignal<Tab>,
) -> impl IntoView {
    let draft = expect_context::<Draft>();
    let host = NodeRef::<leptos::html::Div>::new();
    // The fact set the preview shows: none until it is first on screen, then
    // the draft as it was at the last pause. The explorer (this page's own
    // wasm, the explorer's components) follows it in place.
    let shown = RwSignal::new(None::<FactSet>);
    let revision = draft.revision();
    let shown_revision = StoredValue::new(None::<u64>);
    let update = move || {
        // (Also after the preview is gone: a frame asked for before.)
        let Some(host) = host.try_get_untracked().flatten() else {
            return;
        };
        let visible = host.offset_parent().is_some();
        let now = revision.get_untracked();
        if !visible || shown_revision.get_value() == now {
            return;
        }
        // What the export will hold: the rejected items left out.
        let Some(set) = draft
            .ed
            .with_untracked(|e| e.as_ref().map(|e| e.reviewed().0))
        else {
            return;
        };
        shown.set(Some(set));
        shown_revision.set_value(now);
    };
    // After a pause in the edits (a newer edit restarts the wait); the wait
    // is cancelled with the preview.
    let after_pause = use_debounce_fn(update, 400.0);
    Effect::new(move |_| {
        revision.track();
        after_pause();
    });
    // Shown again (the tab on narrow screens, a wider window): catch up.
    Effect::new(move |_| {
        if tab.get() == Tab::Preview {
            request_animation_frame(update);
        }
    });
    // Removed with the preview (each new draft makes a new one).
    let _ = use_event_listener(window(), ev::resize, move |_| update());
    let started = Memo::new(move |_| shown.with(Option::is_some));
    view! {
        <div class="preview" node_ref=host>
            {move || match started.get().then(|| shown.get_untracked()).flatten() {
                Some(first) => {
                    let facts = Signal::derive(move || shown.get().unwrap_or_else(|| first.clone()));
                    view! {
                        <div data-testid="author-preview">
                            <fact_explorer_view::component::Explorer facts/>
                        </div>
                    }
                    .into_any()
                }
                None => view! { <p class="hint">"The explorer will show the draft here."</p> }.into_any(),
            }}
        </div>
    }
}
