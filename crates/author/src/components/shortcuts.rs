use leptos::prelude::*;

use crate::cursor::Rebound;

/// The list of keyboard shortcuts ("?" shows and hides it).
#[component]
pub fn Shortcuts() -> impl IntoView {
    view! {
        <section class="help" aria-label="Keyboard shortcuts">
            <h2>"Keyboard shortcuts"</h2>
            <dl>
                <dt>"Ctrl/⌘ + Z"</dt><dd>"Undo"</dd>
                <dt>"Ctrl/⌘ + Shift + Z, Ctrl + Y"</dt><dd>"Redo"</dd>
                <dt>"→ / ←"</dt><dd>"In the article: move the word cursor"</dd>
                <dt>"Shift + → / ←"</dt><dd>"In the article: extend the selection by a word"</dd>
                <dt>"Esc"</dt><dd>"In the article: clear the selection (the next → starts at the first word)"</dd>
                {[Rebound::GrowStart, Rebound::GrowEnd, Rebound::ShrinkStart, Rebound::ShrinkEnd].into_iter().map(|r| view! {
                    <dt>{r.key()}</dt><dd>{format!("In the article, with a mention selected: {}", r.label().to_lowercase())}</dd>
                }).collect_view()}
                <dt>"A / X / E / S"</dt><dd>"While reviewing: accept, reject, edit or skip the item shown"</dd>
                <dt>"Esc"</dt><dd>"In a row the review's Edit opened: back to the review"</dd>
                <dt>"?"</dt><dd>"Show or hide this list"</dd>
            </dl>
        </section>
    }
}
