use leptos::prelude::*;

use crate::context::{holds, toggle};

/// A row's Edit button: opens the row's edit form (`panel`), or closes it
/// when it is open, and says which.
#[component]
pub fn EditButton(
    /// Its `data-testid`.
    testid: &'static str,
    /// Its accessible name ("Edit …").
    label: String,
    /// The id of the form it opens.
    panel: String,
    /// The list's open row.
    open: RwSignal<Option<String>>,
    /// The row's id.
    key: StoredValue<String>,
) -> impl IntoView {
    let is_open = holds(open, key);
    view! {
        <button type="button" data-testid=testid aria-expanded=move || is_open.get().to_string() aria-controls=panel
            aria-label=label on:click=move |_| toggle(open, &key.get_value())>"Edit"</button>
    }
}
