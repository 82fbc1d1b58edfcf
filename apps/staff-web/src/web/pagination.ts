/**
 * govukPagination's parameters for page `page` of `pageCount`: previous and next, the first and
 * last pages, the pages either side of this one, and ellipses between (GOV.UK's pattern).
 * `href(n)` gives page n's address. Undefined when there is only one page.
 */
export function paginationParams(page: number, pageCount: number, href: (page: number) => string, landmarkLabel = 'Pages') {
  if (pageCount <= 1) return undefined;
  const shown = [...new Set([1, page - 1, page, page + 1, pageCount])].filter((n) => n >= 1 && n <= pageCount).sort((a, b) => a - b);
  const items: ({ number: number; href: string; current: boolean } | { ellipsis: true })[] = [];
  shown.forEach((n, i) => {
    if (i > 0 && n - shown[i - 1] > 1) items.push({ ellipsis: true });
    items.push({ number: n, href: href(n), current: n === page });
  });
  return {
    landmarkLabel,
    previous: page > 1 ? { href: href(page - 1) } : undefined,
    next: page < pageCount ? { href: href(page + 1) } : undefined,
    items,
  };
}
