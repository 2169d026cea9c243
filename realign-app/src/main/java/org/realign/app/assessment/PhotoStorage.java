package org.realign.app.assessment;

import java.time.Instant;
import java.util.List;

/**
 * Where posture photos are kept: the data directory of one server (the default), or an
 * S3-compatible object store that several servers share. A photo is written whole or not
 * at all, under a name the app made up (a random UUID: not guessable, not derived from
 * anything the client sent), and only then does a database row name it.
 */
public interface PhotoStorage {

	/**
	 * Stores the bytes under the name: afterwards the whole photo is there, or nothing.
	 */
	void put(String name, byte[] jpeg);

	/**
	 * The photo's bytes.
	 * @throws PhotoMissingException when nothing is stored under the name
	 */
	byte[] read(String name);

	/** Deletes the photo; a name with nothing stored under it is not an error. */
	void delete(String name);

	/**
	 * Everything stored, with when it was written: photos and, in a directory, the
	 * temporary files of an interrupted write.
	 */
	List<Stored> list();

	/**
	 * True when other processes write to the same storage (replicas sharing a bucket):
	 * then a photo without a row may be an upload in flight on another server, and only
	 * old ones are taken for debris.
	 */
	boolean shared();

	/**
	 * Checks that the storage answers (the readiness probe): the bucket exists and the
	 * credentials are accepted, or the directory is writable.
	 * @throws RuntimeException naming the problem when it does not
	 */
	void check();

	/** Where the photos are, for the logs (no credentials). */
	String describe();

	/** One stored object. */
	record Stored(String name, Instant lastModified) {
	}

	/** A row names a photo that is not in the storage. */
	class PhotoMissingException extends RuntimeException {

		public PhotoMissingException(String name) {
			super("photo " + name + " is missing from the photo storage");
		}

	}

}
