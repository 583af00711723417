use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use fact_explorer_core::authoring::Editor;
use fact_explorer_core::load;

use crate::components::SavedDrafts;
use crate::context::{Draft, Phase, Session};
use crate::drafts::title_of_file;
use crate::glue::{draft_in_worker, read_file};

/// The bundled article's title (its fact-set file has no text).
fn bundled_title() -> String {
    load::load_bundled()
        .map(|s| s.article.title)
        .unwrap_or_default()
}

/// Paste, open a file, or reopen a saved draft.
#[component]
pub fn Start() -> impl IntoView {
    let draft = expect_context::<Draft>();
    let session = expect_context::<Session>();
    // The pasted text, kept in storage until it is drafted.
    let text = session.paste;
    let title = RwSignal::new(String::new());
    let byline = RwSignal::new(String::new());
    let date = RwSignal::new(String::new());
    let file_ref = NodeRef::<leptos::html::Input>::new();

    let go = move || {
        let t = text.get_untracked();
        if t.trim().is_empty() {
            draft.message.set("Paste or open an article first.".into());
            return;
        }
        session.drafting_words.set(t.split_whitespace().count());
        session.phase.set(Phase::Drafting);
        let done = Closure::once_into_js(move |json: String, error: String| {
            if !error.is_empty() {
                session.phase.set(Phase::Empty);
                draft.message.set(format!("The draft failed: {error}"));
                return;
            }
            match load::parse(&json) {
                Ok(set) => {
                    text.forget();
                    session.start_editing(Editor::new(set), None);
                }
                Err(e) => {
                    session.phase.set(Phase::Empty);
                    draft
                        .message
                        .set(format!("The draft could not be read: {e}"));
                }
            }
        });
        draft_in_worker(
            &t,
            &title.get_untracked(),
            &byline.get_untracked(),
            &date.get_untracked(),
            done,
        );
    };

    let open_file = move |_| {
        let Some(input) = file_ref.get() else { return };
        let done = Closure::once_into_js(move |name: String, body: String, error: String| {
            if !error.is_empty() {
                draft.message.set(error);
                return;
            }
            if name.ends_with(".json") {
                match load::parse(&body) {
                    Ok(mut set) => {
                        // A fact set without its text: the bundled article's
                        // file keeps its text apart (data/article.txt).
                        if set.article.text.is_empty() && set.article.title == bundled_title() {
                            set.article.text = load::BUNDLED_TEXT.to_string();
                        }
                        if set.article.text.is_empty() {
                            draft.message.set(format!("{name} holds no article text, so its spans point at nothing here. Open a fact set that includes its text."));
                        } else {
                            session.start_editing(Editor::new(set), None);
                        }
                    }
                    Err(e) => draft.message.set(format!("{name} is not a fact set: {e}")),
                }
            } else {
                text.set(body);
                if title.get_untracked().is_empty() {
                    title.set(title_of_file(&name));
                }
            }
        });
        read_file(&input, done);
    };

    view! {
        <section class="start" aria-labelledby="start-h">
            <h2 id="start-h">"1. Your article"</h2>
            <div class="meta">
                <label>"Title" <input type="text" prop:value=move || title.get() on:input=move |e| title.set(event_target_value(&e))/></label>
                <label>"Byline" <input type="text" prop:value=move || byline.get() on:input=move |e| byline.set(event_target_value(&e))/></label>
                <label>"Date" <input type="date" prop:value=move || date.get() on:input=move |e| date.set(event_target_value(&e))/></label>
            </div>
            <label class="paste">"Article text"
                <textarea data-testid="author-text" rows="14"
                    placeholder="Paste the article’s text here."
                    prop:value=move || text.get()
                    on:input=move |e| {
                        text.set(event_target_value(&e));
                    }></textarea>
            </label>
            <p class="words">{move || format!("{} words", text.with(|t| t.split_whitespace().count()))}</p>
            <div class="start-actions">
                <button type="button" class="primary" data-testid="author-start" on:click=move |_| go()>"Draft the fact set"</button>
                <label class="file">"Or open a file (.txt, .md, .html, .facts.json) "
                    <input type="file" data-testid="author-open" accept=".txt,.md,.html,.htm,.json" node_ref=file_ref on:change=open_file/>
                </label>
            </div>
            <SavedDrafts/>
        </section>
    }
}
