package org.realign.pose.marker;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.realign.pose.RgbImage;

class ScratchBallTrace {

	@Test
	void trace() {
		int size = 200;
		double d = Double.parseDouble(System.getProperty("ball.d", "34"));
		double angle = Math.toRadians(Double.parseDouble(System.getProperty("ball.a", "197")));
		int grey = Integer.getInteger("ball.wall", 183);
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(grey, grey, grey - 2));
		System.out.println("truth " + (100 + 0.37 * (Integer.getInteger("ball.i", 4) - 4)) + ","
				+ (100 - 0.21 * Integer.getInteger("ball.i", 0)));
		g.fillRect(0, 0, size, size);
		g.dispose();
		MarkerPainter.noise(image, 1.5, new Random(Integer.getInteger("ball.seed", 1)));
		double cx = 100 + 0.37 * (Integer.getInteger("ball.i", 4) - 4);
		double cy = 100 - 0.21 * Integer.getInteger("ball.i", 0);
		MarkerPainter.draw(image, cx, cy, d, 0xF4F4F2, true, Double.NaN, 0, 0, 0.64 * Math.cos(angle),
				0.64 * Math.sin(angle));
		BufferedImage photo = MarkerPainter
			.jpeg(MarkerPainter.blur(image, Double.parseDouble(System.getProperty("ball.blur", "0.5"))), 0.8f);
		RgbImage rgb = RgbImage.of(photo);
		MarkerDetector.Region region = new MarkerDetector.Region(0, 0, size, size);
		List<MarkerDetector.Candidate> cands = MarkerDetector.candidates(rgb, region, Optional.empty());
		System.out.println("candidates " + cands.size());
		for (MarkerDetector.Candidate c : cands) {
			if (Math.hypot(c.x() - 100, c.y() - 100) < 15) {
				System.out.println("cand " + c);
			}
		}
		Verifier.trace = true;
		System.out.println("AT TRUTH: " + new Verifier(rgb).verify(cx, cy, d / 2));
		System.out
			.println("AT CAND: " + new Verifier(rgb).verify(cands.get(0).x(), cands.get(0).y(), cands.get(0).radius()));
		Verifier.trace = false;
		System.out.println("DETECT: "
				+ new MarkerDetector().detect(rgb, region, List.of(), Optional.of(MarkerColour.seen(0xF4F4F2))));
	}

}
