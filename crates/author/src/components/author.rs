use leptos::ev;
use leptos::prelude::*;
use leptos_use_event_listener::use_event_listener;

use fact_explorer_core::authoring::Editor;
use fact_explorer_core::saved_draft::SavedDraft;

use crate::components::{Conflict, Shortcuts, Start, Workspace};
use crate::context::{Draft, Phase, Picks, Selection, Session};
use crate::drafts::{draft_key, open_saved};
use crate::glue::{start_worker, tab_id};
use crate::keys::typing;

/// The page's root: the header (new draft, undo and redo, shortcuts, the
/// saved line), then the start, the drafting line or the workspace. It
/// brings back the draft this browser was working on, saves on every
/// change, and watches other tabs' saves of the same draft.
#[component]
pub fn Author(
    /// The page's `#author` element (its `data-state` follows the phase).
    root: web_sys::HtmlElement,
) -> impl IntoView {
    let draft = Draft::default();
    let sel = Selection(RwSignal::new(None));
    let session = Session::new(draft, sel, tab_id());
    provide_context(draft);
    provide_context(sel);
    provide_context(Picks::default());
    provide_context(session);

    // The root's state for tests and styles.
    Effect::new(move |_| {
        let _ = root.set_attribute("data-state", session.phase.get().slug());
    });

    // Bring back the draft this browser was working on.
    let current = session.current.get_untracked();
    if !current.is_empty() {
        match Session::read(&current) {
            Ok(Some(saved)) => match open_saved(&saved) {
                Ok(ed) => {
                    session.draft_id.set(saved.id.clone());
                    draft.ed.set(Some(ed));
                    session.phase.set(Phase::Ready);
                    session.save_note.set("Your saved draft is back.".into());
                }
                Err(e) => draft.message.set(format!(
                    "The saved draft could not be opened: {e}. It stays in this browser’s storage as it is."
                )),
            },
            // Deleted since: start afresh.
            Ok(None) => session.current.forget(),
            Err(e) => draft.message.set(e),
        }
    }

    // Save on every change.
    let revision = draft.revision();
    Effect::new(move |prev: Option<Option<u64>>| {
        let now = revision.get();
        if prev.is_some() && now.is_some() {
            session.save_now();
        }
        now
    });

    // Another tab saving the same draft: say so, and stop overwriting it.
    // This listener and the keys' below are removed with the page's root.
    let _ = use_event_listener(window(), ev::storage, move |e: web_sys::StorageEvent| {
        let id = session.draft_id.get_untracked();
        if id.is_empty() || e.key().as_deref() != Some(draft_key(&id).as_str()) {
            return;
        }
        let value = e.new_value().unwrap_or_default();
        if let Ok(saved) = SavedDraft::read(&value) {
            if saved.tab != session.tab.get_value() {
                session.conflict.set(true);
            }
        }
    });

    // Undo and redo from anywhere on the page; "?" shows the shortcuts.
    let help = RwSignal::new(false);
    let _ = use_event_listener(window(), ev::keydown, move |e: web_sys::KeyboardEvent| {
        let typing = typing(&e);
        let key = e.key().to_lowercase();
        if (e.ctrl_key() || e.meta_key()) && key == "z" && !typing {
            e.prevent_default();
            draft.undo(e.shift_key());
        } else if (e.ctrl_key() || e.meta_key()) && key == "y" && !typing {
            e.prevent_default();
            draft.undo(true);
        } else if e.key() == "?" && !typing {
            help.update(|h| *h = !*h);
        } else if e.key() == "Escape" {
            help.set(false);
        }
    });

    // The worker starts (and fetches the weights) once the page is up.
    start_worker();

    view! {
        <header class="top">
            <h1>"Make a fact set for your article"</h1>
            <p class="lede">"Paste an article, get a draft, correct it, preview it, export it. Everything stays in this browser."</p>
            <nav class="top-actions" aria-label="Draft">
                <a href="index.html">"Back to the explorer"</a>
                // Another article without reloading: this draft stays saved
                // (and listed) as it is.
                <Show when=move || session.phase.get() == Phase::Ready>
                    <button type="button" data-testid="author-new" on:click=move |_| session.new_draft()>"New draft"</button>
                </Show>
                <button type="button" data-testid="author-undo"
                    disabled=move || !draft.ed.with(|e| e.as_ref().is_some_and(Editor::can_undo))
                    on:click=move |_| draft.undo(false)>"Undo"</button>
                <button type="button" data-testid="author-redo"
                    disabled=move || !draft.ed.with(|e| e.as_ref().is_some_and(Editor::can_redo))
                    on:click=move |_| draft.undo(true)>"Redo"</button>
                <button type="button" aria-expanded=move || help.get().to_string()
                    on:click=move |_| help.update(|h| *h = !*h)>"Shortcuts (?)"</button>
                <span class="saved" data-testid="author-saved" role="status"
                    data-state=move || session.save.get().slug()>
                    {move || session.save_note.get()}
                </span>
            </nav>
        </header>
        <Show when=move || help.get()>
            <Shortcuts/>
        </Show>
        <Show when=move || session.conflict.get()>
            <Conflict/>
        </Show>
        <p class="message" role="alert">{move || draft.message.get()}</p>
        {move || match session.phase.get() {
            Phase::Empty => view! { <Start/> }.into_any(),
            Phase::Drafting => view! {
                <p class="drafting" role="status">
                    <span class="spinner" aria-hidden="true"></span>
                    {move || format!("Drafting {} words… The engine runs in the background; the page stays usable.", session.drafting_words.get())}
                </p>
            }.into_any(),
            Phase::Ready => view! { <Workspace/> }.into_any(),
        }}
    }
}
