// Shows only the fields that belong to the kind of entry chosen. Without this script every
// field shows, and the server ignores those of another kind.
const form = document.getElementById('journal-form');
if (form) {
	const groups = form.querySelectorAll('[data-for-kind]');
	const update = () => {
		const chosen = form.querySelector('input[name="kind"]:checked');
		groups.forEach((group) => {
			group.hidden = chosen === null || group.dataset.forKind !== chosen.value;
		});
	};
	form.querySelectorAll('input[name="kind"]').forEach((radio) => radio.addEventListener('change', update));
	update();
}
