use leptos::prelude::*;

use fact_explorer_core::authoring::ItemList;
use fact_explorer_core::item::ItemKind;
use fact_explorer_core::model::{Object, Status};

use crate::components::{ChoiceSelect, EntitySelect, FactRow};
use crate::context::{Draft, Edits, Picks, Selection};
use crate::forms::is_time;

/// The form that adds a fact (subject, relation, object, status, time,
/// the selected words as evidence) and the facts, one row per fact keyed by
/// its id.
#[component]
pub fn Facts() -> impl IntoView {
    let draft = expect_context::<Draft>();
    let Selection(sel) = expect_context::<Selection>();
    let picks = expect_context::<Picks>();
    let relation = RwSignal::new(String::new());
    let status = RwSignal::new(Status::Stated);
    let when = RwSignal::new(String::new());
    let name_of = move |id: String| {
        draft.choices.with(|l| {
            l.iter()
                .find(|c| c.id == id)
                .map(|c| c.name.clone())
                .unwrap_or_else(|| "(none)".into())
        })
    };
    let edits = expect_context::<Edits>();
    let ids = edits.ids(draft, ItemKind::Fact);
    let options = move |current: RwSignal<String>| {
        move || {
            draft.choices.get().into_iter().map(|c| {
                let sel = current.get() == c.id;
                view! { <option value=c.id.clone() selected=sel>{format!("{} ({})", c.name, c.kind.label())}</option> }
            }).collect_view()
        }
    };
    let add = move || {
        let Some(ev) = sel.get_untracked() else {
            draft.message.set(
                "Select the words that state the fact (its evidence) in the article first.".into(),
            );
            return;
        };
        let (s, o) = (picks.subject.get_untracked(), picks.object.get_untracked());
        if s.is_empty() || o.is_empty() {
            draft.message.set("Pick the fact’s subject and object (double-click their mentions, or choose them here).".into());
            return;
        }
        let w = when.get_untracked();
        let made = draft.act_new(ItemList::Facts, |e| {
            e.add_fact(
                &s,
                &relation.get_untracked(),
                Object::Entity(o),
                status.get_untracked(),
                (!w.is_empty()).then_some(w),
                ev,
            )
        });
        if made {
            relation.set(String::new());
        }
    };
    view! {
        <form class="fact-form" on:submit=move |e| { e.prevent_default(); add(); }>
            <p class="hint">"Pick a subject and an object (double-click mentions in the article, one after the other, or choose below), type the relation, select the evidence in the article, then add."</p>
            <label>"Subject " <select data-testid="author-fact-subject" on:change=move |e| picks.subject.set(event_target_value(&e))>
                <option value="">"—"</option>{options(picks.subject)}</select></label>
            <label>"Relation " <input type="text" data-testid="author-fact-relation" placeholder="met with" prop:value=move || relation.get() on:input=move |e| relation.set(event_target_value(&e))/></label>
            <label>"Object " <select data-testid="author-fact-object" on:change=move |e| picks.object.set(event_target_value(&e))>
                <option value="">"—"</option>{options(picks.object)}</select></label>
            <label>"Status " <ChoiceSelect value=status testid="author-fact-status"/></label>
            <label>"When " <EntitySelect value=when keep=is_time/></label>
            <p class="picked">{move || format!("{} → {}", name_of(picks.subject.get()), name_of(picks.object.get()))}</p>
            <button type="submit" class="primary" data-testid="author-add-fact">"Add fact with the selected evidence"</button>
        </form>
        <ul class="facts">
            <For each=move || ids.get() key=|id| id.clone() let:id>
                <FactRow id/>
            </For>
        </ul>
    }
}
