package org.realign.app;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import com.sun.management.OperatingSystemMXBean;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ApplicationListener;
import org.springframework.core.metrics.StartupStep;

/**
 * What start-up spends its time on, for finding what to make cheaper
 * ({@code realign-bench/startup.sh}): with {@code -Drealign.startup.steps=25} (or
 * {@code REALIGN_STARTUP_STEPS=25}) Spring records every start-up step (each bean's
 * creation, the context refresh, ...) and, once ready, the log lists the slowest of them
 * by their own time (a step's duration less its nested steps'), and the CPU time the JVM
 * has used so far, which a loaded machine inflates less than wall time. Off by default:
 * recording costs a little memory and time.
 */
final class StartupSteps implements ApplicationListener<ApplicationReadyEvent> {

	private static final Log logger = LogFactory.getLog(StartupSteps.class);

	private final BufferingApplicationStartup startup;

	private final int shown;

	private StartupSteps(BufferingApplicationStartup startup, int shown) {
		this.startup = startup;
		this.shown = shown;
	}

	/** Records the steps of this application's start when asked to. */
	static void recordIfAsked(SpringApplication application) {
		String asked = System.getProperty("realign.startup.steps", System.getenv("REALIGN_STARTUP_STEPS"));
		if (asked == null || asked.isBlank()) {
			return;
		}
		BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
		application.setApplicationStartup(startup);
		application.addListeners(new StartupSteps(startup, Integer.parseInt(asked.trim())));
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		List<StartupTimeline.TimelineEvent> events = this.startup.getBufferedTimeline().getEvents();
		Map<Long, Duration> nested = new HashMap<>();
		for (StartupTimeline.TimelineEvent step : events) {
			Long parent = step.getStartupStep().getParentId();
			if (parent != null) {
				nested.merge(parent, step.getDuration(), Duration::plus);
			}
		}
		List<String[]> rows = new ArrayList<>();
		events.stream()
			.sorted(Comparator.comparing((StartupTimeline.TimelineEvent step) -> own(step, nested)).reversed())
			.limit(this.shown)
			.forEach((step) -> rows.add(new String[] { String.valueOf(own(step, nested).toMillis()),
					String.valueOf(step.getDuration().toMillis()), step.getStartupStep().getName(),
					tags(step.getStartupStep()) }));
		StringBuilder report = new StringBuilder("Start-up steps by own time (ms own / ms with nested):");
		for (String[] row : rows) {
			report.append(String.format("%n  %6s %6s  %s %s", row[0], row[1], row[2], row[3]));
		}
		long cpuMillis = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime()
				/ 1_000_000;
		report.append(String.format("%nJVM CPU time until ready: %.2f s; JVM uptime %.2f s; %d steps recorded",
				cpuMillis / 1000.0, ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0, events.size()));
		logger.info(report);
	}

	private static Duration own(StartupTimeline.TimelineEvent step, Map<Long, Duration> nested) {
		Duration own = step.getDuration().minus(nested.getOrDefault(step.getStartupStep().getId(), Duration.ZERO));
		return own.isNegative() ? Duration.ZERO : own;
	}

	private static String tags(StartupStep step) {
		StringJoiner tags = new StringJoiner(", ", "(", ")").setEmptyValue("");
		step.getTags().forEach((tag) -> {
			if (!"beanType".equals(tag.getKey())) {
				tags.add(tag.getKey() + "=" + tag.getValue());
			}
		});
		return tags.toString();
	}

}
