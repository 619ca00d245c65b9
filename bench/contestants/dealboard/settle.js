// Dealboard elements may render more than once for one input (a "Loading…"
// state while the validator or the map outlines load, then the picture):
// these resolve when what was asked for is in the DOM, checked on each change.

/** Resolves once `drawn()` is true, testing after every update and DOM mutation. */
export async function settled(element, drawn) {
  await element.updateComplete;
  const root = element.renderRoot;
  if (!drawn(root)) {
    await new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (!drawn(root)) return;
        observer.disconnect();
        resolve();
      });
      observer.observe(root, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: ['data-id'],
      });
    });
  }
  await element.updateComplete;
}

/** The id of the deal Dealboard sorts first by default: the highest value. */
export function topDealId(dataset) {
  let top = null;
  let best = -1;
  for (const deal of dataset.deals) {
    for (const claim of deal.valueClaims) {
      if (claim.amountUsd > best) {
        best = claim.amountUsd;
        top = deal.id;
      }
    }
  }
  return top;
}
