package vn.ocop.portal.news;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Migration V46 (issue 6, search performance): {@code news_article.body_text}, the text of the
 * body without markup as {@link NewsHtml#text(String)} gives it, kept beside the HTML on every
 * save ({@link Articles}). The site search takes its snippets from it: turning twenty bodies into
 * text with jsoup on every search was a tenth of the search's time. A Java migration because the
 * text of the existing bodies must be exactly jsoup's (block elements separated, entities decoded),
 * which SQL cannot reproduce; Spring Boot hands Flyway every {@code JavaMigration} bean.
 */
@Component
class V46__NewsArticleBodyText extends BaseJavaMigration {

	private static final int BATCH = 500;

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (Statement statement = connection.createStatement()) {
			statement.execute("ALTER TABLE news_article ADD COLUMN body_text TEXT");
			statement.execute("COMMENT ON COLUMN news_article.body_text IS "
					+ "'The body without markup (NewsHtml.text), kept on save: the site search''s snippets'");
		}
		try (PreparedStatement select = connection.prepareStatement(
				"SELECT id, body_html FROM news_article WHERE id > ? ORDER BY id LIMIT " + BATCH);
				PreparedStatement update = connection.prepareStatement("UPDATE news_article SET body_text = ? WHERE id = ?")) {
			long last = 0;
			for (int read = BATCH; read == BATCH;) {
				read = 0;
				select.setLong(1, last);
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						last = rows.getLong("id");
						update.setString(1, NewsHtml.text(rows.getString("body_html")));
						update.setLong(2, last);
						update.addBatch();
						read++;
					}
				}
				update.executeBatch();
			}
		}
	}

}
