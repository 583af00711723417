// A React 19 app that uses the packed fact-explorer package the way a
// newsroom front end would: a static import, <fact-explorer> in JSX, a fact
// set passed as the `data` property, the element's events handled in React.
import 'fact-explorer';
import type {} from 'fact-explorer/react';
import type { ExplorerState, FactSet, FactExplorerElement } from 'fact-explorer';
import { StrictMode, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import tiny from '../../../examples/tiny.facts.json';
import './host.css';

const facts = tiny as unknown as FactSet;

function App() {
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState('');
  const [entities, setEntities] = useState<string[]>([]);
  const [shown, setShown] = useState(true);
  const [ready, setReady] = useState(0);
  const second = useRef<FactExplorerElement>(null);
  const [secondView, setSecondView] = useState('');

  // The other way to listen: a ref and addEventListener (typed by the package).
  useEffect(() => {
    const el = second.current;
    if (!el) return undefined;
    const onChange = (e: CustomEvent<ExplorerState>) => setSecondView(e.detail.view);
    el.addEventListener('fx-change', onChange);
    return () => el.removeEventListener('fx-change', onChange);
  }, []);

  return (
    <main>
      <h1 className="fx-header">A React host page</h1>
      <p data-testid="react-query">query: {query}</p>
      <p data-testid="react-entities">entities: {entities.join(',')}</p>
      <p data-testid="react-selected">selected: {selected}</p>
      <p data-testid="react-ready">ready: {ready}</p>
      <p data-testid="react-second-view">second view: {secondView}</p>
      <button type="button" className="fx-chip" data-testid="toggle" onClick={() => setShown((s) => !s)}>
        {shown ? 'Remove' : 'Add'} the first explorer
      </button>
      {shown && (
        <fact-explorer
          id="first"
          url-sync="off"
          data={facts}
          onfx-ready={() => setReady((n) => n + 1)}
          onfx-change={(e) => { setQuery(e.detail.query); setEntities(e.detail.entities); }}
          onfx-select={(e) => setSelected(`${e.detail.kind}:${e.detail.id}`)}
        />
      )}
      <fact-explorer id="second" ref={second} onfx-ready={() => setReady((n) => n + 1)} />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
