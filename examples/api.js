// The host page's script: it talks to <fact-explorer id="story"> only
// through the element's API (see README, "Talk to it from the page").
//
// - el.ready, then el.factSet: the host renders its own copy of the article
//   text, and uses the spans' UTF-16 offsets to mark names in it.
// - fx-select: when the reader opens an entity, the host marks its mentions.
// - el.state = {...}: the host's buttons open the explorer at a view.
// - fx-change, fx-error: logged below the explorer.
const explorer = document.getElementById('story');
const text = document.getElementById('story-text');
const status = document.getElementById('story-status');
const log = document.getElementById('log');

function note(line) {
  const li = document.createElement('li');
  li.textContent = line;
  log.prepend(li);
  while (log.children.length > 6) log.lastElementChild.remove();
}

/** The article as paragraphs, with `spans` (UTF-16 ranges) wrapped in <mark>. */
function render(article, spans = []) {
  const body = article.text;
  const marks = [...spans].sort((a, b) => a.utf16_start - b.utf16_start);
  text.replaceChildren();
  let at = 0;
  let p = document.createElement('p');
  const flush = (until) => {
    for (const [i, piece] of body.slice(at, until).split(/\n+/).entries()) {
      if (i > 0) { if (p.childNodes.length) text.append(p); p = document.createElement('p'); }
      if (piece) p.append(piece);
    }
    at = until;
  };
  for (const span of marks) {
    if (span.utf16_start < at) continue;
    flush(span.utf16_start);
    const mark = document.createElement('mark');
    mark.textContent = body.slice(span.utf16_start, span.utf16_end);
    p.append(mark);
    at = span.utf16_end;
  }
  flush(body.length);
  if (p.childNodes.length) text.append(p);
}

const result = await explorer.ready;
if (result.state !== 'ready') {
  status.textContent = 'The explorer could not load its facts.';
} else {
  const facts = explorer.factSet;
  render(facts.article);
  status.textContent = `${result.facts} facts about ${result.entities} people, places and things. Pick one in the explorer.`;

  explorer.addEventListener('fx-select', (event) => {
    const { kind, item } = event.detail;
    note(`fx-select: ${kind} ${kind === 'entity' ? item.name : event.detail.id}`);
    if (kind !== 'entity') return;
    render(facts.article, item.mentions);
    status.textContent = `“${item.name}” is named ${item.mentions.length} times in the article (marked).`;
    text.querySelector('mark')?.scrollIntoView({ block: 'nearest' });
  });
  explorer.addEventListener('fx-change', (event) => {
    const s = event.detail;
    note(`fx-change: view ${s.view}${s.entities.length ? `, chips ${s.entities.join(', ')}` : ''}${s.query ? `, search “${s.query}”` : ''}`);
  });
  explorer.addEventListener('fx-error', (event) => note(`fx-error: ${event.detail.problems[0]?.message}`));

  document.getElementById('show-graph').addEventListener('click', () => {
    explorer.state = { view: 'graph', entities: ['blackrock'], focus: 'blackrock' };
  });
  document.getElementById('show-quotes').addEventListener('click', () => {
    explorer.state = { view: 'quotes' };
  });
  document.getElementById('reset').addEventListener('click', () => {
    explorer.state = {};
    render(facts.article);
  });
}
