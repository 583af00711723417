use leptos::prelude::*;

use fact_explorer_core::model::Status;

/// A select over the statuses, bound to `value`.
#[component]
pub fn StatusSelect(
    /// The chosen status.
    value: RwSignal<Status>,
    /// Its `data-testid`, if tests need one.
    #[prop(optional)]
    testid: Option<&'static str>,
) -> impl IntoView {
    view! {
        <select data-testid=testid on:change=move |e| {
            let v = event_target_value(&e);
            if let Some(s) = Status::ALL.into_iter().find(|s| s.slug() == v) { value.set(s); }
        }>{Status::ALL.into_iter().map(|s| view! { <option value=s.slug() selected=move || value.get() == s>{s.slug().replace('_', " ")}</option> }).collect_view()}</select>
    }
}
