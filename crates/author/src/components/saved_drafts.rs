use leptos::prelude::*;
use wasm_bindgen::JsValue;

use fact_explorer_core::saved_draft::Listed;

use crate::context::{Draft, Session};
use crate::drafts::open_saved;

/// When a draft was saved, in the reader's own locale.
fn saved_when(at: f64) -> String {
    if at <= 0.0 {
        return String::new();
    }
    let d = js_sys::Date::new(&JsValue::from_f64(at));
    format!(
        "saved {}",
        String::from(d.to_locale_string("default", &JsValue::UNDEFINED))
    )
}

/// The drafts saved in this browser: open one, or delete it (after a
/// second click). Rows keyed by the draft's id.
#[component]
pub fn SavedDrafts() -> impl IntoView {
    let draft = expect_context::<Draft>();
    let session = expect_context::<Session>();
    let drafts = RwSignal::new(Session::list());
    // The saved draft whose deletion waits for a second click.
    let forget = RwSignal::new(None::<String>);
    let row = move |d: Listed| {
        let Listed {
            id,
            title,
            saved_at,
        } = d;
        let title = if title.is_empty() {
            "(untitled)".to_string()
        } else {
            title
        };
        let asking = {
            let id = id.clone();
            move || forget.with(|f| f.as_deref() == Some(id.as_str()))
        };
        let open = {
            let id = id.clone();
            move |_| match Session::read(&id).map(|s| s.map(|s| open_saved(&s))) {
                Ok(Some(Ok(ed))) => session.start_editing(ed, Some(id.clone())),
                Ok(Some(Err(e))) => draft.message.set(format!(
                    "That draft could not be opened: {e}. It stays saved as it is."
                )),
                Ok(None) => draft.message.set("That draft is no longer saved.".into()),
                Err(e) => draft.message.set(e),
            }
        };
        let gone = id.clone();
        let ask = id.clone();
        view! {
            <li data-testid="author-draft" data-draft=id.clone()>
                <span class="title">{title.clone()}</span>
                <span class="when">{saved_when(saved_at)}</span>
                <button type="button" aria-label=format!("Open {title}") data-testid="author-draft-open" on:click=open>"Open"</button>
                <Show when=asking.clone() fallback=move || {
                    let ask = ask.clone();
                    view! {
                        <button type="button" class="danger" aria-label=format!("Delete {title}")
                            on:click=move |_| forget.set(Some(ask.clone()))>"Delete"</button>
                    }
                }>
                    <span role="alert" class="confirm">"Delete this draft for good? "
                        <button type="button" class="danger" on:click={
                            let gone = gone.clone();
                            move |_| {
                                forget.set(None);
                                drafts.set(Session::forget(&gone));
                            }
                        }>"Delete it"</button>
                        <button type="button" on:click=move |_| forget.set(None)>"Keep it"</button>
                    </span>
                </Show>
            </li>
        }
    };
    view! {
        <Show when=move || !drafts.with(Vec::is_empty)>
            <h2>"Saved drafts"</h2>
            <ul class="drafts">
                <For each=move || drafts.get() key=|d| d.id.clone() children=row/>
            </ul>
        </Show>
    }
}
