package org.realign.app.assessment;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the photo storage from {@code realign.photos.store}. Also imported by the
 * backup and restore commands, so that they read and write the same photos the server
 * does.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PhotoStorageProperties.class)
public class PhotoStorageConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(PhotoStorageConfiguration.class);

	@Bean
	PhotoStorage photoStorage(PhotoStorageProperties properties, @Value("${realign.data-dir}") Path dataDir) {
		PhotoStorage storage = switch (properties.store()) {
			case "filesystem" -> new FilePhotoStorage(dataDir.resolve("photos"));
			case "s3" -> new S3PhotoStorage(properties.s3());
			default -> throw new IllegalStateException("realign.photos.store (REALIGN_PHOTOS_STORE) is '"
					+ properties.store() + "': it must be filesystem or s3");
		};
		logger.debug("Photos are kept in the {}", storage.describe());
		return storage;
	}

}
