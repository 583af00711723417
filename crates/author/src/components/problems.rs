use leptos::prelude::*;

use crate::context::{Draft, EntityFilter, OpenTab};
use crate::glue::reveal;
use crate::target::{problem_target, Tab};

/// The live list of problems the loader would report; Show opens the
/// item's tab and brings its row (found by id) into view.
#[component]
pub fn Problems() -> impl IntoView {
    let draft = expect_context::<Draft>();
    let open_tab = use_context::<OpenTab>();
    let entity_filter = use_context::<EntityFilter>();
    let problems = Memo::new(move |_| {
        draft.ed.with(|e| {
            e.as_ref()
                .map(|e| {
                    e.problems()
                        .into_iter()
                        .map(|p| {
                            let target = problem_target(e.set(), &p.path);
                            (p.path.clone(), p.kind.to_string(), target)
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    view! {
        <div data-testid="author-problems" data-count=move || problems.with(Vec::len).to_string()>
            {move || if problems.with(Vec::is_empty) {
                view! { <p class="ok">"✓ No problems: the fact set loads in the explorer as it is."</p> }.into_any()
            } else {
                view! {
                    <ul class="problems">
                        {problems.get().into_iter().map(|(path, what, target)| {
                            view! {
                                <li><code>{path.clone()}</code>" "{what}
                                    {target.map(|(tab, t)| view! { <button type="button" on:click=move |_| {
                                        // Open the item's tab (with every entity listed:
                                        // a filter may hide it), then bring the item into view.
                                        if let Some(OpenTab(open)) = open_tab { open.set(tab); }
                                        if let (Some(EntityFilter(f)), Tab::Entities) = (entity_filter, tab) { f.set(String::new()); }
                                        let t = t.clone();
                                        request_animation_frame(move || reveal(&t));
                                    }>"Show"</button> })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </div>
    }
}
