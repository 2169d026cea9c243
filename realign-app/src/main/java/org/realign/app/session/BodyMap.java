package org.realign.app.session;

import java.util.List;
import java.util.Optional;

import org.realign.core.knowledge.KnowledgeBase;
import org.realign.core.knowledge.Muscle;

import org.springframework.stereotype.Component;

/**
 * The body map a client taps to say where a cramp, pain or spasm was: regions of the body
 * seen from the front and from the back, each with the catalogue's muscles that lie
 * there.
 * <p>
 * The session API takes a muscle id or a body-region id as the place of a cramp (see
 * {@link org.realign.core.feedback.CrampReport#where()}). A region is not a muscle: the
 * buttock holds gluteus maximus and piriformis. So the page sends the region's id unless
 * the client names one of its muscles; it suggests the one muscle of the region that the
 * exercise targets, when there is exactly one, and the client may change it. Pain and
 * spasm take the region's id. The outlines are plain SVG path data in a 200 by 220 box,
 * the front figure on the left half and the back figure on the right half.
 */
@Component
public class BodyMap {

	/** Which figure a region is drawn on. */
	public enum Side {

		FRONT, BACK

	}

	/**
	 * A region of the map.
	 *
	 * @param id kebab-case region id, sent to the API as the place when no muscle is
	 * named
	 * @param side the figure it is drawn on
	 * @param outlines SVG path data of its shapes (two for a region on both limbs)
	 * @param muscles catalogue muscle ids that lie in the region
	 * @param plainNames the muscles' plain names from the catalogue, in the same order
	 */
	public record Region(String id, Side side, List<String> outlines, List<String> muscles, List<String> plainNames) {

		public Region {
			outlines = List.copyOf(outlines);
			muscles = List.copyOf(muscles);
			plainNames = List.copyOf(plainNames);
		}

		Region(String id, Side side, List<String> outlines, List<String> muscles) {
			this(id, side, outlines, muscles, muscles);
		}

		/** The plain names separated by '|', for a data attribute. */
		public String plainNameList() {
			return String.join("|", this.plainNames);
		}

		/** The muscles as a space-separated list, for a data attribute. */
		public String muscleList() {
			return String.join(" ", this.muscles);
		}

		/** The outlines as one path. */
		public String path() {
			return String.join(" ", this.outlines);
		}

		/**
		 * The parts a client taps: one per limb for a region on both limbs, named by the
		 * client's own side, or the whole region for one in the middle of the body. The
		 * front figure faces the viewer, so its right side is on the viewer's left; the
		 * back figure shows its left side on the viewer's left.
		 */
		public List<Part> parts() {
			if (this.outlines.size() != 2) {
				return List.of(new Part("", path()));
			}
			double centre = (this.side == Side.FRONT) ? FRONT_CENTRE_X : BACK_CENTRE_X;
			return this.outlines.stream().map((outline) -> {
				boolean viewersLeft = firstX(outline) < centre;
				return new Part(((this.side == Side.FRONT) == viewersLeft) ? "right" : "left", outline);
			}).toList();
		}

		private static double firstX(String outline) {
			return Double.parseDouble(outline.substring(1).trim().split("[ ,]")[0]);
		}

	}

	/** The middle of the front figure, in the map's 200 by 220 box. */
	static final double FRONT_CENTRE_X = 50;

	/** The middle of the back figure. */
	static final double BACK_CENTRE_X = 150;

	/**
	 * A part of a region the client taps.
	 *
	 * @param side the client's own {@code left} or {@code right}; empty for a region in
	 * the middle of the body
	 * @param path its SVG path data
	 */
	public record Part(String side, String path) {
	}

	private static final List<Region> REGIONS = List.of(
			new Region("neck-front", Side.FRONT, List.of("M45 24 H55 V32 H45 Z"),
					List.of("sternocleidomastoid", "scalenes", "deep-cervical-flexors")),
			new Region("chest", Side.FRONT, List.of("M29 34 H71 V57 H29 Z"),
					List.of("pectoralis-major", "pectoralis-minor")),
			new Region("side-of-trunk", Side.FRONT, List.of("M30 58 H37 V95 H33 Z", "M63 58 H70 L67 95 H63 Z"),
					List.of("external-oblique", "internal-oblique", "serratus-anterior")),
			new Region("belly", Side.FRONT, List.of("M38 58 H62 V95 H38 Z"),
					List.of("rectus-abdominis", "transversus-abdominis")),
			new Region("front-of-hip", Side.FRONT, List.of("M32 96 H68 V111 H32 Z"),
					List.of("iliopsoas", "tensor-fasciae-latae")),
			new Region("front-of-thigh", Side.FRONT, List.of("M32 112 H43 V150 H35 Z", "M57 112 H68 L65 150 H57 Z"),
					List.of("quadriceps", "rectus-femoris")),
			new Region("inner-thigh", Side.FRONT, List.of("M44 112 H49 L48 150 H44 Z", "M51 112 H56 V150 H52 Z"),
					List.of("hip-adductors")),
			new Region("shin", Side.FRONT, List.of("M36 154 H47 L46 192 H39 Z", "M53 154 H64 L61 192 H54 Z"),
					List.of("tibialis-anterior", "peroneals")),
			new Region("foot", Side.FRONT, List.of("M37 194 H47 V204 H32 Z", "M53 194 H63 L68 204 H53 Z"), List.of()),
			new Region("back-of-neck", Side.BACK, List.of("M145 22 H155 V31 H145 Z"),
					List.of("suboccipitals", "levator-scapulae")),
			new Region("top-of-shoulder", Side.BACK,
					List.of("M144 32 L129 36 V41 H144 Z", "M156 32 L171 36 V41 H156 Z"),
					List.of("upper-trapezius", "levator-scapulae")),
			new Region("between-shoulder-blades", Side.BACK, List.of("M142 42 H158 V71 H142 Z"),
					List.of("rhomboids", "middle-trapezius", "lower-trapezius")),
			new Region("upper-back", Side.BACK, List.of("M129 42 H141 V71 H131 Z", "M159 42 H171 L169 71 H159 Z"),
					List.of("thoracic-erector-spinae", "latissimus-dorsi")),
			new Region("low-back", Side.BACK, List.of("M132 72 H168 V95 H132 Z"),
					List.of("lumbar-erector-spinae", "quadratus-lumborum")),
			new Region("buttock", Side.BACK, List.of("M134 96 H166 V120 H134 Z"),
					List.of("gluteus-maximus", "piriformis")),
			new Region("side-of-hip", Side.BACK, List.of("M128 96 H133 V120 H129 Z", "M167 96 H172 L171 120 H167 Z"),
					List.of("gluteus-medius", "tensor-fasciae-latae")),
			new Region("back-of-thigh", Side.BACK,
					List.of("M132 122 H149 L148 152 H135 Z", "M151 122 H168 L165 152 H152 Z"), List.of("hamstrings")),
			new Region("calf", Side.BACK, List.of("M136 156 H147 L146 192 H139 Z", "M153 156 H164 L161 192 H154 Z"),
					List.of("gastrocnemius", "soleus", "tibialis-posterior")));

	private final List<Region> regions;

	BodyMap(KnowledgeBase knowledge) {
		this.regions = REGIONS.stream()
			.map((region) -> new Region(region.id(), region.side(), region.outlines(), region.muscles(),
					region.muscles()
						.stream()
						.map((id) -> knowledge.muscle(id).map(Muscle::plainName).orElse(id))
						.toList()))
			.toList();
	}

	public List<Region> regions() {
		return this.regions;
	}

	public List<Region> regions(Side side) {
		return this.regions.stream().filter((region) -> region.side() == side).toList();
	}

	public Optional<Region> region(String id) {
		return this.regions.stream().filter((region) -> region.id().equals(id)).findFirst();
	}

}
