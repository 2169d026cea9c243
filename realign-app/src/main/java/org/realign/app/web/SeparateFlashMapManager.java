package org.realign.app.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.AbstractFlashMapManager;

/**
 * Keeps each flash message (the invitation code, "password changed", shown once after a
 * form post and its redirect) in a session attribute of its own, named with a random id,
 * instead of Spring's one list of all of them.
 * <p>
 * Why: HTTP sessions live in the database (Spring Session JDBC), and each request works
 * on its own copy of the session, read at its start and written back at its end, one row
 * per changed attribute. With Spring's single {@code FLASH_MAPS} list, two requests of
 * one session at the same moment (two tabs posting, or a practice's seeding script, on
 * one server or two) each wrote back the whole list, and the one that saved last dropped
 * the other's message. Here a request only adds the rows of its own messages and removes
 * the rows of the messages it consumed or found expired, so concurrent requests touch
 * different rows and none loses another's message. (In memory, Spring's session mutex
 * serialised this; a mutex in one JVM cannot do it for sessions in a database.)
 */
final class SeparateFlashMapManager extends AbstractFlashMapManager {

	/** Prefix of the session attributes that hold one flash message each. */
	static final String ATTRIBUTE_PREFIX = SeparateFlashMapManager.class.getName() + ".";

	/** Which attribute each flash map of this request was read from. */
	private static final String READ_FROM = SeparateFlashMapManager.class.getName() + ".READ_FROM";

	@Override
	protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
		Map<FlashMap, String> readFrom = new IdentityHashMap<>();
		request.setAttribute(READ_FROM, readFrom);
		HttpSession session = request.getSession(false);
		if (session == null) {
			return null;
		}
		List<FlashMap> maps = new IdentityList();
		for (String name : Collections.list(session.getAttributeNames())) {
			if (name.startsWith(ATTRIBUTE_PREFIX) && session.getAttribute(name) instanceof FlashMap map) {
				readFrom.put(map, name);
				maps.add(map);
			}
		}
		return maps.isEmpty() ? null : maps;
	}

	/**
	 * A list whose {@code removeAll} goes by identity: Spring removes the consumed and
	 * expired maps with it, and two equal messages (two tabs that saved the same form at
	 * once) are still two messages, one for each redirect.
	 */
	private static final class IdentityList extends ArrayList<FlashMap> {

		@Override
		public boolean removeAll(Collection<?> gone) {
			return removeIf((map) -> gone.stream().anyMatch((other) -> other == map));
		}

	}

	/**
	 * Writes the difference between the maps last read in this request and the list
	 * Spring hands back: rows of maps no longer listed go, maps that were not read get a
	 * row of their own. Maps read and still listed are not written again.
	 */
	@Override
	protected void updateFlashMaps(List<FlashMap> flashMaps, HttpServletRequest request, HttpServletResponse response) {
		@SuppressWarnings("unchecked")
		Map<FlashMap, String> readFrom = (Map<FlashMap, String>) request.getAttribute(READ_FROM);
		if (readFrom == null) {
			readFrom = Map.of();
		}
		Map<FlashMap, Boolean> kept = new IdentityHashMap<>();
		flashMaps.forEach((map) -> kept.put(map, Boolean.TRUE));
		HttpSession session = (flashMaps.isEmpty() ? request.getSession(false) : request.getSession());
		if (session == null) {
			return;
		}
		readFrom.forEach((map, name) -> {
			if (!kept.containsKey(map)) {
				session.removeAttribute(name);
			}
		});
		for (FlashMap map : flashMaps) {
			if (!readFrom.containsKey(map)) {
				session.setAttribute(ATTRIBUTE_PREFIX + UUID.randomUUID(), map);
			}
		}
	}

	/**
	 * No lock: a lock in this JVM would not cover the other servers, and the rows of
	 * different messages need none.
	 */
	@Override
	protected Object getFlashMapsMutex(HttpServletRequest request) {
		return null;
	}

}
