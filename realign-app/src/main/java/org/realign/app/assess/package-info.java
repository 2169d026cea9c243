/**
 * The {@code realign assess} command: landmarks (and, once the pose feature lands,
 * photos) in, measurements and findings out.
 */
package org.realign.app.assess;
