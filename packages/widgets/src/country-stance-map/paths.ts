import { noChange } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import type { ElementPart } from 'lit/directive.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The attributes of one `<path>`, in the order they are set; null leaves one
 * out. Every entry of a list has the same attribute names.
 */
export type PathAttributes = Readonly<Record<string, string | null>>;

/**
 * Bound to an element (`<g ${paths(list)}>`), fills it with one `<path>` per
 * entry and, on later renders, sets only the attributes that changed. Paths
 * are reused by position, as Lit reuses the items of a list, so the element
 * that has keyboard focus stays the same element.
 *
 * Lit would give each path a template instance, two marker comments and a
 * part per attribute: with 180 countries, that was a large share of the
 * map's first render. Hover and focus re-renders then touch a few attributes.
 */
class PathsDirective extends Directive {
  private paths: SVGPathElement[] = [];
  private drawn: PathAttributes[] = [];

  render(_paths: readonly PathAttributes[]): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [wanted]: [readonly PathAttributes[]]): typeof noChange {
    const { paths, drawn } = this;
    const parent = part.element;
    const doc = parent.ownerDocument;
    let added: DocumentFragment | null = null;
    wanted.forEach((attributes, i) => {
      let path = paths[i];
      const before = drawn[i];
      if (!path) {
        path = doc.createElementNS(SVG_NS, 'path');
        paths.push(path);
        (added ??= doc.createDocumentFragment()).append(path);
      }
      for (const name in attributes) {
        const value = attributes[name]!;
        if (before && before[name] === value) continue;
        if (value === null) path.removeAttribute(name);
        else path.setAttribute(name, value);
      }
      drawn[i] = attributes;
    });
    if (added) parent.append(added);
    for (const path of paths.splice(wanted.length)) path.remove();
    drawn.length = wanted.length;
    return noChange;
  }
}

/** `<g ${paths(list)}></g>`: one `<path>` per entry of `list`, attributes as given. */
export const paths = directive(PathsDirective);
