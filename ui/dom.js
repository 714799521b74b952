// Building elements without HTML: every text goes in as a text node, attributes are set one by one from
// names written here (never from data), and event handlers are functions. Nothing a client sent is parsed, and
// no character it sent reorders what is shown around it (bidirectional controls are shown as escapes).

/** Embeddings, overrides, isolates and marks of the bidirectional algorithm (U+202E turns the rest of a line around). */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** The text with each bidirectional control written as its JSON escape (`\u202e`), so that it reads in the order sent. */
export function visible(text) {
  return text.replace(BIDI_CONTROLS, (control) => `\\u${control.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `h('td', { class: 'x', onclick: fn }, 'text', child)`. */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') element.className = value;
    else if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

/** Appends strings as text nodes, elements as they are; skips null, undefined and false. */
export function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' || typeof child === 'number' ? visible(String(child)) : child);
  }
}

/** Replaces an element's children. */
export function replace(element, ...children) {
  element.replaceChildren();
  append(element, children);
}

export function byId(id) {
  return document.getElementById(id);
}
