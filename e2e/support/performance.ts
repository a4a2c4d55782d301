/**
 * The tag of a test that measures the page's main thread (long tasks, keystroke times). Such
 * tests run after all others, one at a time (playwright.config.ts): on a machine of two
 * processors, a second test running beside one starves V8's helper threads, and the main thread
 * then does their garbage collection itself, which measures the neighbour rather than the page.
 */
export const PERFORMANCE = { tag: '@performance' };
