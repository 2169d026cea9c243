/**
 * What a client is prescribed: the {@link org.realign.core.prescription.Dose} of an
 * exercise and the {@link org.realign.core.prescription.PrescribedMenu} of items. One
 * model for the catalogue, the generator, the menu editor, the daily session and the
 * progression rules; it depends on no other package of the core.
 */
package org.realign.core.prescription;
