// The live page: initial load from GET /stories, then every update from the SSE stream GET /stories/stream.
// Plain DOM, no framework; text always goes in through textContent.
'use strict';

const stories = new Map();          // story id -> latest story JSON
const fromStream = new Set();       // ids whose version came from the stream (newer than the initial load)
const list = document.getElementById('stories');
const status = document.getElementById('status');
const live = new URLSearchParams(location.search).get('live') !== '0';

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (name === 'class') node.className = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value);
  }
  for (const child of children) {
    if (child != null) node.append(child);
  }
  return node;
}

function day(iso) {
  return iso ? String(iso).replace('T', ' ').replace(/:\d\d(\.\d+)?Z?$/, '') : '';
}

function span(story) {
  const first = day(story.firstPublishedAt);
  const last = day(story.lastPublishedAt);
  const when = first && last && first !== last ? first + ' – ' + last : first || last;
  return story.articles.length + (story.articles.length === 1 ? ' article' : ' articles') + (when ? ' · ' + when : '');
}

function render() {
  const ordered = [...stories.values()].sort((a, b) => (b.lastMillis - a.lastMillis) || a.id.localeCompare(b.id));
  list.replaceChildren(...ordered.map(storyElement));
  status.textContent = ordered.length + ' stories' + (live ? ' · live' : '');
}

function storyElement(story) {
  const outlets = el('ul', { class: 'story-outlets' });
  for (const source of story.outlets) {
    const article = story.articles.find(a => (a.source || 'unknown') === source);
    outlets.append(el('li', { class: 'outlet', title: article ? article.title || '' : '',
      onclick: () => article && showArticle(article.articleId) }, source));
  }
  const people = el('ul', { class: 'story-people' });
  for (const entity of story.entities.filter(e => e.type === 'PERSON')) {
    people.append(el('li', {}, el('button', { class: 'person', 'data-key': entity.key,
      title: entity.variants.join(' / '), onclick: () => showPerson(entity.key, entity.name) }, entity.name)));
  }
  const quotes = el('div', { class: 'story-quotes' });
  for (const speaker of story.speakers) {
    const section = el('section', { class: 'speaker', 'data-key': speaker.key },
      el('h3', { class: 'speaker-name' }, speaker.name));
    for (const quote of speaker.quotes) section.append(quoteElement(quote));
    quotes.append(section);
  }
  return el('article', { class: 'story', 'data-story-id': story.id },
    el('h2', { class: 'story-title' }, story.title),
    el('p', { class: 'story-meta' }, span(story)),
    outlets, people, quotes);
}

function quoteElement(quote, extra) {
  const outlets = [...new Set(quote.reports.map(r => r.source))];
  return el('blockquote', { class: 'quote' }, '“' + quote.text + '”',
    el('span', { class: 'quote-outlets' }, (extra ? extra + ' · ' : '') + outlets.join(', ')
      + ' (' + quote.reports.map(r => r.cue || '—').join(', ') + ')'));
}

function panel(id, attrs, ...children) {
  const section = document.getElementById(id);
  for (const [name, value] of Object.entries(attrs)) section.setAttribute(name, value);
  section.replaceChildren(el('button', { class: 'close', onclick: () => { section.hidden = true; } }, '×'),
    ...children);
  section.hidden = false;
  section.scrollIntoView({ block: 'nearest' });
}

// The person index is built one step after the story (a repartition by speaker key), so right after a story
// appears it may not know the person's quotations yet: while the stories shown here say there are some, ask again.
async function showPerson(key, name, attempt = 0) {
  const response = await fetch('/entities/' + encodeURIComponent(key) + '/quotes');
  const quotes = response.ok ? await response.json() : [];
  if (attempt > 0 && document.getElementById('person-quotes').getAttribute('data-key') !== key) return;
  if (quotes.length < quotesShownFor(key) && attempt < 10) {
    setTimeout(() => showPerson(key, name, attempt + 1), 500);
    if (attempt > 0) return;
  }
  panel('person-quotes', { 'data-key': key }, el('h2', {}, 'Everything ' + name + ' said'),
    ...(quotes.length ? quotes.map(q => quoteElement(q, q.storyTitle + ' · ' + day(q.latestPublishedAt)))
      : [el('p', {}, 'No quotations attributed.')]));
}

function quotesShownFor(key) {
  let count = 0;
  for (const story of stories.values()) {
    for (const speaker of story.speakers) if (speaker.key === key) count += speaker.quotes.length;
  }
  return count;
}

async function showArticle(articleId) {
  const response = await fetch('/articles/' + encodeURIComponent(articleId));
  if (!response.ok) {
    panel('article-view', { 'data-article-id': articleId }, el('p', {}, 'Article not available.'));
    return;
  }
  const article = await response.json();
  const body = el('div', { class: 'body' });
  let at = 0;
  for (const span of [...article.quotes].sort((a, b) => a.start - b.start)) {
    if (span.start < at) continue; // overlapping spans: keep the first
    body.append(article.body.slice(at, span.start));
    body.append(el('mark', { class: 'quote', 'data-speaker': span.speaker || '', 'data-cue': span.cue || '',
      title: (span.speaker || 'unattributed') + (span.cue ? ' · ' + span.cue : '') },
      article.body.slice(span.start, span.end)));
    body.append(el('sup', { class: 'who' }, (span.speaker || 'unattributed') + (span.cue ? ' · ' + span.cue : '')));
    at = span.end;
  }
  body.append(article.body.slice(at));
  panel('article-view', { 'data-article-id': articleId },
    el('h2', {}, article.title || articleId),
    el('p', { class: 'story-meta' }, [article.source, day(article.publishedAt)].filter(Boolean).join(' · ') + ' ',
      article.url ? el('a', { href: article.url, rel: 'noopener' }, 'original') : null),
    body);
}

async function loadInitial() {
  const response = await fetch('/stories?size=50');
  if (!response.ok) {
    status.textContent = 'stories not available yet (' + response.status + '), retrying…';
    setTimeout(loadInitial, 2000);
    return;
  }
  const page = await response.json();
  for (const story of page.items) {
    if (!fromStream.has(story.id)) stories.set(story.id, story);
  }
  render();
}

// Subscribe first, then load, so that no update falls between the two; a version from the stream is never
// overwritten by the (older) loaded one. The server may hold the stream's headers until its first event, so the
// load does not wait for "open"; after a reconnection the page reloads what it may have missed.
function connect() {
  const source = new EventSource('/stories/stream');
  let lost = false;
  source.onopen = () => { if (lost) { lost = false; fromStream.clear(); loadInitial(); } };
  source.onmessage = event => {
    const story = JSON.parse(event.data);
    fromStream.add(story.id);
    stories.set(story.id, story);
    render();
  };
  source.onerror = () => { lost = true; status.textContent = 'reconnecting…'; };
}

// "?live=0" gives a snapshot without the stream: for screenshots and headless tools whose virtual clock waits
// for every open request (an event stream never ends).
if (live) connect();
loadInitial();
