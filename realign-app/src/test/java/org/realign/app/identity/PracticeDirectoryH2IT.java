package org.realign.app.identity;

import java.util.UUID;
import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

/**
 * The migrations and the directory on the embedded default: H2 in PostgreSQL mode, as the
 * app runs it.
 */
class PracticeDirectoryH2IT extends PracticeDirectoryContract {

	@Override
	DataSource emptyDatabase() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		return dataSource;
	}

	@Override
	String databaseName() {
		return "H2";
	}

}
