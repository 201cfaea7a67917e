/**
 * What the browser logs when a page asks for a message the server did not send with it
 * (decision 043): the page then shows the raw key. The end-to-end tests fail on this log
 * (tests/e2e/fixtures.ts), so a key the build's scan (key-usage.ts) cannot see is found there.
 */
export const MISSING_MESSAGE = "Fodfæste: a message this page was not sent:";
