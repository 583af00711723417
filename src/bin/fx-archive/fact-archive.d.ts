// Types for `fact-archive.js`: the <fact-archive> element, its host-page API
// and its events (README, "The <fact-archive> element"). Copied into dist/
// beside the module, so TypeScript finds it for an import of the module:
//
//   import './explorer/fact-archive.js';              // defines <fact-archive>
//   const el = document.querySelector('fact-archive')!;   // FactArchiveElement
//   el.addEventListener('fa-change', (e) => console.log(e.detail.query));
//
// Mirrors the explorer's types (src/embed/types/index.d.ts).

/** What the reader sees: what a link reproduces and `el.state` reads and writes. */
export interface ArchiveState {
  /** The search typed. */
  query: string;
  /** The archive entity key (as manifest.json has it) whose page is shown; '' for none. */
  entity: string;
  /** Whether the identity review is shown (then `entity` is ''). */
  identities: boolean;
}

/** `fa-ready` and `fa-change`: the state shown. */
export type ArchiveStateDetail = ArchiveState;

/** What kind of passage a result or an entity page's item is. */
export type PassageKind = 'fact' | 'quote' | 'event' | 'sentence';

/** `fa-select`: the reader opened an entity. */
export interface EntitySelectDetail {
  kind: 'entity';
  entity: string;
}

/** `fa-select`: the reader follows a link to an article's page (cancelable:
 *  `preventDefault()` keeps the page, to show the article your way). */
export interface ArticleSelectDetail {
  /** The passage's kind, or 'article' for an article's own link. */
  kind: PassageKind | 'article';
  /** The article's id. */
  article: string;
  /** The article page's address, at the item. */
  href: string;
}

/** `fa-select`. */
export type ArchiveSelectDetail = EntitySelectDetail | ArticleSelectDetail;

/** `fa-error`: the archive could not start, or its first view could not load. */
export interface ArchiveErrorDetail {
  message: string;
}

/** What `el.ready` resolves with. */
export type ArchiveReadyResult = ({ state: 'ready' } & ArchiveState) | ({ state: 'error' } & ArchiveErrorDetail);

/** The events a <fact-archive> dispatches (bubbling and composed). */
export interface FactArchiveEventMap {
  'fa-ready': CustomEvent<ArchiveStateDetail>;
  'fa-change': CustomEvent<ArchiveStateDetail>;
  'fa-select': CustomEvent<ArchiveSelectDetail>;
  'fa-error': CustomEvent<ArchiveErrorDetail>;
}

/** The <fact-archive> element. Attributes: `src` (the folder `archive build`
 *  wrote), `url-sync="off"` (leave the page's address alone). */
export declare class FactArchiveElement extends HTMLElement {
  /** Resolves once the first view has loaded, or could not. */
  readonly ready: Promise<ArchiveReadyResult>;
  /** The state shown. Setting it shows it (keys left out are '' and false)
   *  and throws a TypeError for a value of the wrong type. */
  get state(): ArchiveState;
  set state(value: Partial<ArchiveState>);
  /** Shows the search for `query`. */
  search(query: string): void;
  /** Shows the page of the archive entity `key` (the query is kept for the way back). */
  openEntity(key: string): void;
  /** Shows the identity review (the query is kept for the way back). */
  reviewIdentities(): void;
  addEventListener<K extends keyof FactArchiveEventMap>(type: K, listener: (this: FactArchiveElement, ev: FactArchiveEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: FactArchiveElement, ev: HTMLElementEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof FactArchiveEventMap>(type: K, listener: (this: FactArchiveElement, ev: FactArchiveEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: FactArchiveElement, ev: HTMLElementEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

/** The element class (also registered as `fact-archive` when the module loads in a browser). */
export declare const FactArchive: typeof FactArchiveElement;

declare global {
  interface HTMLElementTagNameMap {
    'fact-archive': FactArchiveElement;
  }
  interface HTMLElementEventMap {
    'fa-ready': CustomEvent<ArchiveStateDetail>;
    'fa-change': CustomEvent<ArchiveStateDetail>;
    'fa-select': CustomEvent<ArchiveSelectDetail>;
    'fa-error': CustomEvent<ArchiveErrorDetail>;
  }
  // The events bubble and are composed: a listener on the document hears
  // every element's.
  interface DocumentEventMap {
    'fa-ready': CustomEvent<ArchiveStateDetail>;
    'fa-change': CustomEvent<ArchiveStateDetail>;
    'fa-select': CustomEvent<ArchiveSelectDetail>;
    'fa-error': CustomEvent<ArchiveErrorDetail>;
  }
}
