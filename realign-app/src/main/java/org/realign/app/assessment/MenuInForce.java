package org.realign.app.assessment;

import java.util.Optional;

import org.realign.core.prescription.PrescribedMenu;

/**
 * The menu the practitioner published for a client, as the report prints it: the one the
 * client follows, not the one the rules would generate. Implemented by the menu feature
 * (which builds on assessments, so the port lives here).
 */
public interface MenuInForce {

	Optional<PrescribedMenu> current(long clientId);

}
