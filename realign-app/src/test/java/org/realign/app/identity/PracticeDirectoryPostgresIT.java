package org.realign.app.identity;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;
import org.realign.app.testsupport.TestPostgres;

/** The migrations and the directory on a real PostgreSQL server. */
class PracticeDirectoryPostgresIT extends PracticeDirectoryContract {

	@Override
	DataSource emptyDatabase() {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setURL(TestPostgres.shared().createDatabase("practice_directory"));
		dataSource.setUser("postgres");
		return dataSource;
	}

	@Override
	String databaseName() {
		return "PostgreSQL";
	}

}
