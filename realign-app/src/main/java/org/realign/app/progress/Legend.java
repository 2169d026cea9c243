package org.realign.app.progress;

import java.util.List;

/**
 * One legend entry.
 *
 * @param swatch which mark it explains: value, error, normal, done, prescribed, heat or
 * none
 * @param text what it says
 */
record Legend(String swatch, String text) {
}
