package org.realign.core.archfixture;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A deliberately impure class: CorePurityTest shows that its rule reports it. Not part of
 * the product.
 */
public class LeakyRepository {

	public boolean isOpen(Connection connection) throws SQLException {
		return !connection.isClosed();
	}

}
