/** A small force-directed SVG graph: repulsion between nodes, springs along edges, drag to move. */
export interface GraphNodeIn { id: string; type: string; label: string }
export interface GraphEdgeIn { from: string; to: string; type: string }
interface Sim extends GraphNodeIn { x: number; y: number; vx: number; vy: number; fixed: boolean }

const SVG = 'http://www.w3.org/2000/svg';
const COLORS: Record<string, string> = { Person: '#2563eb', Jurisdiction: '#059669', Organization: '#0d9488', Body: '#9333ea', Meeting: '#d97706', AgendaItem: '#a16207', Statement: '#64748b', Decision: '#dc2626', ActionItem: '#e11d48', Theme: '#db2777', Membership: '#7c3aed', Attendance: '#94a3b8' };

function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

export function forceGraph(nodes: GraphNodeIn[], edges: GraphEdgeIn[], options: { centre?: string; highlight?: Set<string>; onSelect: (id: string) => void }): SVGSVGElement {
  const width = 900;
  const height = 560;
  const sims: Sim[] = nodes.map((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, nodes.length);
    const r = n.id === options.centre ? 0 : 120 + (i % 3) * 60;
    return { ...n, x: width / 2 + r * Math.cos(angle), y: height / 2 + r * Math.sin(angle), vx: 0, vy: 0, fixed: n.id === options.centre };
  });
  const byId = new Map(sims.map((s) => [s.id, s]));
  const links = edges.map((e) => ({ ...e, a: byId.get(e.from), b: byId.get(e.to) })).filter((l): l is typeof l & { a: Sim; b: Sim } => Boolean(l.a && l.b));
  // Deterministic layout: a fixed number of steps, run before drawing, so screenshots are stable.
  for (let step = 0; step < 300; step++) tick(sims, links, width, height, 1 - step / 300);

  const svg = el('svg', { viewBox: `0 0 ${width} ${height}`, class: 'graph', role: 'img' });
  const lines = links.map((l) => {
    const line = el('line', { class: 'edge', stroke: '#94a3b8' });
    const title = el('title', {});
    title.textContent = `${l.from} —${l.type}→ ${l.to}`;
    line.appendChild(title);
    svg.appendChild(line);
    return { line, l };
  });
  const groups = sims.map((s) => {
    const g = el('g', { class: `node${s.id === options.centre ? ' centre' : ''}${options.highlight?.has(s.id) ? ' highlight' : ''}`, 'data-id': s.id, tabindex: 0 });
    g.appendChild(el('circle', { r: s.id === options.centre ? 11 : 8, fill: COLORS[s.type] ?? '#475569' }));
    const text = el('text', { x: 12, y: 4 });
    text.textContent = s.label.length > 40 ? `${s.label.slice(0, 39)}…` : s.label;
    g.appendChild(text);
    const title = el('title', {});
    title.textContent = `${s.type}: ${s.label} (${s.id})`;
    g.appendChild(title);
    svg.appendChild(g);
    return { g, s };
  });
  const draw = () => {
    for (const { line, l } of lines) {
      line.setAttribute('x1', l.a.x.toFixed(1)); line.setAttribute('y1', l.a.y.toFixed(1));
      line.setAttribute('x2', l.b.x.toFixed(1)); line.setAttribute('y2', l.b.y.toFixed(1));
    }
    for (const { g, s } of groups) g.setAttribute('transform', `translate(${s.x.toFixed(1)},${s.y.toFixed(1)})`);
  };
  draw();

  let dragging: { s: Sim; moved: boolean } | null = null;
  const toSvg = (event: PointerEvent) => {
    const rect = svg.getBoundingClientRect();
    return { x: ((event.clientX - rect.left) / rect.width) * width, y: ((event.clientY - rect.top) / rect.height) * height };
  };
  for (const { g, s } of groups) {
    g.addEventListener('pointerdown', (event) => { dragging = { s, moved: false }; g.setPointerCapture(event.pointerId); });
    g.addEventListener('pointermove', (event) => {
      if (dragging?.s !== s) return;
      const p = toSvg(event);
      if (Math.hypot(p.x - s.x, p.y - s.y) > 3) dragging.moved = true;
      s.x = p.x; s.y = p.y;
      draw();
    });
    g.addEventListener('pointerup', () => {
      const wasClick = dragging && !dragging.moved;
      dragging = null;
      if (wasClick) options.onSelect(s.id);
    });
    g.addEventListener('keydown', (event) => { if (event.key === 'Enter') options.onSelect(s.id); });
  }
  return svg;
}

function tick(sims: Sim[], links: { a: Sim; b: Sim }[], width: number, height: number, heat: number): void {
  for (let i = 0; i < sims.length; i++) {
    const a = sims[i] as Sim;
    for (let j = i + 1; j < sims.length; j++) {
      const b = sims[j] as Sim;
      const dx = b.x - a.x || 0.01;
      const dy = b.y - a.y || 0.01;
      const d2 = Math.max(dx * dx + dy * dy, 25);
      const f = 1800 / d2;
      const d = Math.sqrt(d2);
      a.vx -= (f * dx) / d; a.vy -= (f * dy) / d;
      b.vx += (f * dx) / d; b.vy += (f * dy) / d;
    }
  }
  for (const { a, b } of links) {
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const d = Math.max(Math.hypot(dx, dy), 1);
    const f = (d - 90) * 0.02;
    a.vx += (f * dx) / d; a.vy += (f * dy) / d;
    b.vx -= (f * dx) / d; b.vy -= (f * dy) / d;
  }
  for (const s of sims) {
    s.vx += (width / 2 - s.x) * 0.002;
    s.vy += (height / 2 - s.y) * 0.002;
    if (s.fixed) { s.vx = 0; s.vy = 0; continue; }
    s.x = Math.min(width - 20, Math.max(20, s.x + s.vx * heat));
    s.y = Math.min(height - 20, Math.max(20, s.y + s.vy * heat));
    s.vx *= 0.6; s.vy *= 0.6;
  }
}
