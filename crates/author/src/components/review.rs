use leptos::ev;
use leptos::prelude::*;
use leptos_use_event_listener::use_event_listener;
use wasm_bindgen::JsCast;

use fact_explorer_core::authoring::ItemList;
use fact_explorer_core::item::{ItemKey, ItemKind};
use fact_explorer_core::review::{kind_words, Counts, ReviewState};

use crate::context::{Draft, Editing, EntityFilter, OpenTab, ReviewPanel, Selection};
use crate::glue::reveal;
use crate::keys::typing;
use crate::review_item::shown;
use crate::target::{row_selector, Tab};

/// The item the panel's Edit opened: its key, its row, the field that has
/// the focus, and the signal that keeps its form open.
#[derive(Clone, Debug, PartialEq)]
struct Pinned {
    key: ItemKey,
    row: String,
    field: String,
    open: RwSignal<Option<String>>,
}

/// The Review control and, when open, the panel that steps through the
/// drafted items one at a time, least confident first, with the item's
/// evidence selected in the article. Keys while it is open (not while
/// typing): A accepts, X rejects, E edits, S skips; none clashes with the
/// word cursor, the mention keys, `?` or undo.
#[component]
pub fn Review() -> impl IntoView {
    let draft = expect_context::<Draft>();
    let sel = expect_context::<Selection>();
    let ReviewPanel { open, skipped } = expect_context::<ReviewPanel>();
    let editing = expect_context::<Editing>();
    let counts = Memo::new(move |_| {
        draft.ed.with(|e| {
            e.as_ref()
                .map(|e| e.review().counts(e.set(), None))
                .unwrap_or_default()
        })
    });
    // The item the panel's Edit opened stays shown while it is edited (a
    // new kind does not send the panel on), until A, X, S or Esc.
    let pinned = RwSignal::new(None::<Pinned>);
    let current = Memo::new(move |_| {
        let pin = pinned.with(|p| p.as_ref().map(|p| p.key.clone()));
        skipped.with(|sk| {
            draft.ed.with(|e| {
                e.as_ref().and_then(|e| {
                    let pinned = pin.filter(|k| e.set().resolve(k).is_some());
                    let k = pinned.or_else(|| e.review().current(e.set(), sk))?;
                    shown(e, k)
                })
            })
        })
    });
    // Drafted items of the current one's kind, for "accept the remaining".
    let remaining = Memo::new(move |_| {
        let kind = current.with(|c| c.as_ref().map(|c| c.key.kind))?;
        let n = draft.ed.with(|e| {
            e.as_ref()
                .map_or(0, |e| e.review().counts(e.set(), Some(kind)).drafted)
        });
        Some((kind, n))
    });
    let accept_ref = NodeRef::<leptos::html::Button>::new();
    let toggle_ref = NodeRef::<leptos::html::Button>::new();
    let focus_accept = move || {
        if let Some(b) = accept_ref.get_untracked() {
            let _ = b.focus();
        }
    };

    // The item's evidence selected in the article (the page stays where it
    // is: on a phone the article is far above the panel).
    Effect::new(move |_| {
        let Some(span) = current.with(|c| c.as_ref().map(|c| c.span.clone())) else {
            return;
        };
        if !open.get() {
            return;
        }
        let w = window();
        let (x, y) = (w.scroll_x().unwrap_or(0.0), w.scroll_y().unwrap_or(0.0));
        sel.show(&draft.text(), span);
        w.scroll_to_with_x_and_y(x, y);
    });

    // An edit re-renders its row, or closes its form: the focus is left
    // nowhere. It goes back to the field being edited (the item's row is
    // still open), or, the form gone, to the panel for the next key.
    let revision = draft.revision();
    Effect::new(move |_| {
        let _ = revision.get();
        if !open.get_untracked() {
            return;
        }
        // After the view has caught up.
        request_animation_frame(move || {
            let lost = document()
                .active_element()
                .is_none_or(|a| a.tag_name() == "BODY");
            if !lost {
                return;
            }
            let field = pinned.with_untracked(|p| p.as_ref().map(|p| p.field.clone()));
            let again = field
                .and_then(|f| document().query_selector(&f).ok().flatten())
                .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
            match again {
                Some(el) => {
                    let _ = el.focus();
                }
                None => {
                    pinned.set(None);
                    focus_accept();
                }
            }
        });
    });

    // Opened (here or from the export's note): the focus goes to Accept.
    Effect::new(move |was: Option<bool>| {
        let now = open.get();
        if now && was == Some(false) {
            request_animation_frame(focus_accept);
        }
        now
    });

    let decide = move |state: ReviewState| {
        let Some(key) = current.with_untracked(|c| c.as_ref().map(|c| c.key.clone())) else {
            return;
        };
        pinned.set(None);
        draft.act(|e| match state {
            ReviewState::Rejected => e.reject(key.kind, &key.id),
            _ => e.accept(key.kind, &key.id),
        });
        skipped.update(|s| s.retain(|x| x != &key));
    };
    let skip = move || {
        pinned.set(None);
        if let Some(key) = current.with_untracked(|c| c.as_ref().map(|c| c.key.clone())) {
            skipped.update(|s| {
                // Everything left skipped: the loop goes round afresh.
                if s.contains(&key) {
                    s.clear();
                }
                s.push(key);
            });
        }
    };
    let tab = use_context::<OpenTab>();
    let filter = use_context::<EntityFilter>();
    let edit = move || {
        let Some(key) = current.with_untracked(|c| c.as_ref().map(|c| c.key.clone())) else {
            return;
        };
        let (list, field) = match key.kind {
            // The kind first: the commonest correction (Tab goes on to the
            // name, aliases and merge).
            ItemKind::Entity => (ItemList::Entities, "author-entity-kind"),
            ItemKind::Fact => (ItemList::Facts, "author-fact-edit-relation"),
            ItemKind::Quote => (ItemList::Quotes, "author-quote-edit-speaker"),
            ItemKind::Event => (ItemList::Events, "author-event-edit-title"),
            ItemKind::Sentence => return,
        };
        let row = editing.of(list);
        if let Some(OpenTab(t)) = tab {
            t.set(Tab::of(list));
        }
        if let (Some(EntityFilter(f)), ItemKind::Entity) = (filter, key.kind) {
            f.set(String::new());
        }
        row.set(Some(key.id.clone()));
        let row_selector = row_selector(list, &key.id);
        let field = format!("{row_selector} [data-testid={field}]");
        pinned.set(Some(Pinned {
            key,
            row: row_selector,
            field: field.clone(),
            open: row,
        }));
        request_animation_frame(move || reveal(&field));
    };
    // Esc in the row being edited: its form closes (what was saved stays)
    // and the focus is back on the panel, which goes on.
    let back = move || {
        let Some((selector, row)) =
            pinned.with_untracked(|p| p.as_ref().map(|p| (p.row.clone(), p.open)))
        else {
            return false;
        };
        // In the row, or nowhere (the row re-rendered a moment ago and the
        // focus is not back in it yet).
        let inside = document().active_element().is_none_or(|a| {
            a.tag_name() == "BODY" || a.closest(&selector).ok().flatten().is_some()
        });
        if inside {
            row.set(None);
            pinned.set(None);
            focus_accept();
        }
        inside
    };

    // The keys, while the panel is open (removed with the workspace).
    let _ = use_event_listener(window(), ev::keydown, move |e: web_sys::KeyboardEvent| {
        if open.get_untracked() && e.key() == "Escape" && back() {
            e.prevent_default();
            return;
        }
        if !open.get_untracked()
            || e.ctrl_key()
            || e.meta_key()
            || e.alt_key()
            || e.repeat()
            || e.default_prevented()
            || typing(&e)
            || current.with_untracked(Option::is_none)
        {
            return;
        }
        match e.key().to_lowercase().as_str() {
            "a" => decide(ReviewState::Accepted),
            "x" => decide(ReviewState::Rejected),
            "e" => edit(),
            "s" => skip(),
            _ => return,
        }
        e.prevent_default();
    });

    let progress = move || {
        let c = counts.get();
        let at = if current.with(Option::is_some) {
            c.reviewed() + 1
        } else {
            c.total
        };
        format!("{at} of {}", c.total)
    };
    let summary = move |c: Counts| {
        format!(
            "{} accepted, {} edited, {} rejected, {} added.",
            c.accepted, c.edited, c.rejected, c.added
        )
    };

    view! {
        <div class="review-bar">
            <button type="button" class="review-toggle" node_ref=toggle_ref
                aria-expanded=move || open.get().to_string() aria-controls="author-review"
                on:click=move |_| open.update(|o| *o = !*o)>"Review"</button>
            <span class="review-left">{move || {
                let c = counts.get();
                if c.drafted == 0 { format!("All {} items reviewed", c.total) } else { format!("{} of {} items to review", c.drafted, c.total) }
            }}</span>
        </div>
        <Show when=move || open.get()>
            <section class="review" id="author-review" data-testid="author-review" aria-labelledby="author-review-h"
                data-item=move || current.with(|c| c.as_ref().map(|c| c.key.id.clone()).unwrap_or_default())
                data-kind=move || current.with(|c| c.as_ref().map_or("", |c| c.key.kind.slug()))>
                <div class="review-head">
                    <h3 id="author-review-h">"Review"</h3>
                    <span class="review-progress">{progress}</span>
                    <progress max=move || counts.get().total value=move || counts.get().reviewed() aria-label="Items reviewed"></progress>
                </div>
                // Said once per item to a screen reader.
                <p class="visually-hidden" aria-live="polite">{move || current.with(|c| match c {
                    Some(c) => format!("{} {}: {}", c.kind_label, progress(), c.title),
                    None => "Every item is reviewed.".to_string(),
                })}</p>
                {move || match current.get() {
                    None => view! {
                        <p class="review-done">"Every item is reviewed: " {summary(counts.get())} " Export when you are ready."</p>
                    }.into_any(),
                    Some(c) => view! {
                        <p class="review-kind">
                            <span>{c.kind_label.clone()}</span>
                            {c.confidence.map(|x| view! { <span>{format!("draft’s confidence {:.0}%", x * 100.0)}</span> })}
                            <span>{c.detail.clone()}</span>
                        </p>
                        <p class="review-title">{c.title.clone()}</p>
                        {(!c.evidence.is_empty()).then(|| view! { <blockquote class="review-evidence">{c.evidence.clone()}</blockquote> })}
                    }.into_any(),
                }}
                <div class="review-actions" hidden=move || current.with(Option::is_none)>
                    <button type="button" class="primary" aria-keyshortcuts="A" node_ref=accept_ref
                        on:click=move |_| decide(ReviewState::Accepted)>"Accept"<kbd aria-hidden="true">"A"</kbd></button>
                    <button type="button" class="danger" aria-keyshortcuts="X"
                        on:click=move |_| decide(ReviewState::Rejected)>"Reject"<kbd aria-hidden="true">"X"</kbd></button>
                    <button type="button" aria-keyshortcuts="E" on:click=move |_| edit()>"Edit"<kbd aria-hidden="true">"E"</kbd></button>
                    <button type="button" aria-keyshortcuts="S" on:click=move |_| skip()>"Skip"<kbd aria-hidden="true">"S"</kbd></button>
                </div>
                <div class="review-more">
                    {move || remaining.get().filter(|(_, n)| *n > 1).map(|(kind, n)| view! {
                        <button type="button" data-testid="author-review-remaining"
                            on:click=move |_| draft.act(|e| { e.accept_remaining(kind); Ok(()) })>{format!("Accept the remaining {n} {}", kind_words(kind, n))}</button>
                    })}
                    <button type="button" on:click=move |_| {
                        pinned.set(None);
                        open.set(false);
                        if let Some(b) = toggle_ref.get_untracked() { let _ = b.focus(); }
                    }>"Close"</button>
                </div>
            </section>
        </Show>
    }
}
