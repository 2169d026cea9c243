package org.realign.app.assessment;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/**
 * Photos in an S3-compatible bucket through the AWS SDK for Java v2, so that several
 * servers share them. A PUT is atomic in S3: the object appears whole, or not at all, and
 * its Content-MD5 lets the server refuse a body damaged on the way. The SDK's newer
 * "flexible checksums" are sent only when an operation requires them: MinIO, Ceph RGW and
 * other S3-compatible servers do not all understand them.
 */
public final class S3PhotoStorage implements PhotoStorage, AutoCloseable {

	private final S3Client s3;

	private final PhotoStorageProperties.S3 settings;

	public S3PhotoStorage(PhotoStorageProperties.S3 settings) {
		if (PhotoStorageProperties.S3.blank(settings.bucket())) {
			throw new IllegalStateException(
					"realign.photos.store is s3 but no bucket is set: set REALIGN_PHOTOS_S3_BUCKET (see the README)");
		}
		this.settings = settings;
		var builder = S3Client.builder()
			.httpClientBuilder(UrlConnectionHttpClient.builder())
			.region(Region.of(settings.region()))
			.forcePathStyle(settings.pathStyle())
			.credentialsProvider(credentials(settings))
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
		if (!PhotoStorageProperties.S3.blank(settings.endpoint())) {
			builder.endpointOverride(URI.create(settings.endpoint().trim()));
		}
		this.s3 = builder.build();
	}

	private static AwsCredentialsProvider credentials(PhotoStorageProperties.S3 settings) {
		if (PhotoStorageProperties.S3.blank(settings.accessKey())) {
			return DefaultCredentialsProvider.builder().build();
		}
		return StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
	}

	@Override
	public void put(String name, byte[] jpeg) {
		var request = PutObjectRequest.builder()
			.bucket(this.settings.bucket())
			.key(key(name))
			.contentType("image/jpeg")
			.contentLength((long) jpeg.length)
			.contentMD5(md5(jpeg));
		String encryption = this.settings.serverSideEncryption();
		if (!PhotoStorageProperties.S3.blank(encryption)) {
			request.serverSideEncryption(ServerSideEncryption.fromValue(encryption.trim()));
			if (!PhotoStorageProperties.S3.blank(this.settings.kmsKeyId())) {
				request.ssekmsKeyId(this.settings.kmsKeyId().trim());
			}
		}
		try {
			this.s3.putObject(request.build(), RequestBody.fromBytes(jpeg));
		}
		catch (SdkException ex) {
			throw new IllegalStateException("cannot store the photo in " + describe() + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public byte[] read(String name) {
		try {
			return this.s3.getObjectAsBytes((get) -> get.bucket(this.settings.bucket()).key(key(name))).asByteArray();
		}
		catch (NoSuchKeyException ex) {
			throw new PhotoMissingException(name);
		}
		catch (SdkException ex) {
			throw new IllegalStateException("cannot read the photo from " + describe() + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public void delete(String name) {
		try {
			this.s3.deleteObject((delete) -> delete.bucket(this.settings.bucket()).key(key(name)));
		}
		catch (SdkException ex) {
			throw new IllegalStateException("cannot delete the photo from " + describe() + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public List<Stored> list() {
		List<Stored> stored = new ArrayList<>();
		String prefix = this.settings.prefix();
		for (S3Object object : this.s3
			.listObjectsV2Paginator((list) -> list.bucket(this.settings.bucket()).prefix(prefix))
			.contents()) {
			String name = object.key().substring(prefix.length());
			if (!name.isEmpty() && !name.contains("/")) {
				stored.add(new Stored(name, object.lastModified()));
			}
		}
		return stored;
	}

	@Override
	public boolean shared() {
		return true;
	}

	@Override
	public void check() {
		try {
			this.s3.headBucket((head) -> head.bucket(this.settings.bucket()));
		}
		catch (SdkException ex) {
			throw new IllegalStateException("cannot reach the " + describe() + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public String describe() {
		String where = PhotoStorageProperties.S3.blank(this.settings.endpoint()) ? "AWS S3"
				: this.settings.endpoint().trim();
		return "bucket " + this.settings.bucket() + " at " + where;
	}

	@Override
	public void close() {
		this.s3.close();
	}

	private String key(String name) {
		if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
			throw new IllegalArgumentException("photo name outside the photo storage");
		}
		return this.settings.prefix() + name;
	}

	private static String md5(byte[] bytes) {
		try {
			return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
