/** Small helpers for putting data into sentences. */

/**
 * A label or claim inside a sentence: "Maximum retention" -> "maximum retention"; a first word with other capitals
 * ("ETL and data catalog", "NoSQL key-value", "IoT", "HTTP response limit") stays as it is.
 */
export const inSentence = (text: string) => (/^[A-Z][a-z]*(?=[\s,.:;-]|$)/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text);

/** "a, b and c" (or "a, b or c"). */
export const listInWords = (items: string[], last = 'and') => items.join(', ').replace(/, ([^,]*)$/, ` ${last} $1`);
