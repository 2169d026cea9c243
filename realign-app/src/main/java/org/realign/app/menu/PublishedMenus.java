package org.realign.app.menu;

import org.realign.app.assessment.MenuInForce;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.realign.app.api.FeedbackJson;
import org.realign.core.prescription.PrescribedMenu;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The menus published to clients; the newest is the one in force. */
@Repository
public class PublishedMenus implements MenuInForce {

	/** Writes and reads doses in their one JSON form, as the API shows them. */
	private final JsonMapper json = FeedbackJson.MAPPER;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Prescriptions prescriptions;

	public PublishedMenus(JdbcClient jdbc, Clock clock, Prescriptions prescriptions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.prescriptions = prescriptions;
	}

	/**
	 * A stored menu; one published before the catalogue's reading of each muscle was kept
	 * gets it from the catalogue, so that its cramps are read the same way.
	 */
	private PrescribedMenu read(String text) {
		PrescribedMenu menu = this.json.readValue(text, PrescribedMenu.class);
		if (menu.items().stream().noneMatch((item) -> item.demands().isEmpty())) {
			return menu;
		}
		return new PrescribedMenu(menu.menuId(), menu.sessionsPerWeek(),
				menu.items().stream().map(this.prescriptions::withCatalogueDemands).toList());
	}

	public void publish(long clientId, PrescribedMenu menu, String publishedBy) {
		this.jdbc
			.sql("INSERT INTO client_menu (client_id, menu_id, menu_json, published_by, published_at) "
					+ "VALUES (:client, :menu, :json, :by, :now)")
			.param("client", clientId)
			.param("menu", menu.menuId())
			.param("json", this.json.writeValueAsString(menu))
			.param("by", publishedBy)
			.param("now", OffsetDateTime.now(this.clock))
			.update();
	}

	@Override
	public Optional<PrescribedMenu> current(long clientId) {
		return this.jdbc
			.sql("SELECT menu_json FROM client_menu WHERE client_id = :client ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
			.param("client", clientId)
			.query(String.class)
			.optional()
			.map(this::read);
	}

	/** A menu as published: who published it and when. */
	public record Publication(PrescribedMenu menu, String publishedBy, OffsetDateTime publishedAt) {
	}

	public Optional<Publication> currentPublication(long clientId) {
		return this.jdbc
			.sql("SELECT menu_json, published_by, published_at FROM client_menu WHERE client_id = :client "
					+ "ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
			.param("client", clientId)
			.query((rs, row) -> new Publication(read(rs.getString(1)), rs.getString(2),
					rs.getObject(3, OffsetDateTime.class)))
			.optional();
	}

	/** The day the client's first menu was published, in UTC. */
	public Optional<LocalDate> firstPublishedOn(long clientId) {
		return this.jdbc.sql("SELECT MIN(published_at) FROM client_menu WHERE client_id = :client")
			.param("client", clientId)
			.query((rs, row) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)))
			.single()
			.map((at) -> at.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
	}

}
