//! Small pieces several views share: a status badge, the marks (relayed,
//! inferred, planned, partial) and the quoted evidence of an item with its
//! exact words marked.

use leptos::prelude::*;

use crate::app::use_data;
use crate::article::evidence_context;
use crate::model::{Mark, Span, Status};

/// " planned", " not ruled out"…: nothing for plain statements.
#[component]
pub fn StatusBadge(
    /// The item's status.
    status: Status,
) -> impl IntoView {
    status.label().map(|l| {
        view! { " " <span class=format!("fx-badge fx-badge--{}", status.slug())>{l}</span> }
    })
}

/// One badge per mark, each saying in words how the item reaches the
/// article (`data-testid="mark"`, `data-mark` = relayed, inferred, planned
/// or partial); nothing when there are none.
#[component]
pub fn MarkBadges(
    /// The item's marks.
    marks: Vec<Mark>,
) -> impl IntoView {
    marks
        .into_iter()
        .map(|m| {
            view! {
                " "
                <span
                    class=format!("fx-badge fx-badge--mark fx-badge--{}", m.slug())
                    data-testid="mark"
                    data-mark=m.slug()
                    title=m.explanation()
                >
                    {m.label()}
                    <span class="fx-sr">{format!(" ({})", m.explanation())}</span>
                </span>
            }
        })
        .collect_view()
}

/// The sentence(s) around each evidence span, with the span's words marked.
#[component]
pub fn Evidence(
    /// The evidence spans of an item.
    spans: Vec<Span>,
) -> impl IntoView {
    let set = use_data().set();
    view! {
        <blockquote class="fx-fact__evidence">
            {spans
                .iter()
                .map(|span| {
                    view! {
                        <p>
                            {evidence_context(&set, span)
                                .into_iter()
                                .map(|(r, marked)| {
                                    let piece = set.article.text[r].to_string();
                                    if marked {
                                        view! { <mark class="fx-fact__words">{piece}</mark> }.into_any()
                                    } else {
                                        view! { <span>{piece}</span> }.into_any()
                                    }
                                })
                                .collect_view()}
                        </p>
                    }
                })
                .collect_view()}
        </blockquote>
    }
}
