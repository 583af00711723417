// Importing the package where there is no DOM (server rendering in Node)
// must not throw, and React's server renderer must render the element.
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';

const pkg = await import('fact-explorer');
if (typeof pkg.withFactSet !== 'function') throw new Error('the package exports no withFactSet');
if (globalThis.customElements !== undefined) throw new Error('this check must run without a DOM');
const html = renderToString(createElement('fact-explorer', { id: 'story', src: 'facts.json' }));
if (html !== '<fact-explorer id="story" src="facts.json"></fact-explorer>') throw new Error(`unexpected: ${html}`);
console.log(`imported in Node without a DOM; server-rendered ${html}`);
