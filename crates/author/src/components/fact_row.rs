use std::ops::Range;

use leptos::prelude::*;

use fact_explorer_core::authoring::Editor;
use fact_explorer_core::item::ItemKind;
use fact_explorer_core::model::{Object, Status};
use fact_explorer_core::review::ReviewState;

use crate::components::{Badge, ChoiceSelect, EditButton, EntitySelect, FormButtons};
use crate::context::{Draft, Editing, RowBase, Selection};
use crate::forms::is_time;

/// One fact as its row shows it.
#[derive(Clone, Debug, PartialEq)]
struct Row {
    review: ReviewState,
    /// It names a rejected entity, so the export leaves it out.
    dropped: bool,
    what: String,
    relation: String,
    status: Status,
    when: String,
    evidence: String,
    span: Range<usize>,
}

fn row(e: &Editor, id: &str) -> Option<Row> {
    let s = e.set();
    let (i, f) = s.facts.iter().enumerate().find(|(_, f)| f.id == id)?;
    let subj = s
        .entity(&f.subject)
        .map_or(f.subject.clone(), |x| x.name.clone());
    let obj = match &f.object {
        Object::Entity(o) => s.entity(o).map_or(o.clone(), |x| x.name.clone()),
        Object::Literal(l) => l.clone(),
    };
    let ev = f.evidence.first();
    Some(Row {
        review: e.review().state(ItemKind::Fact, id),
        dropped: e.review().dropped(s, ItemKind::Fact, i, id),
        what: format!("{subj} — {} — {obj}", f.relation),
        relation: f.relation.clone(),
        status: f.status,
        when: f.qualifiers.when.clone().unwrap_or_default(),
        evidence: ev.map(|e| e.text.clone()).unwrap_or_default(),
        span: ev.map_or(0..0, |e| e.start..e.end),
    })
}

/// One fact: its sentence, status and evidence; Show selects the evidence
/// in the article; Edit corrects it in place. Redrawn only when its own
/// fact changes.
#[component]
pub fn FactRow(
    /// The fact's id (the row's key).
    id: String,
) -> impl IntoView {
    let draft = expect_context::<Draft>();
    let sel = expect_context::<Selection>();
    // The fact open for correction (the review's Edit opens it too).
    let editing = expect_context::<Editing>().fact;
    let RowBase { key, data, is_open } = RowBase::new(id, editing, row);
    move || {
        data.get().map(|Row { review: state, dropped, what, relation, status, when, evidence, span }| {
        let id = key.get_value();
        let panel = format!("author-fact-edit-{id}");
        view! {
            <li data-testid="author-fact" data-fact=id.clone() data-review=state.slug() tabindex="-1">
                <span class="what">{what.clone()}<Badge kind=ItemKind::Fact id=id.clone() state dropped name=what.clone()/></span>
                <span class=format!("status status-{}", status.slug())>{status.slug().replace('_', " ")}</span>
                <q>{evidence}</q>
                <div class="row buttons">
                    <button type="button" data-testid="author-fact-show" aria-label=format!("Show the evidence of {what} in the article")
                        on:click=move |_| sel.show(&draft.text(), span.clone())>"Show"</button>
                    <EditButton testid="author-fact-edit" label=format!("Edit {what}") panel=panel.clone() open=editing key/>
                    <button type="button" class="danger" aria-label=format!("Delete {what}") on:click=move |_| draft.act(|e| e.delete_fact(&key.get_value()))>"Delete"</button>
                </div>
                {move || is_open.get().then(|| {
                    let (rel, st, wh) = (RwSignal::new(relation.clone()), RwSignal::new(status), RwSignal::new(when.clone()));
                    let save = move || {
                        let w = wh.get_untracked();
                        if draft.attempt(|e| e.set_fact(&key.get_value(), &rel.get_untracked(), st.get_untracked(), (!w.is_empty()).then_some(w))).is_some() {
                            editing.set(None);
                        }
                    };
                    view! {
                        <form class="fact-edit" id=panel.clone() on:submit=move |e| { e.prevent_default(); save(); }>
                            <label>"Relation " <input type="text" data-testid="author-fact-edit-relation" prop:value=move || rel.get() on:input=move |e| rel.set(event_target_value(&e))/></label>
                            <label>"Status " <ChoiceSelect value=st/></label>
                            <label>"When " <EntitySelect value=wh keep=is_time/></label>
                            <FormButtons save="author-fact-save" open=editing>
                                <button type="button" on:click=move |_| {
                                    match sel.0.get_untracked() {
                                        Some(r) => draft.act(|e| e.set_fact_evidence(&key.get_value(), r)),
                                        None => draft.message.set("Select the new evidence in the article first.".into()),
                                    }
                                }>"Use the selected words as evidence"</button>
                            </FormButtons>
                        </form>
                    }
                })}
            </li>
        }
    })
    }
}
