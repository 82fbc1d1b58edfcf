/**
 * The queue's search box takes a police reference or a child's name. A reference is matched on
 * the tasks themselves; anything else (a name, a date of birth, an LA id) goes through
 * protocol-engine's children search, and the queue then shows the one child's work, or asks
 * which child when several match. Pure.
 */

const DATE = /^(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4})$/;

/** A police reference has digits ("NT/26/004512"); names do not, and a date of birth is a date. */
export const mayBePoliceReference = (q: string): boolean => /\d/.test(q) && !DATE.test(q);

export const SEARCH_TOO_SHORT = 'Enter a police reference, or at least 2 letters of a name';
