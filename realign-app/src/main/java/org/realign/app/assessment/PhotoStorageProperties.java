package org.realign.app.assessment;

import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where photos are kept ({@code realign.photos.*}, or the environment variables
 * {@code REALIGN_PHOTOS_*}; the README's table lists them).
 *
 * @param store {@code filesystem} (default: {@code <data-dir>/photos} on this server) or
 * {@code s3} (an S3-compatible bucket several servers share)
 * @param sweepGrace on shared storage, how old a photo without a row must be before the
 * sweep takes it for the debris of an interrupted upload (an upload in flight on another
 * server is younger)
 * @param s3 the bucket, when {@code store=s3}
 */
@ConfigurationProperties("realign.photos")
public record PhotoStorageProperties(String store, Duration sweepGrace, S3 s3) {

	public PhotoStorageProperties {
		store = (store == null || store.isBlank()) ? "filesystem" : store.trim().toLowerCase(Locale.ROOT);
		sweepGrace = (sweepGrace == null) ? Duration.ofHours(1) : sweepGrace;
		s3 = (s3 == null) ? new S3(null, null, null, false, null, null, null, null, null) : s3;
	}

	/**
	 * An S3-compatible bucket (AWS S3, MinIO, Ceph RGW, Garage, ...).
	 *
	 * @param bucket the bucket (must exist; the app never creates one)
	 * @param endpoint the server's URL, e.g. {@code http://minio:9000}; empty for AWS
	 * @param region the region; any value for servers that ignore it
	 * @param pathStyle {@code true} for {@code http://host/bucket/key} addressing (MinIO,
	 * Ceph and most self-hosted servers), {@code false} for virtual-hosted buckets (AWS)
	 * @param accessKey the access key; with the secret key empty, the AWS SDK's default
	 * chain (environment, profile, instance role) supplies credentials
	 * @param secretKey the secret key
	 * @param prefix the key prefix photos are stored under (default {@code photos/})
	 * @param serverSideEncryption {@code AES256} (SSE-S3), {@code aws:kms} (SSE-KMS) or
	 * empty (the bucket's default)
	 * @param kmsKeyId the KMS key for {@code aws:kms}; empty for the account's default
	 * key
	 */
	public record S3(String bucket, String endpoint, String region, boolean pathStyle, String accessKey,
			String secretKey, String prefix, String serverSideEncryption, String kmsKeyId) {

		public S3 {
			region = blank(region) ? "us-east-1" : region.trim();
			prefix = (prefix == null) ? "photos/" : prefix.trim();
		}

		static boolean blank(String value) {
			return value == null || value.isBlank();
		}

		@Override
		public String toString() {
			// never the secret key: this record ends up in logs and error messages
			return "S3[bucket=" + this.bucket + ", endpoint=" + this.endpoint + ", region=" + this.region
					+ ", pathStyle=" + this.pathStyle + ", prefix=" + this.prefix + "]";
		}

	}

}
