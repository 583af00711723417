use leptos::prelude::*;

/// An edit form's buttons: Save (the form's submit), any others the form
/// has, and Cancel, which closes the row's form.
#[component]
pub fn FormButtons(
    /// Save's `data-testid`.
    save: &'static str,
    /// The list's open row (Cancel closes it).
    open: RwSignal<Option<String>>,
    /// Buttons between Save and Cancel.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    view! {
        <div class="row buttons">
            <button type="submit" class="primary" data-testid=save>"Save"</button>
            {children.map(|c| c())}
            <button type="button" on:click=move |_| open.set(None)>"Cancel"</button>
        </div>
    }
}
