// The comparison page: each photo draws the measurements' lines that the assessment page draws by
// default, from the same description (data-drawings) and the same geometry.

import { drawAll } from './measurement-drawing.js';

const figures = [...document.querySelectorAll('figure[data-landmarks][data-drawings]')];
const drawFigure = (figure) => {
	const svg = figure.querySelector('svg.overlay');
	if (svg) {
		drawAll(svg, JSON.parse(figure.dataset.landmarks).views[0], JSON.parse(figure.dataset.drawings), (d) => d.shown);
	}
};
const drawEvery = () => figures.forEach(drawFigure);
figures.forEach((figure) => figure.querySelector('img')?.addEventListener('load', () => drawFigure(figure)));
window.addEventListener('resize', drawEvery);
drawEvery();
