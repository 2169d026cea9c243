package org.realign.app.identity;

import java.time.Clock;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Logs people in against the practice directory. */
@Service
class DirectoryUserDetailsService implements UserDetailsService {

	private final PracticeDirectory directory;

	private final Clock clock;

	DirectoryUserDetailsService(PracticeDirectory directory, Clock clock) {
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.directory.findAccount(username)
			.map((account) -> User.withUsername(account.username())
				.password(account.passwordHash())
				.roles(account.role().name())
				.disabled(!account.enabled())
				.accountLocked(account.isLockedAt(this.clock.instant()))
				.build())
			.orElseThrow(() -> new UsernameNotFoundException("no such user"));
	}

}
