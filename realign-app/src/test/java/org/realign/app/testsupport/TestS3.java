package org.realign.app.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.blobstore.domain.StorageMetadata;
import org.jclouds.blobstore.options.ListContainerOptions;
import org.springframework.util.FileSystemUtils;

/**
 * A real S3-compatible server for the tests: S3Proxy (org.gaul:s3proxy, Apache-2.0) on a
 * random port of this JVM, keeping objects in a temporary directory (jclouds' filesystem
 * back-end), with AWS signature v2/v4 authentication. The app talks to it through the AWS
 * SDK exactly as it would to MinIO or AWS, path-style.
 */
public final class TestS3 implements AutoCloseable {

	public static final String ACCESS_KEY = "realign-test-access";

	public static final String SECRET_KEY = "realign-test-secret-key";

	private final S3Proxy proxy;

	private final BlobStoreContext context;

	private final Path directory;

	private TestS3(S3Proxy proxy, BlobStoreContext context, Path directory) {
		this.directory = directory;
		this.proxy = proxy;
		this.context = context;
	}

	/** Starts a server with one empty bucket of the given name. */
	public static TestS3 start(String bucket) {
		try {
			Path directory = Files.createTempDirectory("realign-s3-");
			Properties properties = new Properties();
			properties.setProperty("jclouds.filesystem.basedir", directory.toString());
			BlobStoreContext context = ContextBuilder.newBuilder("filesystem")
				.credentials(ACCESS_KEY, SECRET_KEY)
				.overrides(properties)
				.build(BlobStoreContext.class);
			context.getBlobStore().createContainerInLocation(null, bucket);
			S3Proxy proxy = S3Proxy.builder()
				.blobStore(context.getBlobStore())
				.endpoint(URI.create("http://127.0.0.1:0"))
				.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
				.build();
			proxy.start();
			Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
			while (!"STARTED".equals(proxy.getState())) {
				if (Instant.now().isAfter(deadline)) {
					throw new IllegalStateException("S3Proxy did not start: " + proxy.getState());
				}
				Thread.sleep(20);
			}
			return new TestS3(proxy, context, directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException("cannot start S3Proxy", ex);
		}
	}

	public String endpoint() {
		return "http://127.0.0.1:" + this.proxy.getPort();
	}

	/** The keys in the bucket, read from the server's own store (not through the app). */
	public List<String> keys(String bucket) {
		BlobStore store = this.context.getBlobStore();
		return store.list(bucket, ListContainerOptions.Builder.recursive())
			.stream()
			.map(StorageMetadata::getName)
			.filter((name) -> !name.endsWith("/"))
			.sorted()
			.toList();
	}

	@Override
	public void close() {
		try {
			this.proxy.stop();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			this.context.close();
			// The bucket's files go with the server: nothing is left in the temp folder.
			try {
				FileSystemUtils.deleteRecursively(this.directory);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/** Where the bucket's files are kept while the server runs. */
	public Path directory() {
		return this.directory;
	}

}
