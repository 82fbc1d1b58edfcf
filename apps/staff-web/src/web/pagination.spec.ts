import { paginationParams } from './pagination';

describe('GOV.UK pagination for a list paged on the server', () => {
  const href = (n: number) => `/tasks?page=${n}`;

  it('shows nothing for a single page', () => {
    expect(paginationParams(1, 1, href)).toBeUndefined();
    expect(paginationParams(1, 0, href)).toBeUndefined();
  });

  it('gives the first page a next link only, and marks it current', () => {
    const p = paginationParams(1, 3, href);
    expect(p?.previous).toBeUndefined();
    expect(p?.next).toEqual({ href: '/tasks?page=2' });
    expect(p?.items).toEqual([
      { number: 1, href: '/tasks?page=1', current: true },
      { number: 2, href: '/tasks?page=2', current: false },
      { number: 3, href: '/tasks?page=3', current: false },
    ]);
  });

  it('puts ellipses where pages are left out, keeping the first, the last and the neighbours', () => {
    const p = paginationParams(6, 12, href);
    expect(p?.items.map((i) => ('ellipsis' in i ? '…' : i.number))).toEqual([1, '…', 5, 6, 7, '…', 12]);
    expect(p?.previous).toEqual({ href: '/tasks?page=5' });
    expect(p?.next).toEqual({ href: '/tasks?page=7' });
  });
});
