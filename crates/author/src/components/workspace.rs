use leptos::prelude::*;

use crate::components::{
    ArticleText, Entities, Events, Export, Facts, Preview, Problems, Quotes, Review, SelectionBar,
};
use crate::context::{Draft, Editing, Edits, EntityFilter, OpenTab, ReviewPanel};
use crate::target::{count, Tab};

/// The article, the lists, the preview and export: three columns on wide
/// screens; on narrow ones the preview is a tab.
#[component]
pub fn Workspace() -> impl IntoView {
    let draft = expect_context::<Draft>();
    let tab = RwSignal::new(Tab::Entities);
    let edits = Edits::new(draft);
    provide_context(edits);
    provide_context(OpenTab(tab));
    provide_context(EntityFilter(RwSignal::new(String::new())));
    provide_context(Editing::default());
    provide_context(ReviewPanel::default());
    // Each tab starts at its top (the body is one scroller for all of
    // them: the export's first lines were left above the fold).
    let body = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        tab.track();
        if let Some(b) = body.get_untracked() {
            b.set_scroll_top(0);
        }
    });
    view! {
        <div class="workspace" class:previewing=move || tab.get() == Tab::Preview>
            <section class="pane article-pane" aria-labelledby="art-h">
                <h2 id="art-h">"2. Correct the draft"</h2>
                <SelectionBar/>
                <ArticleText/>
            </section>
            <section class="pane side" aria-label="Entities, facts and quotes">
                <Problems/>
                <Review/>
                <div role="tablist" class="tabs" aria-label="Edit">
                    {Tab::ALL
                        .into_iter()
                        .map(|t| {
                            let n = t.list().map(|list| {
                                move || edits.with(draft, |e| count(e.set(), list)).unwrap_or(0)
                            });
                            view! {
                                <button type="button" role="tab" class=format!("tab-{}", t.slug()) aria-selected=move || (tab.get() == t).to_string()
                                    on:click=move |_| tab.set(t)>
                                    {t.label()}
                                    {n.map(|n| view! { <span class="count">{n}</span> })}
                                </button>
                            }
                        })
                        .collect_view()}
                </div>
                <div class="tab-body" node_ref=body>
                    {move || match tab.get() {
                        Tab::Facts => view! { <Facts/> }.into_any(),
                        Tab::Quotes => view! { <Quotes/> }.into_any(),
                        Tab::Events => view! { <Events/> }.into_any(),
                        Tab::Export => view! { <Export/> }.into_any(),
                        Tab::Entities | Tab::Preview => view! { <Entities/> }.into_any(),
                    }}
                </div>
            </section>
            <section class="pane preview-pane" aria-labelledby="pre-h">
                <h2 id="pre-h">"3. Preview"</h2>
                <Preview tab/>
            </section>
        </div>
    }
}
