// The progress dashboard keeps each chart's numbers in a closed <details>; printing opens
// them all so that the paper has the numbers as well as the charts. Without JavaScript
// the tables are one click away.
window.addEventListener('beforeprint', () => {
	document.querySelectorAll('details').forEach((details) => {
		details.open = true;
	});
});
