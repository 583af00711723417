//! Small pieces several views share: a fact's status badge and the quoted
//! evidence of a fact with its exact words marked.

use leptos::prelude::*;

use crate::app::use_state;
use crate::article::evidence_context;
use crate::model::{Span, Status};

/// " planned", " not ruled out"…: nothing for plain statements.
#[component]
pub fn StatusBadge(
    /// The fact's status.
    status: Status,
) -> impl IntoView {
    status.label().map(|l| {
        view! { " " <span class=format!("fx-badge fx-badge--{}", status.slug())>{l}</span> }
    })
}

/// The sentence(s) around each evidence span, with the span's words marked.
#[component]
pub fn Evidence(
    /// The evidence spans of a fact.
    spans: Vec<Span>,
) -> impl IntoView {
    let set = use_state().set;
    view! {
        <blockquote class="fx-fact__evidence">
            {spans
                .iter()
                .map(|span| {
                    view! {
                        <p>
                            {evidence_context(set, span)
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
