package org.realign.app.practice;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Logs people in against the practice directory. */
@Service
class DirectoryUserDetailsService implements UserDetailsService {

	private final PracticeDirectory directory;

	DirectoryUserDetailsService(PracticeDirectory directory) {
		this.directory = directory;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.directory.findAccount(username)
			.map((account) -> User.withUsername(account.username())
				.password(account.passwordHash())
				.roles(account.role().name())
				.disabled(!account.enabled())
				.build())
			.orElseThrow(() -> new UsernameNotFoundException("no such user"));
	}

}
