// A test-runner command that changes a setting the reader makes in their
// browser: the default text size (Settings → Appearance → Font size), which
// CSS sees as `medium`. Tests call it through `executeServerCommand`.

/** Each test page's DevTools session, kept open: closing it undoes the override. */
const sessions = new Map();

export function browserSettingsCommands() {
  return {
    name: 'dealboard-browser-settings',
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-default-font-size') return undefined;
      let cdp = sessions.get(session.id);
      if (!cdp) {
        cdp = await session.browser.getPage(session.id).createCDPSession();
        sessions.set(session.id, cdp);
      }
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: payload.px } });
      return true;
    },
  };
}
