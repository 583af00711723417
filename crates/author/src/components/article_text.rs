use leptos::prelude::*;
use wasm_bindgen::JsCast;

use fact_explorer_core::authoring;

use crate::context::{Draft, Picks, Selection};
use crate::cursor::{utf16_of, words, Cursor, Move, Rebound};
use crate::glue::{select_offsets, selection_offsets};
use crate::pieces::{mention_at, pieces, Piece};

/// One piece of the article: text, or a mention (a double-click picks its
/// entity for a fact) with the pieces inside it.
fn piece_view(text: &str, p: Piece, picks: Picks) -> AnyView {
    match p {
        Piece::Text(r) => view! { <span>{text[r].to_string()}</span> }.into_any(),
        Piece::Mention {
            id,
            kind,
            name,
            children,
            ..
        } => {
            let inner = children
                .into_iter()
                .map(|c| piece_view(text, c, picks))
                .collect_view();
            let pick = id.clone();
            view! {
                <mark data-testid="author-mention" data-entity=id class=format!("kind-{}", kind.slug()) title=name
                    on:dblclick=move |e| { e.stop_propagation(); picks.pick(pick.clone()) }>{inner}</mark>
            }
            .into_any()
        }
    }
}

/// The article with every mention highlighted (nested ones inside the
/// outer); selecting words (mouse or keyboard) sets the selection the bar
/// and the forms use. With a mention selected, `[` and `]` take in the
/// word before or after it, `{` and `}` let go of its first or last word.
#[component]
pub fn ArticleText() -> impl IntoView {
    let draft = expect_context::<Draft>();
    let Selection(sel) = expect_context::<Selection>();
    let picks = expect_context::<Picks>();
    let div = NodeRef::<leptos::html::Div>::new();
    let shown = Memo::new(move |_| {
        draft
            .ed
            .with(|e| e.as_ref().map(|e| pieces(e.set())).unwrap_or_default())
    });
    let word_list = Memo::new(move |_| draft.article.with(|t| words(t)));
    // The keyboard cursor: anchor and focus word indices.
    let cursor = RwSignal::new(Cursor::default());

    let select = move |r: std::ops::Range<usize>| {
        let text = draft.text();
        if let Some(el) = div.get_untracked() {
            select_offsets(&el, utf16_of(&text, r.start), utf16_of(&text, r.end));
        }
        sel.set(Some(r));
    };
    let read_selection = move || {
        let Some(el) = div.get_untracked() else {
            return;
        };
        let el: &web_sys::HtmlElement = &el;
        let offsets = selection_offsets(el);
        let Some(arr) = offsets.dyn_ref::<js_sys::Array>() else {
            return;
        };
        let (a, b) = (
            arr.get(0).as_f64().unwrap_or(0.0) as usize,
            arr.get(1).as_f64().unwrap_or(0.0) as usize,
        );
        if a == b {
            return;
        }
        let text = draft.text();
        if let Ok(r) = authoring::selection(&text, a..b) {
            sel.set(Some(r));
        }
    };
    // `[` `]` `{` `}`: the selected mention a word longer or shorter, in
    // one edit; the selection follows it, so the keys repeat.
    let rebound = move |how: Rebound| {
        let Some(r) = sel.get_untracked() else {
            draft
                .message
                .set("Select a mention first (click it, or move the word cursor onto it).".into());
            return;
        };
        let Some((id, m)) = draft
            .ed
            .with_untracked(|e| e.as_ref().and_then(|e| mention_at(e.set(), &r)))
        else {
            draft.message.set("No mention is selected.".into());
            return;
        };
        let Some(to) = word_list.with_untracked(|w| how.apply(w, &m)) else {
            draft.message.set(format!(
                "{}: there is no word to take in or let go of there.",
                how.label()
            ));
            return;
        };
        if draft
            .attempt(|e| e.rebound_mention(&id, m.start, to.clone()))
            .is_some()
        {
            if let Some(c) = word_list.with_untracked(|w| Cursor::over(w, &to)) {
                cursor.set(c);
            }
            select(to);
        }
    };
    let on_key = move |e: web_sys::KeyboardEvent| {
        let key = e.key();
        if key == "Escape" {
            sel.set(None);
            return;
        }
        if !(e.ctrl_key() || e.meta_key() || e.alt_key()) {
            if let Some(how) = Rebound::of_key(&key) {
                e.prevent_default();
                rebound(how);
                return;
            }
        }
        let step = match key.as_str() {
            "ArrowRight" => Move::Next,
            "ArrowLeft" => Move::Back,
            // Other keys move the browser's caret (a screen reader's too).
            _ => return,
        };
        e.prevent_default();
        let moved = word_list.with_untracked(|w| {
            cursor
                .get_untracked()
                .step(w, sel.get_untracked(), step, e.shift_key())
        });
        if let Some((c, r)) = moved {
            cursor.set(c);
            select(r);
        }
    };
    view! {
        <div class="article-text" data-testid="author-article" tabindex="0" node_ref=div
            aria-label="The article. Select words with the mouse, or with Shift and the arrow keys."
            aria-keyshortcuts="[ ] { }"
            on:mouseup=move |_| read_selection()
            on:keyup=move |e: web_sys::KeyboardEvent| {
                let k = e.key();
                if k != "ArrowRight" && k != "ArrowLeft" && Rebound::of_key(&k).is_none() { read_selection() }
            }
            on:keydown=on_key>
            <For each=move || shown.get() key=|p| p.clone() let:p>
                {draft.article.with_untracked(|t| piece_view(t, p, picks))}
            </For>
        </div>
    }
}
