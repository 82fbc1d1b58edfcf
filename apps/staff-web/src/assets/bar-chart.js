// One chart script for every figure a page draws (compliance, yearly figures): a bar chart drawn
// over the figure's own table, the two then shown as GOV.UK tabs. Without JavaScript (or if this
// fails) the table stays as it is. The markup says what to draw:
//   <div data-hw-bar-chart data-chart-id="…" data-chart-title="…" [data-chart-unit="%"] [data-chart-empty="none due"]
//        data-govuk-frontend="…govuk-frontend.min.js"> <table> … </table> </div>
//   thead th[data-chart-series]: one series each, in order, named by its text (or the attribute's value);
//   tbody row: a cell with data-chart-label, and one cell with data-chart-value a series (blank: no bar).
// Bars are told apart by fill (solid, striped, dotted) and each carries its value, so the chart
// reads printed in black and white, and without colour.

const SVG = 'http://www.w3.org/2000/svg';
const MIN_GROUP = 68;
const PANEL_PADDING = 20;
const LEFT = 56;
const TOP = 16;
const PLOT = 220;
const BOTTOM = 56;
const FILLS = [
  { name: 'solid bars', pattern: null },
  { name: 'striped bars', pattern: 'stripes' },
  { name: 'dotted bars', pattern: 'dots' },
];

function el(name, attributes = {}, text) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function html(name, attributes = {}, text) {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

const fillOf = (id, s) => (FILLS[s].pattern ? `url(#${id}-${FILLS[s].pattern})` : '#1d70b8');

function patterns(id) {
  const defs = el('defs');
  const stripes = el('pattern', { id: `${id}-stripes`, width: 8, height: 8, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' });
  stripes.append(el('rect', { width: 8, height: 8, fill: '#ffffff' }), el('line', { x1: 0, y1: 0, x2: 0, y2: 8, stroke: '#0b0c0c', 'stroke-width': 4 }));
  const dots = el('pattern', { id: `${id}-dots`, width: 6, height: 6, patternUnits: 'userSpaceOnUse' });
  dots.append(el('rect', { width: 6, height: 6, fill: '#ffffff' }), el('circle', { cx: 3, cy: 3, r: 1.5, fill: '#0b0c0c' }));
  defs.append(stripes, dots);
  return defs;
}

/** 0 to a round top (1, 2 or 5 times a power of ten), in four steps; percentages always to 100. */
function scaleOf(rows, unit) {
  if (unit === '%') return 100;
  const most = Math.max(4, ...rows.flatMap((r) => r.values.filter((v) => v !== null)));
  const step = most / 4;
  const power = 10 ** Math.floor(Math.log10(step));
  return 4 * ([1, 2, 5, 10].map((m) => m * power).find((m) => m >= step) ?? 10 * power);
}

const valueText = (value, unit) => (unit === '%' ? `${Math.round(value)}%` : String(value));

function bar(x, width, value, fill, top, unit) {
  const group = el('g');
  if (value === null) return group;
  const baseline = TOP + PLOT;
  const height = (PLOT * value) / top;
  group.append(el('rect', { x, y: baseline - height, width, height: Math.max(height, 1), fill, stroke: '#0b0c0c', 'stroke-width': 1 }));
  group.append(el('text', { x: x + width / 2, y: baseline - height - 4, 'text-anchor': 'middle', 'font-size': 12, fill: '#0b0c0c' }, valueText(value, unit)));
  return group;
}

/** "April 2025" as "April" / "2025"; a month a period cuts, "15 to 30 September 2025", as "15–30 Sep" / "2025"; anything else on one line. */
function labelLines(label) {
  const words = label.split(' ');
  const year = words.at(-1);
  if (words.length < 2 || !/^\d{4}$/.test(year)) return [label, ''];
  const month = words.at(-2);
  const days = words.slice(0, -2);
  return days.length === 0 ? [month, year] : [`${days.join(' ').replace(' to ', '–')} ${month.slice(0, 3)}`, year];
}

/** As wide as the panel allows; a long run of groups scrolls sideways rather than shrinking its labels. */
function chart(figure, rows, available) {
  const { id, unit, empty } = figure;
  const count = Math.max(figure.series.length, 1);
  const GROUP = Math.max(MIN_GROUP, Math.floor((available - LEFT - 8) / Math.max(rows.length, 1)));
  const BAR = Math.min(36, Math.floor((GROUP - 16) / count));
  const width = LEFT + rows.length * GROUP + 8;
  const height = TOP + PLOT + BOTTOM;
  const top = scaleOf(rows, unit);
  const svg = el('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${id}-chart-title`, 'font-family': 'GDS Transport, arial, sans-serif' });
  svg.append(el('title', { id: `${id}-chart-title` }, `${figure.title}. The same figures are in the table.`), patterns(id));
  for (let tick = 0; tick <= top; tick += top / 4) {
    const y = TOP + PLOT - (PLOT * tick) / top;
    svg.append(el('line', { x1: LEFT, x2: width - 8, y1: y, y2: y, stroke: tick === 0 ? '#0b0c0c' : '#b1b4b6', 'stroke-width': 1 }));
    svg.append(el('text', { x: LEFT - 6, y: y + 4, 'text-anchor': 'end', 'font-size': 12, fill: '#0b0c0c' }, valueText(tick, unit)));
  }
  rows.forEach((row, i) => {
    const x = LEFT + i * GROUP + (GROUP - count * BAR - (count - 1) * 4) / 2;
    row.values.forEach((value, s) => svg.append(bar(x + s * (BAR + 4), BAR, value, fillOf(id, s), top, unit)));
    const centre = LEFT + i * GROUP + GROUP / 2;
    const [line1, line2] = labelLines(row.label);
    const label = el('text', { x: centre, y: TOP + PLOT + 18, 'text-anchor': 'middle', 'font-size': 12, fill: '#0b0c0c' });
    label.append(el('tspan', { x: centre, dy: 0 }, line1), el('tspan', { x: centre, dy: 15 }, line2));
    svg.append(label);
    if (empty && row.values.every((v) => v === null)) svg.append(el('text', { x: centre, y: TOP + PLOT - 6, 'text-anchor': 'middle', 'font-size': 12, fill: '#0b0c0c' }, empty));
  });
  return svg;
}

function legend(figure) {
  const list = html('ul', { class: 'govuk-list hw-chart-legend' });
  figure.series.forEach((name, s) => {
    const item = html('li');
    const key = el('svg', { width: 24, height: 16, 'aria-hidden': 'true', focusable: 'false' });
    if (FILLS[s].pattern) key.append(patterns(`${figure.id}-key${s}`));
    key.append(el('rect', { x: 1, y: 1, width: 22, height: 14, fill: FILLS[s].pattern ? `url(#${figure.id}-key${s}-${FILLS[s].pattern})` : fillOf(figure.id, s), stroke: '#0b0c0c', 'stroke-width': 1 }));
    key.style.verticalAlign = 'middle';
    key.style.marginRight = '8px';
    item.append(key, `${name} (${FILLS[s].name})`);
    list.append(item);
  });
  return list;
}

function tabs(id, chartPanelContent) {
  const container = html('div', { class: 'govuk-tabs', 'data-module': 'govuk-tabs' });
  const list = html('ul', { class: 'govuk-tabs__list' });
  const panels = [
    { id: `${id}-table`, label: 'Table', content: document.createDocumentFragment() },
    { id: `${id}-chart`, label: 'Chart', content: chartPanelContent },
  ];
  container.append(html('h3', { class: 'govuk-tabs__title' }, 'Contents'), list);
  panels.forEach((panel, i) => {
    const item = html('li', { class: `govuk-tabs__list-item${i === 0 ? ' govuk-tabs__list-item--selected' : ''}` });
    item.append(html('a', { class: 'govuk-tabs__tab', href: `#${panel.id}` }, panel.label));
    list.append(item);
    const div = html('div', { class: `govuk-tabs__panel${i === 0 ? '' : ' govuk-tabs__panel--hidden'}`, id: panel.id });
    div.append(panel.content);
    container.append(div);
  });
  return container;
}

function figureOf(container, table) {
  const id = container.dataset.chartId || 'by-month';
  const series = [...table.querySelectorAll('thead [data-chart-series]')].map((th) => th.dataset.chartSeries || th.textContent.trim()).slice(0, FILLS.length);
  return { id, series, title: container.dataset.chartTitle, unit: container.dataset.chartUnit || '', empty: container.dataset.chartEmpty || '' };
}

function rowsOf(table, figure) {
  return [...table.querySelectorAll('tbody tr')]
    .map((tr) => ({ label: tr.querySelector('[data-chart-label]')?.dataset.chartLabel, cells: [...tr.querySelectorAll('[data-chart-value]')] }))
    .filter((row) => row.label !== undefined)
    .map(({ label, cells }) => ({ label, values: cells.slice(0, figure.series.length).map((c) => (c.dataset.chartValue === '' ? null : Number(c.dataset.chartValue))) }));
}

function draw(container, Tabs) {
  const table = container.querySelector('table');
  if (!table) return;
  const figure = figureOf(container, table);
  const content = document.createDocumentFragment();
  content.append(html('h3', { class: 'govuk-heading-s' }, figure.title), legend(figure));
  // Many groups are wider than the page: the chart scrolls sideways, and can be scrolled by keyboard.
  const scroller = html('div', { tabindex: '0', role: 'region', 'aria-label': `Chart, scrolls sideways: ${figure.title}` });
  scroller.style.overflowX = 'auto';
  content.append(scroller);
  const built = tabs(figure.id, content);
  // The table moves into its tab only once everything else is built.
  container.append(built);
  const tablePanel = built.querySelector(`#${figure.id}-table`);
  tablePanel.append(table);
  // The chart's panel is hidden now: fit it to the table's panel, less the panel's padding and border.
  scroller.append(chart(figure, rowsOf(table, figure), tablePanel.clientWidth - 2 * PANEL_PADDING));
  new Tabs(built);
}

async function main() {
  const containers = [...document.querySelectorAll('[data-hw-bar-chart]')];
  if (containers.length === 0) return;
  const { Tabs } = await import(containers[0].dataset.govukFrontend);
  for (const container of containers) {
    try {
      draw(container, Tabs);
    } catch {
      // That table stays as it is; the other figures are still drawn.
    }
  }
}

main().catch(() => {
  // The tables are already on the page: nothing is lost if the charts cannot be drawn.
});
