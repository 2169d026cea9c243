package org.realign.app.practice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.realign.app.audit.AuditLog;
import org.realign.app.identity.NewPassword;
import org.realign.app.identity.OneTimeCodes;
import org.realign.app.identity.PracticeAccess;
import org.realign.app.identity.PracticeDirectory.Account;
import org.realign.app.identity.Role;
import org.realign.app.identity.SessionRevocation;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practice's people, as its owner manages them: practitioners invited with a one-time
 * code (as clients are), roles, deactivation that keeps every record the person made, and
 * handing a departing practitioner's clients to a colleague. Every change is in the audit
 * trail (AuditLog, with the person it concerns).
 */
@Service
public class People {

	/** As long as a client's invitation. */
	static final Duration INVITATION_VALIDITY = Duration.ofDays(14);

	private final JdbcClient jdbc;

	private final PasswordEncoder passwordEncoder;

	private final SessionRevocation sessions;

	private final AuditLog audit;

	private final Clock clock;

	People(JdbcClient jdbc, PasswordEncoder passwordEncoder, SessionRevocation sessions, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
		this.sessions = sessions;
		this.audit = audit;
		this.clock = clock;
	}

	/** A person of the practice who is not a client. */
	public record Person(long userId, String username, String displayName, Role role, boolean active, int clients) {
	}

	/** An invitation not yet redeemed. */
	public record PendingInvitation(long id, String displayName, Role role, OffsetDateTime expiresAt) {
	}

	public List<Person> staffOf(long practiceId) {
		return this.jdbc.sql("""
				SELECT u.id, u.username, u.display_name, u.role, u.enabled,
				       (SELECT COUNT(*) FROM client c WHERE c.practitioner_id = u.id) AS clients
				FROM app_user u WHERE u.practice_id = :practice AND u.role <> 'CLIENT'
				ORDER BY u.enabled DESC, u.display_name, u.id""")
			.param("practice", practiceId)
			.query((rs, row) -> new Person(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
					Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"), rs.getInt("clients")))
			.list();
	}

	public List<PendingInvitation> pendingOf(long practiceId) {
		return this.jdbc.sql("""
				SELECT id, display_name, role, expires_at FROM staff_invitation
				WHERE practice_id = :practice AND used_at IS NULL AND expires_at > :now ORDER BY created_at, id""")
			.param("practice", practiceId)
			.param("now", now())
			.query((rs, row) -> new PendingInvitation(rs.getLong("id"), rs.getString("display_name"),
					Role.valueOf(rs.getString("role")), rs.getObject("expires_at", OffsetDateTime.class)))
			.list();
	}

	/**
	 * A one-time code for a new practitioner (or owner); shown once, kept as a hash.
	 * @throws ProblemException when the name or role is not acceptable
	 */
	@Transactional
	public String invite(Account owner, String displayName, String role) {
		String name = displayName == null ? "" : displayName.strip();
		if (name.isEmpty()) {
			throw new ProblemException("people.nameMissing");
		}
		if (name.length() > PracticeDetails.MAX_NAME) {
			throw new ProblemException("people.nameTooLong");
		}
		Role staffRole = staffRole(role);
		String code = OneTimeCodes.newCode();
		this.jdbc
			.sql("""
					INSERT INTO staff_invitation (practice_id, display_name, role, code_hash, created_by, created_at, expires_at)
					VALUES (:practice, :name, :role, :hash, :owner, :now, :expires)""")
			.param("practice", owner.practiceId())
			.param("name", name)
			.param("role", staffRole.name())
			.param("hash", OneTimeCodes.hash(code))
			.param("owner", owner.id())
			.param("now", now())
			.param("expires", now().plus(INVITATION_VALIDITY))
			.update();
		this.audit.recordAccountEvent(owner.username(), null, "staff-invited", "/practice/people",
				name + ", " + staffRole.name().toLowerCase(Locale.ROOT));
		return code;
	}

	/**
	 * Whether a code is a usable staff invitation (the join page tries client codes
	 * first).
	 */
	public boolean isInvitation(String typedCode) {
		return usable(OneTimeCodes.hashTyped(typedCode)).isPresent();
	}

	/**
	 * Creates the invited person's login.
	 * @return the problem as a message key, if any
	 */
	@Transactional
	public Optional<String> accept(String typedCode, String email, String password, String confirm) {
		String hash = OneTimeCodes.hashTyped(typedCode);
		Optional<Invitation> invitation = usable(hash);
		if (invitation.isEmpty()) {
			return Optional.of("join.codeInvalid");
		}
		String login = PracticeDetails.login(email);
		List<String> problems = NewPassword.problems(password, confirm, login);
		if (!problems.isEmpty()) {
			return Optional.of(problems.get(0));
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		try {
			this.jdbc.sql("""
					INSERT INTO app_user (practice_id, username, password_hash, display_name, role, created_at)
					VALUES (:practice, :login, :hash, :name, :role, :now)""")
				.param("practice", invitation.get().practiceId())
				.param("login", login)
				.param("hash", this.passwordEncoder.encode(password))
				.param("name", invitation.get().displayName())
				.param("role", invitation.get().role().name())
				.param("now", now())
				.update(key, "id");
		}
		catch (DuplicateKeyException ex) {
			return Optional.of("join.emailTaken");
		}
		this.jdbc.sql("UPDATE staff_invitation SET used_at = :now, user_id = :user WHERE id = :id")
			.param("now", now())
			.param("user", key.getKey().longValue())
			.param("id", invitation.get().id())
			.update();
		this.audit.recordAccountEvent(login, null, "staff-joined", "/join", login);
		return Optional.empty();
	}

	/**
	 * Makes a person a practitioner or an owner. The practice keeps at least one active
	 * owner, so an owner cannot demote the last one (themselves included).
	 */
	@Transactional
	public void setRole(Account owner, long userId, String role) {
		Person person = person(owner, userId);
		Role newRole = staffRole(role);
		if (person.role() == newRole) {
			return;
		}
		if (person.role() == Role.OWNER && activeOwners(owner.practiceId()) <= 1) {
			throw new ProblemException("people.lastOwner");
		}
		this.jdbc.sql("UPDATE app_user SET role = :role WHERE id = :id")
			.param("role", newRole.name())
			.param("id", userId)
			.update();
		// A role is read at sign-in: the person signs in again with the new one.
		this.sessions.expireSessionsOf(person.username(), null);
		this.audit.recordAccountEvent(owner.username(), null, "role-changed", "/practice/people",
				person.username() + ": " + newRole.name().toLowerCase(Locale.ROOT));
	}

	/**
	 * Stops a person's login and ends their sessions; everything they recorded stays, and
	 * their clients stay theirs until handed over.
	 */
	@Transactional
	public void deactivate(Account owner, long userId) {
		Person person = person(owner, userId);
		if (person.userId() == owner.id()) {
			throw new ProblemException("people.notYourself");
		}
		if (!person.active()) {
			return;
		}
		if (person.role() == Role.OWNER && activeOwners(owner.practiceId()) <= 1) {
			throw new ProblemException("people.lastOwner");
		}
		this.jdbc.sql("UPDATE app_user SET enabled = FALSE, deactivated_at = :now WHERE id = :id")
			.param("now", now())
			.param("id", userId)
			.update();
		this.sessions.expireSessionsOf(person.username(), null);
		this.audit.recordAccountEvent(owner.username(), null, "person-deactivated", "/practice/people",
				person.username());
	}

	@Transactional
	public void reactivate(Account owner, long userId) {
		Person person = person(owner, userId);
		if (person.active()) {
			return;
		}
		this.jdbc.sql("UPDATE app_user SET enabled = TRUE, deactivated_at = NULL WHERE id = :id")
			.param("id", userId)
			.update();
		this.audit.recordAccountEvent(owner.username(), null, "person-reactivated", "/practice/people",
				person.username());
	}

	/**
	 * Hands every client of one practitioner to another active one of the practice.
	 * @return how many clients moved
	 */
	@Transactional
	public int handOver(Account owner, long fromUserId, long toUserId) {
		Person from = person(owner, fromUserId);
		Person to = person(owner, toUserId);
		if (from.userId() == to.userId()) {
			throw new ProblemException("people.handOverSame");
		}
		if (!to.active()) {
			throw new ProblemException("people.handOverInactive");
		}
		int moved = this.jdbc
			.sql("UPDATE client SET practitioner_id = :to WHERE practitioner_id = :from AND practice_id = :practice")
			.param("to", to.userId())
			.param("from", from.userId())
			.param("practice", owner.practiceId())
			.update();
		this.audit.recordAccountEvent(owner.username(), null, "clients-handed-over", "/practice/people",
				from.username() + " -> " + to.username() + ": " + moved + " clients");
		return moved;
	}

	/** A person of the owner's practice; 404 for anyone else's id. */
	private Person person(Account owner, long userId) {
		return staffOf(owner.practiceId()).stream()
			.filter((p) -> p.userId() == userId)
			.findFirst()
			.orElseThrow(PracticeAccess::notFound);
	}

	private int activeOwners(long practiceId) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM app_user WHERE practice_id = :practice AND role = 'OWNER' AND enabled")
			.param("practice", practiceId)
			.query(Integer.class)
			.single();
	}

	private static Role staffRole(String role) {
		if ("OWNER".equals(role)) {
			return Role.OWNER;
		}
		if ("PRACTITIONER".equals(role)) {
			return Role.PRACTITIONER;
		}
		throw new ProblemException("people.roleUnknown");
	}

	private record Invitation(long id, long practiceId, String displayName, Role role) {
	}

	private Optional<Invitation> usable(String hash) {
		return this.jdbc.sql("""
				SELECT id, practice_id, display_name, role FROM staff_invitation
				WHERE code_hash = :hash AND used_at IS NULL AND expires_at > :now""")
			.param("hash", hash)
			.param("now", now())
			.query((rs, row) -> new Invitation(rs.getLong("id"), rs.getLong("practice_id"),
					rs.getString("display_name"), Role.valueOf(rs.getString("role"))))
			.optional();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(Instant.now(this.clock), ZoneOffset.UTC);
	}

	/** A refused change, named by a message key; nothing was changed. */
	public static final class ProblemException extends RuntimeException {

		public ProblemException(String key) {
			super(key, null, false, false);
		}

		public String key() {
			return getMessage();
		}

	}

}
