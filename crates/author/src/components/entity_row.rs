use leptos::prelude::*;

use fact_explorer_core::authoring::{EditError, Editor};
use fact_explorer_core::item::ItemKind;
use fact_explorer_core::model::EntityKind;
use fact_explorer_core::review::ReviewState;

use crate::components::{Badge, EditButton};
use crate::context::{holds, Draft, Editing, Picks, RowBase};
use crate::forms::Choosable;

/// What an entity's row shows.
#[derive(Clone, Debug, PartialEq)]
struct Row {
    name: String,
    kind: EntityKind,
    aliases: String,
    mentions: usize,
    description: String,
    state: ReviewState,
}

fn row(e: &Editor, id: &str) -> Option<Row> {
    let en = e.set().entity(id)?;
    Some(Row {
        name: en.name.clone(),
        kind: en.kind,
        aliases: en.aliases.join(", "),
        mentions: en.mentions.len(),
        description: en.description.clone(),
        state: e.review().state(ItemKind::Entity, id),
    })
}

/// One entity: name, mentions, review state, kind; Edit opens its name,
/// aliases, merge and description; Delete asks first, saying what goes
/// with it. Redrawn only when its own entity changes.
#[component]
pub fn EntityRow(
    /// The entity's id (the row's key).
    id: String,
    /// The entity whose deletion waits for a second click (the list's).
    confirm: RwSignal<Option<String>>,
) -> impl IntoView {
    let draft = expect_context::<Draft>();
    let picks = expect_context::<Picks>();
    // The one entity whose details are open (the review's Edit opens it too).
    let open = expect_context::<Editing>().entity;
    let RowBase { key, data, is_open } = RowBase::new(id, open, row);
    let asking = holds(confirm, key);
    let act = move |f: fn(&mut Editor, &str, &str) -> Result<(), EditError>, v: String| {
        draft.act(|ed| f(ed, &key.get_value(), &v));
    };
    let merge = move |name: String| {
        let gone = key.get_value();
        let keep = draft.ed.with_untracked(|ed| {
            ed.as_ref().and_then(|ed| {
                ed.set()
                    .entities
                    .iter()
                    .find(|en| en.id != gone && (en.name == name || en.id == name))
                    .map(|en| en.id.clone())
            })
        });
        match keep {
            Some(keep) => draft.act(|ed| ed.merge(&keep, &gone)),
            None if name.trim().is_empty() => {}
            None => draft.message.set(format!(
                "No other entity is named “{name}”: pick one from the list."
            )),
        }
    };
    move || {
        data.get().map(|Row { name, kind, aliases, mentions, description, state }| {
        let id = key.get_value();
        let panel = format!("author-edit-{id}");
        view! {
            <li data-testid="author-entity" data-entity=id.clone() data-kind=kind.slug() data-review=state.slug() class=format!("kind-{}", kind.slug()) tabindex="-1">
                <div class="row head">
                    <span class="who">
                        <strong class="name">{name.clone()}</strong>
                        <span class="n">{format!("{mentions} mention{}", if mentions == 1 { "" } else { "s" })}</span>
                        <Badge kind=ItemKind::Entity id=id.clone() state name=name.clone()/>
                    </span>
                    <select aria-label=format!("Kind of {name}") data-testid="author-entity-kind" on:change=move |e| {
                        let v = event_target_value(&e);
                        if let Some(k) = EntityKind::from_slug(&v) {
                            draft.act(|ed| ed.set_kind(&key.get_value(), k));
                        }
                    }>
                        {EntityKind::ALL.into_iter().map(|k| view! { <option value=k.slug() selected=k == kind>{k.label()}</option> }).collect_view()}
                    </select>
                    <EditButton testid="author-entity-edit" label=format!("Edit {name}") panel=panel.clone() open key/>
                    <button type="button" class="danger" data-testid="author-delete-entity" aria-label=format!("Delete {name}")
                        on:click={ let id = id.clone(); move |_| confirm.set(Some(id.clone())) }>"Delete"</button>
                </div>
                <Show when=move || is_open.get()>
                    <div class="details" id=panel.clone()>
                        <label>"Name" <input type="text" value=name.clone() data-testid="author-entity-name"
                            on:change=move |e| act(|ed, id, v| ed.rename(id, v), event_target_value(&e))/></label>
                        <label>"Aliases" <input type="text" placeholder="comma-separated" value=aliases.clone()
                            on:change=move |e| act(|ed, id, v| ed.set_aliases(id, v), event_target_value(&e))/></label>
                        // One shared list of names (a select per row
                        // would hold every entity in every row).
                        <label>"Merge into" <input type="text" list="author-entity-names" placeholder="another entity’s name"
                            data-testid="author-merge"
                            on:change=move |e| merge(event_target_value(&e))/></label>
                        <label>"Description" <input type="text" placeholder="as the article states it" value=description.clone()
                            on:change=move |e| act(|ed, id, v| ed.set_description(id, v), event_target_value(&e))/></label>
                        <div class="row buttons">
                            "Use in a fact as "
                            <button type="button" on:click=move |_| picks.as_subject(key.get_value())>"Subject"</button>
                            <button type="button" on:click=move |_| picks.as_object(key.get_value())>"Object"</button>
                        </div>
                    </div>
                </Show>
                <Show when=move || asking.get()>
                    {move || {
                        let d = draft.ed.with_untracked(|e| e.as_ref().map(|e| e.dependents(&key.get_value())).unwrap_or_default());
                        view! {
                            <p class="confirm" role="alert">
                                {if d.is_empty() { "Nothing else refers to it. ".to_string() } else {
                                    format!("Deleting it also deletes {} fact(s), and leaves {} quote(s) unattributed and {} event(s) without it. ", d.facts.len(), d.quotes.len(), d.events.len())
                                }}
                                <button type="button" class="danger" on:click=move |_| { draft.act(|ed| ed.delete_entity(&key.get_value())); confirm.set(None); }>"Delete it"</button>
                                <button type="button" on:click=move |_| confirm.set(None)>"Cancel"</button>
                            </p>
                        }
                    }}
                </Show>
            </li>
        }
    })
    }
}
