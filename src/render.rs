//! Build-time rendering: the explorer's first view as HTML, made on the host
//! with Leptos's server rendering, for the browser build to hydrate in place
//! (issue 18). The HTML goes inside the `<fact-explorer>` element as a
//! declarative shadow root holding the stylesheet (inline, so the first paint
//! is styled: the page's Content-Security-Policy then needs the style's hash,
//! see [`style_hash`]) and the rendered view, so a reader sees the facts
//! before any script runs, and a reader without JavaScript still can.
//!
//! The mount point carries a stamp, [`stamp`]: the build that rendered it
//! and the fact set it was rendered from. The browser build hydrates only
//! markup with its own stamp and renders afresh otherwise.

use crate::model::FactSet;

/// This build of the view and stylesheet (see `build.rs`).
pub const BUILD: &str = env!("FX_RENDER_BUILD");

/// The stamp of the view of `set` rendered by this build.
pub fn stamp(set: &FactSet) -> String {
    // FNV-1a of the fact set as written back, so a fact set that changed
    // after rendering is not hydrated over the old markup.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in set.to_json().bytes() {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{BUILD}-{hash:016x}")
}

#[cfg(all(feature = "app", not(target_arch = "wasm32")))]
pub use host::*;

#[cfg(all(feature = "app", not(target_arch = "wasm32")))]
mod host {
    use std::rc::Rc;

    use leptos::prelude::*;

    use super::stamp;
    use crate::jsonld;
    use crate::load::LoadError;
    use crate::model::FactSet;
    use fact_explorer_view::app::{App, Explorer, Mounted};

    /// The stylesheet as the source tree has it (the page build passes the
    /// minified copy instead).
    pub const STYLE: &str = include_str!("../style/main.css");

    /// Shown (after a moment, from the stylesheet) while the element is not
    /// defined: no JavaScript, or the module could not load.
    const NOT_STARTED: &str = "This is a static copy of the fact explorer: search, the entity \
        filters and the other views start once its script runs. If you opened this page from \
        disk, open fact-explorer.html beside it instead, or serve the folder.";
    const NO_SCRIPT: &str = "Search, the entity filters, the graph, the timeline and the \
        article view need JavaScript and WebAssembly; the facts below are a static copy.";

    struct Quiet;

    impl Mounted for Quiet {
        fn created(&self, _: Explorer) {}
        fn ready(&self, _: Explorer) {}
        fn failed(&self, _: &LoadError) {}
    }

    /// The explorer's first view of `set`, as the browser build renders it
    /// before the reader does anything.
    pub fn explorer_html(set: &FactSet) -> String {
        let owner = Owner::new();
        let set = set.clone();
        owner.with(move || {
            let mounted: Rc<dyn Mounted> = Rc::new(Quiet);
            view! { <App loaded=Ok(set) mounted/> }.to_html()
        })
    }

    /// Why `css` cannot stand inside a `<style>` element, if it cannot.
    fn style_problem(css: &str) -> Option<&'static str> {
        let lower = css.to_ascii_lowercase();
        (lower.contains("</style") || lower.contains("<!--"))
            .then_some("the stylesheet contains \"</style\" or \"<!--\"")
    }

    /// The CSP source for the inline stylesheet: `'sha256-…'`.
    pub fn style_hash(css: &str) -> String {
        use base64::Engine;
        use sha2::Digest;
        let digest = sha2::Sha256::digest(css.as_bytes());
        format!(
            "'sha256-{}'",
            base64::engine::general_purpose::STANDARD.encode(digest)
        )
    }

    /// The declarative shadow root: the stylesheet `css`, the rendered view
    /// in the mount point the element hydrates, and above it a slot for the
    /// notices shown without scripts.
    pub fn shadow_root(set: &FactSet, css: &str) -> Result<String, String> {
        if let Some(problem) = style_problem(css) {
            return Err(problem.into());
        }
        Ok(format!(
            "<template shadowrootmode=\"open\"><style>{css}</style>\
             <div class=\"fx-notice\"><slot name=\"notice\"></slot></div>\
             <div class=\"fx-mount\" data-fx-stamp=\"{}\">{}</div></template>",
            stamp(set),
            explorer_html(set)
        ))
    }

    /// The light-DOM notices the shadow root's slot shows without scripts.
    pub fn notices() -> String {
        format!(
            "<p class=\"fx-fallback\" slot=\"notice\" data-testid=\"fallback\">{NOT_STARTED}</p>\
             <noscript slot=\"notice\">{NO_SCRIPT}</noscript>"
        )
    }

    /// The fact set as an inline `<script type="application/json">`.
    pub fn inline_fact_set(set: &FactSet) -> String {
        format!(
            "<script type=\"application/json\">{}</script>",
            jsonld::script_safe_json(&set.to_json())
        )
    }

    /// The `render` command's fragment: the element with its prerendered
    /// shadow root and the fact set it was rendered from, then the JSON-LD.
    pub fn fragment(set: &FactSet, id: Option<&str>, css: &str) -> Result<String, String> {
        let id = match id {
            Some(id) if valid_id(id) => format!(" id=\"{id}\""),
            Some(id) => {
                return Err(format!(
                    "--id {id:?}: use letters, digits, '-' and '_' only (it names the URL parameter fx-ID)"
                ))
            }
            None => String::new(),
        };
        Ok(format!(
            "<fact-explorer{id}>{}{}{}</fact-explorer>\n{}\n",
            shadow_root(set, css)?,
            inline_fact_set(set),
            notices(),
            jsonld::script(set)
        ))
    }

    fn valid_id(id: &str) -> bool {
        !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    }

    /// `page` (the built index.html) with the view of the bundled fact set
    /// `set` prerendered into its first `<fact-explorer>` element (whose
    /// children are kept as light DOM) and its JSON-LD in the head.
    pub fn page(page: &str, set: &FactSet, css: &str) -> Result<String, String> {
        let body = page.find("<body").ok_or("the page has no <body>")?;
        let open = body
            + page[body..]
                .find("<fact-explorer")
                .ok_or("the page has no <fact-explorer> element")?;
        let tag_end = open
            + page[open..]
                .find('>')
                .ok_or("unclosed <fact-explorer> tag")?
            + 1;
        if page[open..tag_end].contains(" src=") {
            return Err(
                "the page's <fact-explorer> has a src: only the bundled fact set is prerendered"
                    .into(),
            );
        }
        let head_end = page.find("</head>").ok_or("the page has no </head>")?;
        Ok(format!(
            "{}{}\n  {}{}{}",
            &page[..head_end],
            jsonld::script(set),
            &page[head_end..tag_end],
            shadow_root(set, css)?,
            &page[tag_end..]
        ))
    }
}
