use leptos::prelude::*;

use crate::forms::Choosable;

/// A select over one closed set of values (days, statuses, entity kinds),
/// bound to `value`.
#[component]
pub fn ChoiceSelect<T: Choosable>(
    /// The chosen value.
    value: RwSignal<T>,
    /// Its `data-testid`, if tests need one.
    #[prop(optional)]
    testid: Option<&'static str>,
) -> impl IntoView {
    view! {
        <select data-testid=testid on:change=move |e| {
            if let Some(v) = T::from_slug(&event_target_value(&e)) { value.set(v); }
        }>{T::all().iter().map(|&v| view! { <option value=v.slug() selected=move || value.get() == v>{v.words()}</option> }).collect_view()}</select>
    }
}
