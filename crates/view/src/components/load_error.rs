//! The panel that explains why a fact set could not be loaded.

use leptos::prelude::*;

use crate::load::LoadError;

/// Lists each problem with its place in the data, as text.
#[component]
pub fn LoadErrorPanel(
    /// What went wrong.
    error: LoadError,
) -> impl IntoView {
    let more = error.more;
    view! {
        <section class="fx-error" data-testid="load-error" role="alert">
            <p class="fx-header__eyebrow">"Fact explorer"</p>
            <h1 class="fx-error__title">"This fact set could not be loaded"</h1>
            <p class="fx-error__help">
                "Each line names the place in the data (as a JSON path) and what is wrong there. "
                "Nothing was shown, so nothing wrong was shown."
            </p>
            <ul class="fx-error__list">
                {error
                    .problems
                    .into_iter()
                    .map(|p| {
                        view! {
                            <li>
                                <code class="fx-error__path">{p.path}</code>
                                " "
                                <span>{p.kind.to_string()}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            {(more > 0).then(|| view! { <p>{format!("…and {more} more problems.")}</p> })}
        </section>
    }
}
