const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id that cannot be an alert's is a page that is not there: no need to ask alerting. */
export function isAlertId(id: string): boolean {
  return UUID.test(id);
}
