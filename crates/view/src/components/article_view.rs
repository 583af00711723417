//! The article with every entity mention highlighted in its kind's colour
//! (like displaCy) and the selected fact's evidence marked (like Hypothesis).

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

use crate::app::{use_data, use_filters, use_nav, Data, Filters, Nav};
use crate::article::{layout, Node, ParagraphKind, Piece};
use crate::components::badge::StatusBadge;
use crate::filter::facts_backed_by;
use crate::item::ItemRef;
use crate::model::EntityKind;

/// The whole article.
#[component]
pub fn ArticleView() -> impl IntoView {
    let data = use_data();
    let set = data.set();
    let ctx = (data, use_filters(), use_nav());
    let nav = ctx.2;
    let root = NodeRef::<leptos::html::Div>::new();
    // Bring the highlighted evidence into view once it is drawn.
    Effect::new(move |_| {
        if nav.highlighted.get().is_some() {
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
        nav.highlighted.get().map(|item| {
            view! {
                <p class="fx-article__banner" data-testid="evidence-banner">
                    "Highlighted: the words behind “" {data.set().describe(item)} "”. "
                    <button class="fx-link" on:click=move |_| nav.highlighted.set(None)>"Clear highlight"</button>
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
                            <span class="fx-kind-tag">{k.style().tag}</span>
                            {k.label()}
                        </li>
                    })
                    .collect_view()}
            </ul>
            <p class="fx-article__hint">"Click a highlighted name to filter by it. Numbered buttons list the facts a sentence backs."</p>
            {banner}
            {layout(&set)
                .into_iter()
                .map(|p| {
                    let pieces = p.pieces.into_iter().map(|piece| piece_view(ctx, piece)).collect_view();
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

fn piece_view(ctx: (Data, Filters, Nav), piece: Piece) -> AnyView {
    let (data, _, nav) = ctx;
    let set = data.set();
    let text = &set.article.text;
    match piece {
        Piece::Gap(r) => text[r].to_string().into_any(),
        Piece::Sentence { index, nodes } => {
            let range = set.article.sentences[index].clone();
            // The id of the highlighted item when this sentence is part of its evidence.
            let evidence_of = Memo::new(move |_| {
                let item = nav.highlighted.get()?;
                let set = data.set();
                set.evidence(item)
                    .iter()
                    .any(|e| e.start < range.end && range.start < e.end)
                    .then(|| set.key_of(item).map(|k| k.id))
                    .flatten()
            });
            let is_evidence = move || evidence_of.with(Option::is_some);
            let backed = facts_backed_by(&set, index);
            let n = backed.len();
            let open = move || nav.open_sentence.get() == Some(index);
            view! {
                <span
                    class="fx-sentence"
                    class:fx-sentence--evidence=is_evidence
                    data-sentence=index
                    data-testid=move || is_evidence().then_some("evidence")
                    data-fact=move || evidence_of.get()
                >
                    {nodes.into_iter().map(|n| node_view(ctx, n)).collect_view()}
                </span>
                {(n > 0).then(|| view! {
                    <button
                        class="fx-backs__btn"
                        data-testid="sentence-facts"
                        data-sentence=index
                        aria-expanded=move || open().to_string()
                        aria-label=format!("{n} fact{} from this sentence", if n == 1 { "" } else { "s" })
                        title="List the facts this sentence backs"
                        on:click=move |_| nav.open_sentence.update(|o| *o = if *o == Some(index) { None } else { Some(index) })
                    >
                        {n}
                    </button>
                })}
                {move || open().then(|| {
                    let backed = backed.clone();
                    let set = data.set();
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
                                                on:click=move |_| nav.highlighted.set(Some(ItemRef::Fact(fi)))
                                            >
                                                {set.describe(ItemRef::Fact(fi))}
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

fn node_view(ctx: (Data, Filters, Nav), node: Node) -> AnyView {
    let (data, filters, nav) = ctx;
    let set = data.set();
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
            let tip = if e.description.is_empty() {
                format!("{} · {}", e.name, e.kind.label())
            } else {
                format!("{} · {} · {}", e.name, e.kind.label(), e.description)
            };
            let pressed = {
                let id = id.clone();
                move || filters.selection.with(|s| s.entities.contains(&id))
            };
            let toggle = {
                let id = id.clone();
                move || filters.toggle_entity(nav, &data.set(), &id)
            };
            let on_key = {
                let toggle = toggle.clone();
                move |ev: leptos::ev::KeyboardEvent| {
                    if ev.key() == "Enter" || ev.key() == " " {
                        ev.prevent_default();
                        ev.stop_propagation();
                        toggle();
                    }
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
                        {e.kind.style().tag}
                        <span class="fx-sr">{sr}</span>
                    </span>
                }
                .into_any()
            } else {
                view! {
                    <span class="fx-mention__tag" aria-hidden="true">{e.kind.style().tag}</span>
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
                        toggle();
                    }
                    on:keydown=move |ev| {
                        if !nested {
                            on_key(ev);
                        }
                    }
                >
                    {children.into_iter().map(|n| node_view(ctx, n)).collect_view()}
                    {tag}
                </mark>
            }
            .into_any()
        }
    }
}
