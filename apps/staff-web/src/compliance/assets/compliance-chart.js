// The compliance page's chart: drawn over the month table's own figures, the table and the
// chart then shown as GOV.UK tabs. Without JavaScript (or if this fails) the table stays as it is.
// Bars are told apart by fill (solid, striped) and each carries its value, so the chart reads
// in black and white and without colour.

const SVG = 'http://www.w3.org/2000/svg';
const MIN_GROUP = 68;
const PANEL_PADDING = 20;
const LEFT = 48;
const TOP = 16;
const PLOT = 220;
const BOTTOM = 56;
const SERIES = [
  { key: 'chartOffered', label: 'Offered within 72 hours', fill: '#1d70b8', pattern: null },
  { key: 'chartHeld', label: 'Held within 72 hours', fill: 'url(#hw-stripes)', pattern: 'stripes' },
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

function percentOf(cell, key) {
  const value = cell.dataset[key];
  return value === undefined || value === '' ? null : Number(value);
}

function stripes() {
  const pattern = el('pattern', { id: 'hw-stripes', width: 8, height: 8, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' });
  pattern.append(el('rect', { width: 8, height: 8, fill: '#ffffff' }), el('line', { x1: 0, y1: 0, x2: 0, y2: 8, stroke: '#0b0c0c', 'stroke-width': 4 }));
  const defs = el('defs');
  defs.append(pattern);
  return defs;
}

function bar(x, width, percent, series) {
  const group = el('g');
  const baseline = TOP + PLOT;
  if (percent === null) return group;
  const height = (PLOT * percent) / 100;
  group.append(el('rect', { x, y: baseline - height, width, height: Math.max(height, 1), fill: series.fill, stroke: '#0b0c0c', 'stroke-width': 1 }));
  group.append(el('text', { x: x + width / 2, y: baseline - height - 4, 'text-anchor': 'middle', 'font-size': 12, fill: '#0b0c0c' }, `${Math.round(percent)}%`));
  return group;
}

/** "April" / "2025"; a month the period cuts: "15–30 Sep" / "2025". */
function monthLines(label) {
  const words = label.split(' ');
  const [year, month] = [words.at(-1), words.at(-2)];
  const days = words.slice(0, -2);
  return days.length === 0 ? [month, year] : [`${days.join(' ').replace(' to ', '–')} ${month.slice(0, 3)}`, year];
}

/** As wide as the panel allows; a long period scrolls sideways rather than shrinking its labels. */
function chart(months, title, available) {
  const GROUP = Math.max(MIN_GROUP, Math.floor((available - LEFT - 8) / Math.max(months.length, 1)));
  const BAR = Math.min(36, Math.floor((GROUP - 16) / 2));
  const width = LEFT + months.length * GROUP + 8;
  const height = TOP + PLOT + BOTTOM;
  const svg = el('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': 'hw-chart-title', 'font-family': 'GDS Transport, arial, sans-serif' });
  svg.append(el('title', { id: 'hw-chart-title' }, `${title}. The same figures are in the table.`), stripes());
  for (const tick of [0, 25, 50, 75, 100]) {
    const y = TOP + PLOT - (PLOT * tick) / 100;
    svg.append(el('line', { x1: LEFT, x2: width - 8, y1: y, y2: y, stroke: tick === 0 ? '#0b0c0c' : '#b1b4b6', 'stroke-width': 1 }));
    svg.append(el('text', { x: LEFT - 6, y: y + 4, 'text-anchor': 'end', 'font-size': 12, fill: '#0b0c0c' }, `${tick}%`));
  }
  months.forEach((month, i) => {
    const x = LEFT + i * GROUP + (GROUP - 2 * BAR - 4) / 2;
    SERIES.forEach((series, s) => svg.append(bar(x + s * (BAR + 4), BAR, month[series.key], series)));
    const centre = LEFT + i * GROUP + GROUP / 2;
    const [line1, line2] = monthLines(month.label);
    const label = el('text', { x: centre, y: TOP + PLOT + 18, 'text-anchor': 'middle', 'font-size': 12, fill: '#0b0c0c' });
    label.append(el('tspan', { x: centre, dy: 0 }, line1), el('tspan', { x: centre, dy: 15 }, line2));
    svg.append(label);
    if (month.chartOffered === null && month.chartHeld === null) {
      svg.append(el('text', { x: centre, y: TOP + PLOT - 6, 'text-anchor': 'middle', 'font-size': 12, fill: '#0b0c0c' }, 'none due'));
    }
  });
  return svg;
}

function legend() {
  const list = html('ul', { class: 'govuk-list hw-chart-legend' });
  for (const series of SERIES) {
    const item = html('li');
    const key = el('svg', { width: 24, height: 16, 'aria-hidden': 'true', focusable: 'false' });
    if (series.pattern) key.append(stripes());
    key.append(el('rect', { x: 1, y: 1, width: 22, height: 14, fill: series.fill, stroke: '#0b0c0c', 'stroke-width': 1 }));
    key.style.verticalAlign = 'middle';
    key.style.marginRight = '8px';
    item.append(key, `${series.label} (${series.pattern ? 'striped bars' : 'solid bars'})`);
    list.append(item);
  }
  return list;
}

function tabs(chartPanelContent) {
  const container = html('div', { class: 'govuk-tabs', 'data-module': 'govuk-tabs' });
  const list = html('ul', { class: 'govuk-tabs__list' });
  const panels = [
    { id: 'by-month-table', label: 'Table', content: document.createDocumentFragment() },
    { id: 'by-month-chart', label: 'Chart', content: chartPanelContent },
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

async function main() {
  const figure = document.querySelector('[data-hw-compliance-chart]');
  const table = figure?.querySelector('table');
  if (!figure || !table) return;
  const { Tabs } = await import(figure.dataset.govukFrontend);
  const months = [...table.querySelectorAll('tbody [data-chart-month]')].map((cell) => ({
    label: cell.dataset.chartMonth,
    chartOffered: percentOf(cell, 'chartOffered'),
    chartHeld: percentOf(cell, 'chartHeld'),
  }));
  const title = `Return home interviews offered and held within 72 hours, as a percentage of those due, by month, ${figure.dataset.period}`;

  const content = document.createDocumentFragment();
  content.append(html('h3', { class: 'govuk-heading-s' }, title), legend());
  // Many months are wider than the page: the chart scrolls sideways, and can be scrolled by keyboard.
  const scroller = html('div', { tabindex: '0', role: 'region', 'aria-label': 'Chart, scrolls sideways' });
  scroller.style.overflowX = 'auto';
  content.append(scroller);

  const built = tabs(content);
  // The table moves into its tab only once everything else is built.
  figure.append(built);
  built.querySelector('#by-month-table').append(table);
  // The chart's panel is hidden now: fit it to the table's panel, less the panel's padding and border.
  const tablePanel = built.querySelector('#by-month-table');
  scroller.append(chart(months, title, tablePanel.clientWidth - 2 * PANEL_PADDING));
  new Tabs(built);
}

main().catch(() => {
  // The table is already on the page: nothing is lost if the chart cannot be drawn.
});
