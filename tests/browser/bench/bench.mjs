// Runs inside Chromium. Times this project's wasm core and its JavaScript
// peers on the same inputs in the same page; run.mjs calls these functions.
import init, * as fx from './pkg/fx-bench.js';
import MiniSearch from './vendor/minisearch.js';
const d3 = window.d3; // d3-force and its dependencies, loaded as classic scripts

await init();
// The drafting data is fetched, as the authoring page does.
{
  const r = await fetch('./draft-data.bin');
  if (r.ok) {
    const err = fx.draft_install(new Uint8Array(await r.arrayBuffer()));
    if (err) console.error(err);
  }
}

const now = () => performance.now();
const heap = () => performance.memory?.usedJSHeapSize ?? 0;
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.round((s.length - 1) * p)]; };
const gc = () => { if (window.gc) window.gc(); };

/** Edge stress and overlapping pairs of positions `pos` (x0, y0, x1, …). */
function quality(pos, edges, n, rest, r) {
  let stress = 0;
  for (let e = 0; e < edges.length; e += 2) {
    const [s, t] = [edges[e], edges[e + 1]];
    const d = Math.hypot(pos[2 * s] - pos[2 * t], pos[2 * s + 1] - pos[2 * t + 1]);
    stress += ((d - rest) / rest) ** 2;
  }
  const order = [...Array(n).keys()].sort((a, b) => pos[2 * a] - pos[2 * b]);
  let overlaps = 0;
  for (let k = 0; k < n; k++) {
    const i = order[k];
    for (let m = k + 1; m < n; m++) {
      const j = order[m];
      if (pos[2 * j] - pos[2 * i] >= 2 * r) break;
      if (Math.abs(pos[2 * j + 1] - pos[2 * i + 1]) < 2 * r &&
          Math.hypot(pos[2 * j] - pos[2 * i], pos[2 * j + 1] - pos[2 * i + 1]) < 2 * r - 1e-3) overlaps++;
    }
  }
  return { stress: stress / (edges.length / 2), overlaps };
}

window.bench = {
  /** One draft of `text` by the drafting engine (wasm): ms and entities drafted. */
  draftOnce(text) {
    const t = now();
    const entities = fx.draft_text(text);
    return { ms: now() - t, entities };
  },

  /**
   * compromise 14 (JavaScript, when run.mjs found it) on the same text as
   * the drafting engine: median of `runs` runs.
   */
  compromise(text, runs = 3) {
    if (!window.nlp) return { compromise_ms: null };
    const r = Array.from({ length: runs }, () => {
      const t = now();
      const doc = window.nlp(text);
      for (const m of ['people', 'organizations', 'places']) doc[m]().json({ offset: true });
      return now() - t;
    });
    return { compromise_ms: r.sort((a, b) => a - b)[Math.floor(runs / 2)] };
  },

  /** Graph layout: ours (wasm) vs d3-force run to its default convergence. */
  layout(n) {
    const edges = fx.graph_edges(n);
    const R = 5;
    let t = now();
    const ours = fx.layout_graph(n);
    const oursMs = now() - t;
    const oursTicks = ours[ours.length - 1];

    const nodes = Array.from({ length: n }, () => ({}));
    const links = [];
    for (let e = 0; e < edges.length; e += 2) links.push({ source: edges[e], target: edges[e + 1] });
    t = now();
    const sim = d3.forceSimulation(nodes)
      .force('link', d3.forceLink(links).distance(30))
      .force('charge', d3.forceManyBody())
      .force('center', d3.forceCenter())
      .force('collide', d3.forceCollide(R))
      .stop();
    const ticks = Math.ceil(Math.log(sim.alphaMin()) / Math.log(1 - sim.alphaDecay()));
    for (let i = 0; i < ticks; i++) sim.tick();
    const d3Ms = now() - t;
    const d3pos = new Float32Array(2 * n);
    nodes.forEach((p, i) => { d3pos[2 * i] = p.x; d3pos[2 * i + 1] = p.y; });
    return {
      n, edges: edges.length / 2,
      ours: { ms: oursMs, ticks: oursTicks, ...quality(ours, edges, n, 30, R) },
      d3: { ms: d3Ms, ticks, ...quality(d3pos, edges, n, 30, R) },
    };
  },

  /** Loading and validating the bundled set and a generated one. */
  load(facts) {
    const json = fx.generate_json(facts);
    const t0 = now(); const n = fx.load_json(json); const t1 = now();
    const b0 = now(); for (let i = 0; i < 20; i++) fx.load_bundled(); const b1 = now();
    return { facts: n, bytes: json.length, load_ms: t1 - t0, bundled_ms: (b1 - b0) / 20 };
  },

  /** Search: index build, per-keystroke latency and memory, ours vs MiniSearch. */
  search(facts) {
    const json = fx.generate_json(facts);
    if (fx.load_json(json) < 0) throw new Error('generated set did not load');
    const docs = JSON.parse(fx.documents_json());
    const session = fx.typing_session().split('\n');

    // Ours (wasm).
    gc();
    let t = now(); fx.build_index(); const oursBuild = now() - t;
    const oursLat = [];
    let oursHits = 0;
    for (let r = 0; r < 3; r++) for (const q of session) { t = now(); oursHits += fx.search(q); oursLat.push(now() - t); }
    // The index lives in wasm memory, which never shrinks, so its size is
    // the index's own estimate of its allocations.
    const oursMem = fx.index_bytes();

    // MiniSearch, configured to match: prefix on the last word, one edit
    // from 4 letters and two from 8, name > alias > body boosts.
    gc();
    const g0 = heap();
    t = now();
    const ms = new MiniSearch({
      fields: ['name', 'aliases', 'body'],
      storeFields: [],
      searchOptions: {
        boost: { name: 3, aliases: 2 },
        prefix: (term, i, terms) => i === terms.length - 1,
        fuzzy: (term) => (term.length >= 8 ? 2 : term.length >= 4 ? 1 : false),
      },
    });
    ms.addAll(docs);
    const msBuild = now() - t;
    const msLat = [];
    let msHits = 0;
    for (let r = 0; r < 3; r++) for (const q of session) { t = now(); msHits += ms.search(q).slice(0, 20).length; msLat.push(now() - t); }
    gc();
    const msMem = heap() - g0; // the index is still referenced by `ms`
    window.keep = ms;

    return {
      facts, docs: docs.length, keystrokes: oursLat.length,
      ours: { build_ms: oursBuild, p50_ms: pct(oursLat, 0.5), p95_ms: pct(oursLat, 0.95), mem_bytes: oursMem, hits: oursHits },
      minisearch: { build_ms: msBuild, p50_ms: pct(msLat, 0.5), p95_ms: pct(msLat, 0.95), mem_bytes: msMem, hits: msHits },
    };
  },
};
window.benchReady = true;
