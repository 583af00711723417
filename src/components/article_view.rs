//! The article with every entity mention highlighted in its kind's colour
//! (like displaCy) and the selected fact's evidence marked (like Hypothesis).

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

use crate::app::use_state;
use crate::article::{layout, Node, ParagraphKind, Piece, Target};
use crate::components::badge::StatusBadge;
use crate::components::chips::kind_tag;
use crate::filter::facts_backed_by;
use crate::model::EntityKind;

/// The whole article.
#[component]
pub fn ArticleView() -> impl IntoView {
    let state = use_state();
    let set = state.set;
    let root = NodeRef::<leptos::html::Div>::new();
    // Bring the highlighted evidence into view once it is drawn.
    Effect::new(move |_| {
        if state.selected.get().is_some() {
            request_animation_frame(move || {
                let Some(root) = root.get_untracked() else {
                    return;
                };
                if let Ok(Some(el)) = root.query_selector("[data-testid=evidence]") {
                    el.unchecked_into::<web_sys::HtmlElement>()
                        .scroll_into_view();
                }
            });
        }
    });
    let banner = move || {
        state.selected.get().map(|t| {
            view! {
                <p class="fx-article__banner" data-testid="evidence-banner">
                    "Highlighted: the words behind “" {t.describe(set)} "”. "
                    <button class="fx-link" on:click=move |_| state.selected.set(None)>"Clear highlight"</button>
                </p>
            }
        })
    };
    view! {
        <div class="fx-article" data-testid="article" node_ref=root>
            <ul class="fx-legend" aria-label="Entity kinds">
                {EntityKind::ALL
                    .into_iter()
                    .filter(|k| set.entities.iter().any(|e| e.kind == *k))
                    .map(|k| view! {
                        <li class=format!("fx-legend__item fx-kind--{}", k.slug())>
                            <span class="fx-kind-tag">{kind_tag(k)}</span>
                            {k.label()}
                        </li>
                    })
                    .collect_view()}
            </ul>
            <p class="fx-article__hint">"Click a highlighted name to filter by it. Numbered buttons list the facts a sentence backs."</p>
            {banner}
            {layout(set)
                .into_iter()
                .map(|p| {
                    let pieces = p.pieces.into_iter().map(piece_view).collect_view();
                    match p.kind {
                        ParagraphKind::Heading => view! { <h2 class="fx-article__heading">{pieces}</h2> }.into_any(),
                        ParagraphKind::Byline => view! { <p class="fx-article__byline">{pieces}</p> }.into_any(),
                        ParagraphKind::Body => view! { <p class="fx-article__para">{pieces}</p> }.into_any(),
                    }
                })
                .collect_view()}
        </div>
    }
}

fn piece_view(piece: Piece) -> AnyView {
    let state = use_state();
    let set = state.set;
    let text = &set.article.text;
    match piece {
        Piece::Gap(r) => text[r].to_string().into_any(),
        Piece::Sentence { index, nodes } => {
            let range = set.article.sentences[index].clone();
            let evidence_of = Memo::new(move |_| {
                state.selected.get().and_then(|t| {
                    t.evidence(set)
                        .iter()
                        .any(|e| e.start < range.end && range.start < e.end)
                        .then(|| t.key(set))
                })
            });
            let is_evidence = move || evidence_of.with(Option::is_some);
            let backed = facts_backed_by(set, index);
            let n = backed.len();
            let open = move || state.open_sentence.get() == Some(index);
            view! {
                <span
                    class="fx-sentence"
                    class:fx-sentence--evidence=is_evidence
                    data-sentence=index
                    data-testid=move || is_evidence().then_some("evidence")
                    data-fact=move || evidence_of.get()
                >
                    {nodes.into_iter().map(node_view).collect_view()}
                </span>
                {(n > 0).then(|| view! {
                    <button
                        class="fx-backs__btn"
                        data-testid="sentence-facts"
                        data-sentence=index
                        aria-expanded=move || open().to_string()
                        aria-label=format!("{n} fact{} from this sentence", if n == 1 { "" } else { "s" })
                        title="List the facts this sentence backs"
                        on:click=move |_| state.open_sentence.update(|o| *o = if *o == Some(index) { None } else { Some(index) })
                    >
                        {n}
                    </button>
                })}
                {move || open().then(|| {
                    let backed = backed.clone();
                    view! {
                        <span class="fx-backs" data-testid="sentence-fact-list" role="group" aria-label="Facts from this sentence">
                            {backed
                                .into_iter()
                                .map(|fi| {
                                    let f = &set.facts[fi];
                                    view! {
                                        <span class="fx-backs__item">
                                            <button
                                                class="fx-link fx-link--plain"
                                                data-fact=f.id.clone()
                                                on:click=move |_| state.selected.set(Some(Target::Fact(fi)))
                                            >
                                                {set.fact_sentence(f)}
                                            </button>
                                            <StatusBadge status=f.status/>
                                        </span>
                                    }
                                })
                                .collect_view()}
                        </span>
                    }
                })}
            }
            .into_any()
        }
    }
}

fn node_view(node: Node) -> AnyView {
    let state = use_state();
    let set = state.set;
    let text = &set.article.text;
    match node {
        Node::Text(r) => text[r].to_string().into_any(),
        Node::Mention {
            entity,
            range: _,
            children,
        } => {
            let e = &set.entities[entity];
            let id = e.id.clone();
            let id2 = e.id.clone();
            let id3 = e.id.clone();
            let tip = if e.description.is_empty() {
                format!("{} · {}", e.name, e.kind.label())
            } else {
                format!("{} · {} · {}", e.name, e.kind.label(), e.description)
            };
            let pressed = move || state.selection.with(|s| s.entities.contains(&id));
            let on_key = move |ev: leptos::ev::KeyboardEvent| {
                if ev.key() == "Enter" || ev.key() == " " {
                    ev.prevent_default();
                    ev.stop_propagation();
                    state.toggle_entity(&id3);
                }
            };
            // A mention with mentions inside it ("UN" in "UN General Assembly")
            // cannot itself be a button (controls must not nest): its kind tag
            // becomes its button instead, a sibling of the inner mentions.
            let nested = children.iter().any(|c| matches!(c, Node::Mention { .. }));
            let sr = format!(" ({}, {})", e.name, e.kind.label());
            let tag = if nested {
                view! {
                    <span class="fx-mention__tag fx-mention__tag--button" role="button" tabindex="0" on:keydown=on_key.clone()>
                        {kind_tag(e.kind)}
                        <span class="fx-sr">{sr}</span>
                    </span>
                }
                .into_any()
            } else {
                view! {
                    <span class="fx-mention__tag" aria-hidden="true">{kind_tag(e.kind)}</span>
                    <span class="fx-sr">{sr}</span>
                }
                .into_any()
            };
            view! {
                <mark
                    class=format!("fx-mention fx-kind--{}", e.kind.slug())
                    class:fx-mention--selected=pressed
                    data-testid="mention"
                    data-entity=e.id.clone()
                    data-kind=e.kind.slug()
                    data-tip=tip
                    aria-description=e.description.clone()
                    role=(!nested).then_some("button")
                    tabindex=(!nested).then_some("0")
                    on:click=move |ev| {
                        ev.stop_propagation();
                        state.toggle_entity(&id2);
                    }
                    on:keydown=move |ev| {
                        if !nested {
                            on_key(ev);
                        }
                    }
                >
                    {children.into_iter().map(node_view).collect_view()}
                    {tag}
                </mark>
            }
            .into_any()
        }
    }
}
