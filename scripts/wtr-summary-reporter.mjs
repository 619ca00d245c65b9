// web-test-runner prints no plain "N passed, N failed" line: this reporter
// counts every test result (a session that failed to load counts as a
// failure) and writes the counts for scripts/test.mjs to add up.
import { mkdirSync, writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites) count(child, totals);
}

export function summaryReporter({ outFile = '.test-results/browser.json' } = {}) {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A failed import or uncaught error means tests never ran: a failure.
        if (session.errors?.length || !session.testResults) totals.failed += 1;
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync(outFile, JSON.stringify(totals));
      console.log(
        `browser: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`,
      );
    },
  };
}
