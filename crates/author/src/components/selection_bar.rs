use leptos::prelude::*;

use fact_explorer_core::authoring::ItemList;
use fact_explorer_core::model::EntityKind;

use crate::components::ChoiceSelect;
use crate::context::{Draft, Selection};
use crate::pieces::mention_at;

/// What the selected words can become: a new entity of a kind, another
/// mention of an entity (by name, with type-ahead), or no mention.
#[component]
pub fn SelectionBar() -> impl IntoView {
    let draft = expect_context::<Draft>();
    let Selection(sel) = expect_context::<Selection>();
    let kind = RwSignal::new(EntityKind::Person);
    let target = RwSignal::new(String::new());
    // The names for type-ahead (a memo: an edit that keeps them keeps the list).
    let names = Memo::new(move |_| {
        draft.choices.with(|c| {
            let mut n: Vec<String> = c.iter().map(|c| c.name.clone()).collect();
            fact_explorer_core::sort::sort_by_key(&mut n, |x| x.clone());
            n.dedup();
            n
        })
    });
    let selected = move || {
        sel.get()
            .map(|r| draft.article.with(|t| t.get(r).unwrap_or("").to_string()))
    };
    view! {
        <div class="selbar" aria-label="The selected words">
            <p class="sel-words">
                {move || match selected() {
                    Some(w) => format!("Selected: “{w}”"),
                    None => "Select words in the article (mouse, or click the text and use Shift + arrow keys).".to_string(),
                }}
            </p>
            <div class="sel-actions">
                <label>"Kind "
                    <ChoiceSelect value=kind testid="author-new-kind"/>
                </label>
                <button type="button" data-testid="author-new-entity" disabled=move || sel.get().is_none()
                    on:click=move |_| {
                        let Some(r) = sel.get_untracked() else { return };
                        draft.act_new(ItemList::Entities, |e| e.new_entity(kind.get_untracked(), r));
                    }>"New entity"</button>
                <label>"Mention of "
                    <input type="text" list="author-entity-names" data-testid="author-mention-of"
                        placeholder="entity name"
                        prop:value=move || target.get() on:input=move |e| target.set(event_target_value(&e))/>
                </label>
                <datalist id="author-entity-names">
                    <For each=move || names.get() key=|n| n.clone() let:n>
                        <option value=n/>
                    </For>
                </datalist>
                <button type="button" data-testid="author-add-mention" disabled=move || sel.get().is_none()
                    on:click=move |_| {
                        let Some(r) = sel.get_untracked() else { return };
                        let name = target.get_untracked();
                        let id = draft.ed.with_untracked(|e| e.as_ref().and_then(|e| {
                            e.set().entities.iter().find(|en| en.name == name || en.id == name || en.aliases.contains(&name)).map(|en| en.id.clone())
                        }));
                        match id {
                            Some(id) => draft.act(|e| e.add_mention(&id, r)),
                            None => draft.message.set(format!("No entity is named “{name}”: pick one from the list.")),
                        }
                    }>"Add mention"</button>
                <button type="button" data-testid="author-remove-mention" disabled=move || sel.get().is_none()
                    on:click=move |_| {
                        let Some(r) = sel.get_untracked() else { return };
                        let hit = draft.ed.with_untracked(|e| e.as_ref().and_then(|e| mention_at(e.set(), &r))).map(|(id, m)| (id, m.start));
                        match hit {
                            Some((id, start)) => draft.act(|e| e.remove_mention(&id, start)),
                            None => draft.message.set("No mention is selected.".into()),
                        }
                    }>"Remove mention"</button>
            </div>
        </div>
    }
}
