// A radar chart in SVG, drawn here (no chart library): one spoke per dimension from 0 % at the centre to
// 100 % at the rim, rings every 25 %, and one closed shape per series (the latest assessment filled, the
// previous one dashed). Names are set as text. The chart is an image with a label; the same figures are in
// the table beside it for whoever does not see it.
'use strict';

const IseRadar = (() => {
  const svgNs = 'http://www.w3.org/2000/svg';
  const size = 420;
  const centre = size / 2;
  const radius = 130;
  // Room beside the chart for the names of the spokes on the left and right.
  const margin = 90;

  function node(tag, attributes = {}, text = null) {
    const element = document.createElementNS(svgNs, tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
    if (text !== null) element.textContent = text;
    return element;
  }

  // The point at `percent` along spoke `i` of `count`, the first spoke pointing up.
  function point(i, count, percent) {
    const angle = (Math.PI * 2 * i) / count - Math.PI / 2;
    const r = (radius * Math.max(0, Math.min(100, percent))) / 100;
    return [centre + r * Math.cos(angle), centre + r * Math.sin(angle)];
  }

  const polygon = (values, attributes) =>
    node('polygon', { points: values.map((v, i) => point(i, values.length, v).map((c) => c.toFixed(1)).join(',')).join(' '), ...attributes });

  /**
   * Draws into `container` (replacing what it held): `spokes` are the dimension names; `series` are
   * { name, values (percent per spoke, null where unknown), className }, drawn in order (the last on top).
   */
  function draw(container, title, spokes, series) {
    const count = spokes.length;
    const svg = node('svg', { viewBox: `${-margin} 0 ${size + 2 * margin} ${size}`, role: 'img', class: 'radar', 'aria-label': title });
    svg.append(node('title', {}, title));
    for (const ring of [25, 50, 75, 100]) svg.append(polygon(spokes.map(() => ring), { class: 'ring' }));
    spokes.forEach((name, i) => {
      const [x, y] = point(i, count, 100);
      svg.append(node('line', { x1: centre, y1: centre, x2: x.toFixed(1), y2: y.toFixed(1), class: 'spoke' }));
      const [lx, ly] = point(i, count, 118);
      const anchor = Math.abs(lx - centre) < 1 ? 'middle' : lx > centre ? 'start' : 'end';
      svg.append(node('text', { x: lx.toFixed(1), y: ly.toFixed(1), 'text-anchor': anchor, 'dominant-baseline': 'middle', class: 'spoke-name' }, name));
    });
    for (const ring of [50, 100]) {
      const [x, y] = point(0, count, ring);
      svg.append(node('text', { x: (x + 4).toFixed(1), y: (y + 12).toFixed(1), class: 'ring-value' }, ring + ' %'));
    }
    for (const one of series) {
      svg.append(polygon(one.values.map((v) => v ?? 0), { class: 'series ' + one.className, 'data-series': one.name }));
    }

    const legend = document.createElement('ul');
    legend.className = 'legend';
    for (const one of series) {
      const item = document.createElement('li');
      item.className = one.className;
      item.textContent = one.name;
      legend.append(item);
    }
    container.replaceChildren(svg, legend);
  }

  return { draw };
})();
