// The few things the reader needs of an XML part, on the DOM the host gives (the browser's
// DOMParser in the pane, jsdom's in tests). Elements are matched by local name in any namespace:
// Excel writes the transitional namespace without a prefix, other writers prefix it ("x:c"), and a
// strict OOXML file uses other namespace URIs for the same names.

/** Parses XML text into a document; the browser's DOMParser unless one is given. */
export type XmlParser = (text: string) => Document;

export const domParser: XmlParser = (text) => new DOMParser().parseFromString(text, "application/xml");

/** Thrown for a part that is not well-formed XML (the parser's own detail is not for users). */
export class XmlError extends Error {
  constructor(readonly part: string) {
    super(`${part} is not well-formed XML`);
    this.name = "XmlError";
  }
}

/** The part's root element; XmlError when the parser reports an error instead. */
export function rootOf(parse: XmlParser, text: string, part: string): Element {
  // OOXML parts have no document type: one with a DTD or entities is not ours, and is never
  // handed to a parser that might expand them.
  if (/<!(DOCTYPE|ENTITY)/i.test(text)) throw new XmlError(part);
  let doc: Document;
  try {
    // A byte order mark is no character of the document; not every parser skips it in a string.
    doc = parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    throw new XmlError(part);
  }
  const root = doc.documentElement;
  // DOMParser does not throw: it returns a document whose root (Chromium, jsdom) or first child
  // (Firefox puts it inside) is a <parsererror> element.
  if (!root || root.localName === "parsererror" || root.getElementsByTagName("parsererror").length > 0)
    throw new XmlError(part);
  return root;
}

/** The element children of `el` named `name` (any namespace), in document order. */
export function children(el: Element, name: string): Element[] {
  const out: Element[] = [];
  for (let c = el.firstElementChild; c !== null; c = c.nextElementSibling)
    if (c.localName === name) out.push(c);
  return out;
}

/** The first element child of `el` named `name`, or null. */
export function child(el: Element, name: string): Element | null {
  for (let c = el.firstElementChild; c !== null; c = c.nextElementSibling) if (c.localName === name) return c;
  return null;
}

/** An attribute without a namespace (`name="…"`), or null. */
export function attr(el: Element, name: string): string | null {
  return el.getAttribute(name);
}

/**
 * A relationship id attribute (`r:id`, whatever the prefix): the namespaced attribute named `id`.
 * Transitional and strict files bind the prefix to different URIs, so any namespace will do.
 */
export function relId(el: Element, name = "id"): string | null {
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes[i];
    if (a.localName === name && a.namespaceURI !== null) return a.value;
  }
  return null;
}

/** The text of `el` and everything in it. */
export function textOf(el: Element | null): string {
  return el?.textContent ?? "";
}
