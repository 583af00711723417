//! The identity review page (`archive.html?identities`): each open proposal
//! of the archive build with its evidence (the names, kinds, articles and
//! the sentence naming each), with *Same* / *Not same*, and each automatic
//! merge with *Undo (not same)*. The choices make the decisions file
//! ([`fact_explorer_archive::review::decisions_file`], the archive folder's
//! own file with the choices added), which the page offers as a download
//! and copies to the clipboard; put into the archive folder as
//! `identities.txt`, the next build applies it. The data is the build's
//! `review.json`; every string from it reaches the DOM as text.

use std::collections::BTreeMap;
use std::sync::Arc;

use leptos::prelude::*;

use crate::entity::plural;
use wasm_bindgen::prelude::*;

use fact_explorer_archive::browse::entity_href;
use fact_explorer_archive::identity::MemberRef;
use fact_explorer_archive::review::{
    decisions_file, Choice, Kept, Review, ReviewLink, ReviewMember, ReviewProposal,
};
use fact_explorer_archive::site::DECISIONS_FILE;
use leptos_use_event_listener::use_event_listener;

use crate::page::{download, fetch_text, link, Host, HostRef};

#[wasm_bindgen(module = "/src/bin/fx-archive/glue.js")]
extern "C" {
    fn copy_text(text: &str, done: JsValue);
}

#[wasm_bindgen(module = "/src/bin/fx-archive/review-store.js")]
extern "C" {
    fn review_key(site: &str) -> String;
    fn review_load(key: &str) -> Option<String>;
    fn review_save(key: &str, text: &str) -> String;
}

/// The review page mounted in a page (dropped, the view is gone).
#[wasm_bindgen]
pub struct ReviewHandle {
    mount: Option<Box<dyn std::any::Any>>,
}

#[wasm_bindgen]
impl ReviewHandle {
    /// Removes the view and frees what it held.
    pub fn unmount(&mut self) {
        self.mount = None;
    }
}

/// Mounts the identity review of the archive at `site` on `root`.
#[wasm_bindgen]
pub fn start_review(root: web_sys::HtmlElement, site: String, host: Host) -> ReviewHandle {
    root.replace_children_with_node_0();
    let site = if site.is_empty() || site.ends_with('/') {
        site
    } else {
        format!("{site}/")
    };
    let host: HostRef = StoredValue::new_local(host);
    let mount = leptos::mount::mount_to(root, move || {
        provide_context(host);
        view! { <ReviewView site=site.clone()/> }
    });
    ReviewHandle {
        mount: Some(Box::new(mount)),
    }
}

#[derive(Clone)]
enum Loaded {
    Loading,
    Failed(String),
    Ready(Arc<Review>),
}

/// The choices so far: by what they are about (a proposal's entities, a
/// merge link's two members), the choice and the members it names.
type Chosen = BTreeMap<String, (Choice, Vec<MemberRef>)>;
type Choices = RwSignal<Chosen>;

#[component]
fn ReviewView(site: String) -> impl IntoView {
    let host = expect_context::<HostRef>();
    let loaded = RwSignal::new(Loaded::Loading);
    fetch_text(
        &format!("{site}review.json"),
        Closure::once_into_js(move |text: String, error: String| {
            let r = if error.is_empty() {
                serde_json::from_str::<Review>(&text).map_err(|e| {
                    format!("review.json is not an archive's identity review ({e}); rebuild the archive.")
                })
            } else {
                Err(format!("The identity review could not be read ({error})."))
            };
            host.with_value(|h| {
                h.describe("Review identities · the archive", "");
                match &r {
                    Ok(_) => h.settled("ready", ""),
                    Err(e) => h.settled("error", e),
                }
            });
            loaded.set(match r {
                Ok(r) => Loaded::Ready(Arc::new(r)),
                Err(e) => Loaded::Failed(e),
            });
        }),
    );
    let state = move || match loaded.get() {
        Loaded::Loading => "loading",
        Loaded::Failed(_) => "error",
        Loaded::Ready(_) => "ready",
    };
    view! {
        <div class="archive review" data-testid="identity-review" data-state=state>
            <p class="entity-back"><a href=link("?")>"← Search the archive"</a></p>
            {move || match loaded.get() {
                Loaded::Loading => view! {
                    <h1>"Review identities"</h1>
                    <p class="archive-intro">"Loading the proposals…"</p>
                }.into_any(),
                Loaded::Failed(e) => view! {
                    <h1>"Review identities"</h1>
                    <p class="archive-problem" role="alert">{e}</p>
                }.into_any(),
                Loaded::Ready(r) => view! { <Body site=site.clone() r/> }.into_any(),
            }}
        </div>
    }
}

#[component]
fn Body(site: String, r: Arc<Review>) -> impl IntoView {
    let choices: Choices = RwSignal::new(BTreeMap::new());
    let existing = r.decisions_file.clone();
    let text = Memo::new(move |_| {
        choices.with(|c| {
            let chosen: Vec<(Choice, Vec<MemberRef>)> = c.values().cloned().collect();
            decisions_file(&existing, &chosen)
        })
    });
    // The file as last downloaded or copied: the choices are unsaved while
    // the file they make is another.
    let exported = RwSignal::new(String::new());
    // Why this browser does not keep the choices, when it does not.
    let unkept = RwSignal::new(String::new());
    // Whether the browser holds the choices as they are now.
    let kept_now = RwSignal::new(true);
    // The choices before "Clear", for its Undo.
    let cleared: RwSignal<Option<Chosen>> = RwSignal::new(None);

    // The choices kept in this browser for this archive come back.
    let store = review_key(&site);
    let adopt = {
        let existing = r.decisions_file.clone();
        move |kept: &str| -> Result<(), String> {
            let k = Kept::read(kept, &existing)?;
            choices.set(
                k.choices
                    .into_iter()
                    .map(|c| (c.key, (c.choice, c.members)))
                    .collect(),
            );
            exported.set(k.exported);
            Ok(())
        }
    };
    match review_load(&store) {
        None => unkept.set(
            "This browser keeps nothing for this page (its storage is blocked): download the file before you leave.".into(),
        ),
        // (The save below fails too, and says so: nothing is kept.)
        Some(kept) => {
            if let Err(e) = adopt(&kept) {
                // Never overwritten: moved aside, and said.
                let aside = format!("{store} (unreadable)");
                let moved = review_save(&aside, &kept);
                unkept.set(if moved.is_empty() {
                    format!("The choices kept in this browser could not be read: {e}. They are kept aside under “{aside}”; new choices are kept as usual.")
                } else {
                    format!("The choices kept in this browser could not be read: {e}.")
                });
            }
        }
    }
    // Every change is kept at once.
    {
        let store = store.clone();
        Effect::new(move |_| {
            let kept = choices.with(|c| Kept::new(c, &exported.get()));
            let problem = review_save(&store, &kept.to_text());
            kept_now.set(problem.is_empty());
            if !problem.is_empty() {
                unkept.set(format!(
                    "This browser could not keep your choices ({problem}): download the file before you leave."
                ));
            }
        });
    }
    // Another tab of the same archive changed them: show its choices (the
    // last change wins in every tab, so no tab writes back an older list).
    {
        let store = store.clone();
        let adopt = adopt.clone();
        let _ = use_event_listener(
            window(),
            leptos::ev::storage,
            move |e: web_sys::StorageEvent| {
                if e.key().as_deref() == Some(store.as_str()) {
                    let _ = adopt(&e.new_value().unwrap_or_default());
                }
            },
        );
    }
    let unsaved = move || {
        choices
            .with(|c| Kept::new(c, &exported.get()))
            .unsaved(&text.get())
    };
    // Leaving with choices that neither this browser nor a downloaded file
    // holds: the browser asks first.
    let _ = use_event_listener(
        window(),
        leptos::ev::beforeunload,
        move |e: web_sys::BeforeUnloadEvent| {
            if !kept_now.get_untracked() && unsaved_untracked(choices, exported, text) > 0 {
                e.prevent_default();
            }
        },
    );
    let clear = move |_| {
        let now = choices.get_untracked();
        if !now.is_empty() {
            cleared.set(Some(now));
            choices.set(BTreeMap::new());
        }
    };
    let undo_clear = move |_| {
        if let Some(before) = cleared.get_untracked() {
            choices.set(before);
            cleared.set(None);
        }
    };
    // A new choice after "Clear" is the new list: no Undo then.
    Effect::new(move |_| {
        if choices.with(|c| !c.is_empty()) {
            cleared.set(None);
        }
    });
    let copied = RwSignal::new(String::new());
    let area = NodeRef::<leptos::html::Textarea>::new();
    let copy = move |_| {
        let done = Closure::once_into_js(move |error: String| {
            if error.is_empty() {
                exported.set(text.get_untracked());
                copied.set("Copied to the clipboard.".into());
            } else {
                copied.set(format!(
                    "The clipboard refused ({error}); the text is selected below: copy it with Ctrl+C or ⌘C."
                ));
                if let Some(a) = area.get_untracked() {
                    let _ = a.focus();
                    a.select();
                }
            }
        });
        copy_text(&text.get_untracked(), done);
    };
    let save = move |_| {
        let file = text.get_untracked();
        download(DECISIONS_FILE, "text/plain", &file);
        exported.set(file);
        copied.set(format!(
            "Downloaded {DECISIONS_FILE}: put it into the archive folder and build again."
        ));
    };
    let count = move || {
        let n = choices.with(BTreeMap::len);
        let waiting = unsaved();
        if n == 0 {
            "No choice yet: the file is the archive folder's as it is.".to_string()
        } else if waiting > 0 {
            format!(
                "{}, kept in this browser: download the file or copy it, put it into the archive folder and build again.",
                plural(waiting, "unsaved decision", "unsaved decisions")
            )
        } else {
            format!(
                "{}, all in the file you downloaded or copied: put it into the archive folder and build again.",
                plural(n, "decision", "decisions")
            )
        }
    };
    let saved_state = move || {
        if choices.with(BTreeMap::is_empty) {
            "none"
        } else if unsaved() > 0 {
            "unsaved"
        } else {
            "exported"
        }
    };
    let undo = move || {
        cleared.with(|c| c.as_ref().map(BTreeMap::len)).map(|n| {
            view! {
                <p class="archive-note review-cleared">
                    {format!("Cleared {}. ", plural(n, "decision", "decisions"))}
                    <button type="button" data-testid="identity-undo-clear" on:click=undo_clear>"Undo"</button>
                </p>
            }
        })
    };

    let problems: Vec<_> = r
        .decisions
        .iter()
        .filter(|d| d.status != "applied")
        .map(|d| {
            view! {
                <li>{format!("Line {} ({}): {} — {}", d.line, d.status, d.text, d.detail)}</li>
            }
        })
        .chain(
            r.file_problems
                .iter()
                .map(|p| view! { <li>{p.clone()}</li> }),
        )
        .collect();
    let problems = (!problems.is_empty()).then(|| {
        view! {
            <div class="review-problems" role="note">
                <p>"Lines of the archive folder’s decisions file that were not applied:"</p>
                <ul>{problems}</ul>
            </div>
        }
    });

    let proposals = r
        .proposals
        .iter()
        .map(|p| view! { <ProposalView site=site.clone() p=p.clone() choices/> })
        .collect_view();
    let more_proposals = (r.proposals_total > r.proposals.len()).then(|| {
        view! { <p class="archive-more">{format!("The first {} of {} proposals are listed; `fact-explorer archive identities DIR` lists them all.", r.proposals.len(), r.proposals_total)}</p> }
    });
    let no_proposals = r
        .proposals
        .is_empty()
        .then(|| view! { <p class="archive-none">"No open proposal."</p> });
    let shown_links: usize = r.merges.iter().map(|m| m.links.len()).sum();
    let merges = r
        .merges
        .iter()
        .map(|m| {
            let links = m
                .links
                .iter()
                .map(|l| view! { <LinkView site=site.clone() l=l.clone() choices/> })
                .collect_view();
            view! {
                <li class="review-merge" data-testid="identity-merge" data-entity=m.entity.clone()>
                    <h3>
                        <a href=link(&entity_href(&m.entity))>{m.name.clone()}</a>
                        " "
                        <span class=format!("archive-kind kind-{}", m.kind)>{m.kind.replace('_', " ")}</span>
                    </h3>
                    <ol class="archive-list">{links}</ol>
                </li>
            }
        })
        .collect_view();
    let more_links = (r.links_total > shown_links).then(|| {
        view! { <p class="archive-more">{format!("The first {shown_links} of {} joins are listed; `fact-explorer archive identities DIR` lists them all.", r.links_total)}</p> }
    });
    let no_merges = r
        .merges
        .is_empty()
        .then(|| view! { <p class="archive-none">"No entity joins two articles."</p> });

    view! {
        <header class="archive-head">
            <h1>"Review identities"</h1>
            <p class="archive-intro">
                {format!(
                    "{} to settle, and {} of entities across articles (automatic or decided). Say whether each proposal names one entity; undo a join that is wrong. Your choices make the decisions file: put it into the archive folder as {DECISIONS_FILE} and build again.",
                    plural(r.proposals_total, "proposal", "proposals"),
                    plural(r.links_total, "join", "joins"),
                )}
            </p>
            {problems}
        </header>
        <div class="review-body">
            <div class="review-main">
                <section aria-labelledby="review-proposals-h">
                    <h2 id="review-proposals-h">{format!("Proposals ({})", r.proposals_total)}</h2>
                    {no_proposals}
                    <ol class="archive-list">{proposals}</ol>
                    {more_proposals}
                </section>
                <section aria-labelledby="review-merges-h">
                    <h2 id="review-merges-h">{format!("Joined automatically or by decision ({})", r.links_total)}</h2>
                    {no_merges}
                    <ol class="archive-list">{merges}</ol>
                    {more_links}
                </section>
            </div>
            <section class="review-file" aria-labelledby="review-file-h">
                <h2 id="review-file-h">"The decisions file"</h2>
                <p class="archive-note review-saved" data-testid="identity-choices" data-state=saved_state data-unsaved=move || unsaved().to_string()>{count}</p>
                {move || (!unkept.get().is_empty()).then(|| view! { <p class="archive-problem" role="alert">{unkept.get()}</p> })}
                <p class="entity-export">
                    <button type="button" data-testid="identity-download" on:click=save>{format!("Download {DECISIONS_FILE}")}</button>
                    <button type="button" data-testid="identity-copy" on:click=copy>"Copy to clipboard"</button>
                    <button type="button" data-testid="identity-clear" on:click=clear disabled=move || choices.with(BTreeMap::is_empty)>"Clear choices"</button>
                </p>
                {undo}
                <p class="archive-note" role="status">{move || copied.get()}</p>
                <label class="archive-label" for="review-text">{DECISIONS_FILE}</label>
                <textarea id="review-text" class="review-text" data-testid="identity-file" readonly rows="10" spellcheck="false" node_ref=area prop:value=move || text.get()></textarea>
            </section>
        </div>
    }
}

/// One member: its name (linking its entity's page), kind, article (linking
/// the article at it) and the sentence naming it.
fn member_view(site: &str, m: &ReviewMember) -> impl IntoView {
    let date = m.date.clone().unwrap_or_else(|| "undated".into());
    let title = if m.title.is_empty() {
        m.article.clone()
    } else {
        m.title.clone()
    };
    let article = if m.link.is_empty() {
        view! { <span>{title}</span> }.into_any()
    } else {
        view! { <a href=format!("{site}{}", m.link)>{title}</a> }.into_any()
    };
    view! {
        <div class="review-member" data-article=m.article.clone() data-entity=m.entity.clone()>
            <p class="review-name">
                <a class="archive-name" href=link(&entity_href(&m.entity))>{m.name.clone()}</a>
                " "
                <span class=format!("archive-kind kind-{}", m.kind)>{m.kind.replace('_', " ")}</span>
            </p>
            <p class="archive-meta">{article} " · " {date}</p>
            {(!m.sentence.is_empty()).then(|| view! { <blockquote class="entity-evidence">{m.sentence.clone()}</blockquote> })}
        </div>
    }
}

/// "Seoul (a1), Seoul (a2)": who a choice is about, for its buttons' group.
fn about(members: &[ReviewMember]) -> String {
    let names: Vec<String> = members
        .iter()
        .map(|m| {
            let name: String = m.name.chars().take(60).collect();
            format!("{name} ({})", m.article)
        })
        .collect();
    names.join(", ")
}

/// How many choices are unsaved, read outside any reactive scope.
fn unsaved_untracked(choices: Choices, exported: RwSignal<String>, text: Memo<String>) -> usize {
    choices
        .with_untracked(|c| Kept::new(c, &exported.get_untracked()))
        .unsaved(&text.get_untracked())
}

/// A toggle: pressing the pressed choice again takes it back.
fn choose(choices: Choices, key: &str, choice: Choice, members: &[ReviewMember]) {
    let refs: Vec<MemberRef> = members.iter().map(ReviewMember::as_ref).collect();
    choices.update(|c| {
        if c.get(key).is_some_and(|(was, _)| *was == choice) {
            c.remove(key);
        } else {
            c.insert(key.to_string(), (choice, refs));
        }
    });
}

fn chosen(choices: Choices, key: &str) -> Option<Choice> {
    choices.with(|c| c.get(key).map(|(x, _)| *x))
}

fn pressed(on: bool) -> &'static str {
    if on {
        "true"
    } else {
        "false"
    }
}

#[component]
fn ProposalView(site: String, p: ReviewProposal, choices: Choices) -> impl IntoView {
    let key = format!("p {}", p.entities.join(" "));
    let members = Arc::new(p.members.clone());
    let evidence = p
        .evidence
        .iter()
        .map(|e| view! { <li>{e.clone()}</li> })
        .collect_view();
    let shown = p
        .members
        .iter()
        .map(|m| member_view(&site, m))
        .collect_view();
    let state = {
        let key = key.clone();
        move || match chosen(choices, &key) {
            Some(Choice::Same) => "same",
            Some(Choice::NotSame) => "not-same",
            None => "",
        }
    };
    let (k1, k2, k3, k4) = (key.clone(), key.clone(), key.clone(), key);
    let (m1, m2) = (members.clone(), members.clone());
    let label = format!("Are these one entity? {}", about(&p.members));
    view! {
        <li class="review-item" data-testid="identity-proposal" data-entities=p.entities.join(" ") data-choice=state>
            <ul class="review-evidence" aria-label="Evidence">{evidence}</ul>
            <div class="review-members">{shown}</div>
            <div class="review-choice" role="group" aria-label=label>
                <button type="button" data-choice="same" aria-pressed=move || pressed(chosen(choices, &k1) == Some(Choice::Same))
                    on:click=move |_| choose(choices, &k2, Choice::Same, &m1)>"Same"</button>
                <button type="button" data-choice="not-same" aria-pressed=move || pressed(chosen(choices, &k3) == Some(Choice::NotSame))
                    on:click=move |_| choose(choices, &k4, Choice::NotSame, &m2)>"Not same"</button>
            </div>
        </li>
    }
}

#[component]
fn LinkView(site: String, l: ReviewLink, choices: Choices) -> impl IntoView {
    let key = format!("m {}/{} {}/{}", l.a.article, l.a.id, l.b.article, l.b.id);
    let members = vec![l.a.clone(), l.b.clone()];
    let label = format!("Undo (not same): {}", about(&members));
    let (k1, k2, k3) = (key.clone(), key.clone(), key);
    let state = move || {
        if chosen(choices, &k1).is_some() {
            "not-same"
        } else {
            ""
        }
    };
    view! {
        <li class="review-item review-link" data-members=format!("{}/{} {}/{}", l.a.article, l.a.id, l.b.article, l.b.id) data-choice=state>
            <p class="review-why">{format!("Joined because {}", l.evidence)}</p>
            <div class="review-members">{member_view(&site, &l.a)}{member_view(&site, &l.b)}</div>
            <div class="review-choice">
                <button type="button" data-choice="not-same" aria-label=label aria-pressed=move || pressed(chosen(choices, &k2).is_some())
                    on:click=move |_| choose(choices, &k3, Choice::NotSame, &members)>"Undo (not same)"</button>
            </div>
        </li>
    }
}
