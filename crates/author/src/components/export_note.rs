use leptos::prelude::*;

use crate::context::{Draft, ReviewPanel};

/// Before the download: how many items are not reviewed yet, and what the
/// file leaves out.
#[component]
pub fn ExportNote() -> impl IntoView {
    let draft = expect_context::<Draft>();
    let ReviewPanel { open, .. } = expect_context::<ReviewPanel>();
    let figures = Memo::new(move |_| {
        draft.ed.with(|e| {
            e.as_ref()
                .map(|e| (e.review().counts(e.set(), None), e.reviewed().1))
                .unwrap_or_default()
        })
    });
    let items = |n: usize| if n == 1 { "item" } else { "items" };
    view! {
        <p class="review-note" id="author-review-note" data-testid="author-unreviewed"
            data-count=move || figures.get().0.drafted.to_string()>
            {move || {
                let (c, left) = figures.get();
                let mut out = if c.drafted == 0 {
                    "Every item is reviewed.".to_string()
                } else {
                    format!("{} {} not reviewed yet: they are exported as drafted.", c.drafted, items(c.drafted))
                };
                if left.rejected > 0 {
                    out.push_str(&format!(" {} rejected {} {} left out of the file", left.rejected, items(left.rejected), if left.rejected == 1 { "is" } else { "are" }));
                    if left.dangling_facts > 0 {
                        out.push_str(&format!(", with {} fact{} naming a rejected entity", left.dangling_facts, if left.dangling_facts == 1 { "" } else { "s" }));
                    }
                    out.push('.');
                }
                out
            }}
            {move || (figures.get().0.drafted > 0).then(|| view! {
                " " <button type="button" on:click=move |_| open.set(true)>"Review them"</button>
            })}
        </p>
    }
}
