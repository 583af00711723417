use leptos::prelude::*;
use leptos_use_clipboard::{use_clipboard, UseClipboardReturn};

use fact_explorer_core::authoring;

use crate::components::ExportNote;
use crate::context::Draft;
use crate::glue::download;

/// The download (only a set that loads, without the rejected items) and
/// the two embed snippets with their Copy buttons.
#[component]
pub fn Export() -> impl IntoView {
    let draft = expect_context::<Draft>();
    let problems = Memo::new(move |_| {
        draft
            .ed
            .with(|e| e.as_ref().map_or(0, |e| e.problems().len()))
    });
    let name = move || {
        let title = draft.ed.with(|e| {
            e.as_ref()
                .map(|e| e.set().article.title.clone())
                .unwrap_or_default()
        });
        let slug = authoring::slug(&title);
        format!(
            "{}.facts.json",
            if slug == "entity" {
                "article".to_string()
            } else {
                slug
            }
        )
    };
    let snippets = Memo::new(move |_| {
        let file = name();
        draft.ed.with(|e| {
            e.as_ref()
                .map(|e| authoring::embed_snippets(&e.reviewed().0, &file))
                .unwrap_or_default()
        })
    });
    // The Copy buttons (leptos-use's clipboard): "Copied." for a moment
    // after a copy; where the browser has no clipboard for the page, the
    // way to copy by hand.
    let UseClipboardReturn {
        is_supported,
        copied,
        copy: write,
        ..
    } = use_clipboard();
    let write = StoredValue::new(write);
    let asked = RwSignal::new(false);
    let copy = move |which: usize| {
        asked.set(true);
        snippets.with_untracked(|s| write.with_value(|w| w(if which == 0 { &s.0 } else { &s.1 })));
    };
    let said = move || {
        if copied.get() {
            "Copied."
        } else if asked.get() && !is_supported.get() {
            "This browser does not let the page copy: select the text and copy it."
        } else {
            ""
        }
    };
    view! {
        <div class="export">
            <p>{move || if problems.get() == 0 { "The fact set loads without problems.".to_string() } else { format!("{} problem(s) to fix first (see Problems).", problems.get()) }}</p>
            <ExportNote/>
            <button type="button" class="primary" data-testid="author-export" disabled=move || { problems.get() > 0 }
                aria-describedby="author-review-note"
                on:click=move |_| {
                    match draft.ed.with_untracked(|e| e.as_ref().map(|e| e.export())) {
                        Some(Ok(json)) => download(&name(), &json),
                        Some(Err(e)) => draft.message.set(e.to_string()),
                        None => {}
                    }
                }>{move || format!("Download {}", name())}</button>
            <h3>"Embed it"</h3>
            <p>"Put the file beside fact-explorer-embed.js, and this in the page:"</p>
            <textarea readonly rows="3" data-testid="author-snippet-src" prop:value=move || snippets.get().0></textarea>
            <button type="button" on:click=move |_| copy(0)>"Copy"</button>
            <p>"Or with the fact set inside the page:"</p>
            <textarea readonly rows="6" data-testid="author-snippet-inline" prop:value=move || snippets.get().1></textarea>
            <button type="button" on:click=move |_| copy(1)>"Copy"</button>
            <p role="status">{said}</p>
        </div>
    }
}
