package org.realign.app.progress;

import java.util.List;

/** A chart's SVG markup and the legend shown under it. */
record Chart(String id, String title, String svg, List<Legend> legend) {
}
