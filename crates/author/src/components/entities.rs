use leptos::prelude::*;

use fact_explorer_core::text;

use crate::components::EntityRow;
use crate::context::{Draft, Edits, EntityFilter};

/// The entity list: filtered by name, alias or kind (accents and case
/// folded), one row per entity keyed by its id.
#[component]
pub fn Entities() -> impl IntoView {
    let draft = expect_context::<Draft>();
    let EntityFilter(filter) = expect_context::<EntityFilter>();
    // The entity whose deletion waits for a second click.
    let confirm = RwSignal::new(None::<String>);
    let edits = expect_context::<Edits>();
    let total = Memo::new(move |_| edits.with(draft, |e| e.set().entities.len()).unwrap_or(0));
    let shown = Memo::new(move |_| {
        let f = text::fold(filter.get().trim());
        edits
            .with(draft, |e| {
                e.set()
                    .entities
                    .iter()
                    .filter(|x| {
                        f.is_empty()
                            || text::fold(&x.name).contains(&f)
                            || x.aliases.iter().any(|a| text::fold(a).contains(&f))
                            || text::fold(x.kind.label()).starts_with(&f)
                    })
                    .map(|x| x.id.clone())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    view! {
        <p class="hint">"Fix kinds and delete what is not an entity; Edit renames, merges, adds aliases. Double-click two mentions in the article to start a fact (subject, then object)."</p>
        <div class="filter">
            <input type="search" aria-label="Filter entities by name, alias or kind" placeholder="filter entities…" data-testid="author-entity-filter"
                prop:value=move || filter.get() on:input=move |e| filter.set(event_target_value(&e))/>
            <span class="n" aria-live="polite">{move || {
                let (a, b) = (shown.with(Vec::len), total.get());
                if a == b { format!("{b} entities") } else { format!("{a} of {b} entities") }
            }}</span>
        </div>
        <ul class="entities">
            <For each=move || shown.get() key=|id| id.clone() let:id>
                <EntityRow id confirm/>
            </For>
        </ul>
    }
}
