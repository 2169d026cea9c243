// The lines and angles that define each measurement, drawn over a photo as SVG.
// The geometry mirrors org.realign.core.measure.Construction#figure, kind by kind: the server says
// which construction each measurement uses and which landmarks take its roles (data-drawings on the
// figure), this module turns the landmarks' current positions into lines, the angle's arc and the
// place for its value, so the drawing follows a landmark while it is dragged.

const SVG = 'http://www.w3.org/2000/svg';
const COLOURS = 6;

const pt = (x, y) => ({ x, y });
const plus = (p, dx, dy) => pt(p.x + dx, p.y + dy);
const mid = (a, b) => pt((a.x + b.x) / 2, (a.y + b.y) / 2);
const dist = (a, b) => Math.hypot(a.x - b.x, a.y - b.y);
const line = (from, to, reference) => ({ from, to, reference });

const arcOf = (centre, a, b) => {
	const radius = Math.min(120, Math.min(dist(centre, a), dist(centre, b)) / 2);
	return { centre, start: a, end: b, radius: Math.max(radius, 8) };
};

// The arc as a polyline, the short way round (Construction.Arc#polyline).
export const arcPoints = (arc, segments) => {
	const a = Math.atan2(arc.start.y - arc.centre.y, arc.start.x - arc.centre.x);
	const b = Math.atan2(arc.end.y - arc.centre.y, arc.end.x - arc.centre.x);
	let sweep = b - a;
	while (sweep > Math.PI) sweep -= 2 * Math.PI;
	while (sweep < -Math.PI) sweep += 2 * Math.PI;
	const points = [];
	for (let i = 0; i <= segments; i++) {
		const t = a + (sweep * i) / segments;
		points.push(pt(arc.centre.x + arc.radius * Math.cos(t), arc.centre.y + arc.radius * Math.sin(t)));
	}
	return points;
};

// The middle of the arc (Construction#labelAt); drawAll sets the value beyond it.
const labelAt = (arc) => arcPoints(arc, 2)[1];

// Where the text of a value goes: for an angle, beyond the middle of its arc, away from the vertex,
// far enough for text of this size to clear the arc (the same rule as the PDF report).
export const valuePosition = (f, fontSize) => {
	if (!f.arc) return f.label;
	const dx = f.label.x - f.arc.centre.x;
	const dy = f.label.y - f.arc.centre.y;
	const length = Math.hypot(dx, dy);
	if (length === 0) return f.label;
	const push = fontSize * 1.6;
	return plus(f.label, (dx / length) * push, (dy / length) * push);
};

const angle = (vertex, arm, ref, extra = []) => {
	const arc = arcOf(vertex, arm, ref);
	return { lines: [...extra, line(vertex, ref, true), line(vertex, arm, false)], arc, label: labelAt(arc) };
};

const bend = (proximal, vertex, distal, extra = []) => {
	const length = dist(vertex, distal);
	const first = dist(proximal, vertex);
	const produced = first === 0 ? vertex
		: plus(vertex, ((vertex.x - proximal.x) / first) * length, ((vertex.y - proximal.y) / first) * length);
	const arc = arcOf(vertex, produced, distal);
	return {
		lines: [...extra, line(proximal, distal, true), line(proximal, vertex, false), line(vertex, distal, false),
			line(vertex, produced, true)],
		arc,
		label: labelAt(arc),
	};
};

const level = (left, right) => {
	const horizontal = pt(left.x, right.y);
	const arc = arcOf(right, horizontal, left);
	return { lines: [line(right, horizontal, true), line(right, left, false)], arc, label: labelAt(arc) };
};

// p: the landmark positions in the order the construction takes its roles.
export const figure = (kind, p, forward) => {
	switch (kind) {
		case 'elevation':
			return angle(p[0], p[1], plus(p[0], forward * dist(p[0], p[1]), 0));
		case 'from-upward-vertical':
			return angle(p[0], p[1], plus(p[0], 0, -dist(p[0], p[1])));
		case 'from-downward-vertical':
		case 'foot-flare':
			return angle(p[0], p[1], plus(p[0], 0, dist(p[0], p[1])));
		case 'internal-angle': {
			const arc = arcOf(p[1], p[0], p[2]);
			return { lines: [line(p[1], p[0], false), line(p[1], p[2], false)], arc, label: labelAt(arc) };
		}
		case 'bend':
			return bend(p[0], p[1], p[2]);
		case 'bend-to-midpoint':
			return bend(p[0], p[1], mid(p[2], p[3]), [line(p[2], p[3], true)]);
		case 'level':
			return level(p[0], p[1]);
		case 'two-levels': {
			const lines = [...level(p[0], p[1]).lines, ...level(p[2], p[3]).lines];
			return { lines, arc: null, label: plus(mid(p[0], p[1]), 0, -30) };
		}
		case 'trunk-shift': {
			const shoulders = mid(p[0], p[1]);
			const pelvis = mid(p[2], p[3]);
			return angle(pelvis, shoulders, plus(pelvis, 0, -dist(pelvis, shoulders)),
				[line(p[0], p[1], false), line(p[2], p[3], false)]);
		}
		case 'two-distances':
			return { lines: [line(p[0], p[1], false), line(p[2], p[3], false)], arc: null, label: mid(mid(p[0], p[1]), mid(p[2], p[3])) };
		case 'horizontal-distances': {
			const bottom = Math.max(p[1].y, p[2].y);
			return {
				lines: [line(p[0], pt(p[0].x, bottom), true), line(p[1], pt(p[0].x, p[1].y), false),
					line(p[2], pt(p[0].x, p[2].y), false)],
				arc: null,
				label: pt(p[0].x, bottom + 30),
			};
		}
		default:
			return null;
	}
};

export const formatValue = (value, unit) => (unit === 'deg' ? `${value.toFixed(1)}°` : `${value.toFixed(1)} ${unit}`);

const element = (name, attributes) => {
	const e = document.createElementNS(SVG, name);
	for (const [key, value] of Object.entries(attributes)) {
		e.setAttribute(key, value);
	}
	return e;
};

// Draws every shown drawing of one photo. svg: the overlay (viewBox in image pixels); file: the
// view's landmark file entry ({image, landmarks}); drawings: from data-drawings; shown(d): whether
// to draw it now.
export const drawAll = (svg, file, drawings, shown) => {
	let layer = svg.querySelector('g.constructions');
	if (!layer) {
		layer = element('g', { class: 'constructions', 'aria-hidden': 'true' });
		svg.insertBefore(layer, svg.firstChild);
	}
	// Labels about 14 CSS pixels high, whatever the photo's size on screen.
	const onScreen = svg.getBoundingClientRect().width || file.image.width;
	const fontSize = (14 * file.image.width) / onScreen;
	const byId = new Map(file.landmarks.map((l) => [l.id, l]));
	layer.replaceChildren();
	drawings.forEach((d, index) => {
		if (!shown(d)) return;
		const points = d.points.map((id) => byId.get(id));
		if (points.some((p) => !p)) return;
		const f = figure(d.kind, points.map((l) => pt(l.x, l.y)), d.forward);
		if (!f) return;
		const g = element('g', {
			class: `construction colour-${index % COLOURS}`,
			'data-measurement': d.id,
			'data-view': d.view,
		});
		for (const l of f.lines) {
			g.appendChild(element('line', {
				class: l.reference ? 'reference' : 'measured',
				x1: l.from.x.toFixed(1), y1: l.from.y.toFixed(1), x2: l.to.x.toFixed(1), y2: l.to.y.toFixed(1),
			}));
		}
		if (f.arc) {
			g.appendChild(element('polyline', {
				class: 'arc',
				points: arcPoints(f.arc, 16).map((q) => `${q.x.toFixed(1)},${q.y.toFixed(1)}`).join(' '),
			}));
		}
		const at = valuePosition(f, fontSize);
		const text = element('text', {
			class: 'value-label',
			x: at.x.toFixed(1),
			y: at.y.toFixed(1),
			'font-size': fontSize.toFixed(1),
			'stroke-width': (fontSize / 4).toFixed(1),
			'text-anchor': 'middle',
			'dominant-baseline': 'middle',
		});
		text.textContent = formatValue(d.value, d.unit);
		g.appendChild(text);
		layer.appendChild(g);
	});
};
