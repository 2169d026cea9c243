package org.realign.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Realign web application. Started by {@code ./realign serve}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RealignApplication {

	public static void start(String[] args) {
		SpringApplication application = new SpringApplication(RealignApplication.class);
		StartupSteps.recordIfAsked(application);
		application.run(args);
	}

}
