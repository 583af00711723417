use leptos::prelude::*;

use fact_explorer_core::model::Day;

/// A select over the days, bound to `value`.
#[component]
pub fn DaySelect(
    /// The chosen day.
    value: RwSignal<Day>,
    /// Its `data-testid`, if tests need one.
    #[prop(optional)]
    testid: Option<&'static str>,
) -> impl IntoView {
    view! {
        <select data-testid=testid on:change=move |e| {
            let v = event_target_value(&e);
            if let Some(d) = Day::ALL.into_iter().find(|d| d.slug() == v) { value.set(d); }
        }>{Day::ALL.into_iter().map(|d| view! { <option value=d.slug() selected=move || value.get() == d>{d.label()}</option> }).collect_view()}</select>
    }
}
