package org.realign.app.progression;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.realign.app.menu.Prescriptions;
import org.realign.app.menu.PublishedMenus;
import org.realign.core.feedback.RuleOutcome.Proposal;
import org.realign.core.feedback.RuleOutcome.ProposalKind;
import org.realign.core.prescription.PrescribedItem;
import org.realign.core.prescription.PrescribedMenu;

import org.springframework.stereotype.Component;

/**
 * Applies an accepted (or auto-applied) proposal to the client's menu: a raised dose
 * replaces the exercise's dose, a regression or progression swaps the exercise for the
 * catalogue's easier or harder one. The result is a new menu, published like any other;
 * the old one is kept.
 */
@Component
public class MenuChanges {

	private final PublishedMenus menus;

	private final Prescriptions prescriptions;

	public MenuChanges(PublishedMenus menus, Prescriptions prescriptions) {
		this.menus = menus;
		this.prescriptions = prescriptions;
	}

	/**
	 * Publishes the menu the proposal leads to.
	 * @return the new menu; empty when the proposal changes nothing that can be applied
	 * by itself (a replacement the practitioner chooses, or an exercise no longer on the
	 * menu)
	 */
	public Optional<PrescribedMenu> apply(long clientId, Proposal proposal, String by) {
		Optional<PrescribedMenu> changed = this.menus.current(clientId).flatMap((menu) -> changed(menu, proposal));
		changed.ifPresent((menu) -> this.menus.publish(clientId, menu, by));
		return changed;
	}

	public Optional<PrescribedMenu> changed(PrescribedMenu menu, Proposal proposal) {
		Optional<PrescribedItem> current = menu.item(proposal.exerciseId());
		if (current.isEmpty()) {
			return Optional.empty();
		}
		PrescribedItem item = current.get();
		if (proposal.kind() == ProposalKind.RETIRE) {
			// A woken-up exercise with nothing harder catalogued leaves the menu; a menu
			// is never left empty.
			if (menu.items().size() == 1) {
				return Optional.empty();
			}
			List<PrescribedItem> rest = new ArrayList<>(menu.items());
			rest.remove(item);
			return Optional.of(new PrescribedMenu("menu-" + UUID.randomUUID(), menu.sessionsPerWeek(), rest));
		}
		Optional<PrescribedItem> replacement = switch (proposal.kind()) {
			case RAISE_DOSE -> proposal.newDose().map(item::withDose);
			case REGRESS, PROGRESS ->
				proposal.newExerciseId().filter((id) -> !menu.contains(id)).map(this.prescriptions::item);
			case REPLACE, RETIRE -> Optional.empty();
		};
		return replacement.map((newItem) -> {
			List<PrescribedItem> items = new ArrayList<>(menu.items());
			items.set(items.indexOf(item), newItem);
			return new PrescribedMenu("menu-" + UUID.randomUUID(), menu.sessionsPerWeek(), items);
		});
	}

}
