package vn.ocop.portal.news;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The articles' PDF attachments, kept in the database like the media library's photos (every node
 * serves them, backups hold them; docs/news.md).
 */
@Repository("newsAttachments")
class Attachments {

	private static final String COLUMNS = "id, article_id, title, file_name, media_type, size_bytes, sha256, position, uploaded_by, uploaded_at";

	private final JdbcClient jdbc;

	Attachments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long articleId, String title, PdfFiles.Checked file, String user, Instant now) {
		return jdbc.sql("""
				INSERT INTO news_attachment (article_id, title, file_name, media_type, size_bytes, sha256, content, position,
				    uploaded_by, uploaded_at)
				VALUES (:article, :title, :name, :type, :size, :sha, :content,
				        (SELECT coalesce(max(position), 0) + 1 FROM news_attachment WHERE article_id = :article), :user, :now)
				RETURNING id""")
			.param("article", articleId)
			.param("title", title)
			.param("name", file.fileName())
			.param("type", file.mediaType())
			.param("size", (long) file.content().length)
			.param("sha", file.sha256())
			.param("content", file.content())
			.param("user", user)
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	/** An article's attachments in the order they were added. */
	List<Attachment> of(long articleId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM news_attachment WHERE article_id = :id ORDER BY position, id")
			.param("id", articleId)
			.query(Attachments::attachment)
			.list();
	}

	Optional<Attachment> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM news_attachment WHERE id = :id")
			.param("id", id)
			.query(Attachments::attachment)
			.optional();
	}

	Optional<byte[]> content(long id) {
		return jdbc.sql("SELECT content FROM news_attachment WHERE id = :id").param("id", id).query(byte[].class).optional();
	}

	boolean delete(long id, long articleId) {
		return jdbc.sql("DELETE FROM news_attachment WHERE id = :id AND article_id = :article")
			.param("id", id)
			.param("article", articleId)
			.update() == 1;
	}

	private static Attachment attachment(ResultSet rs, int row) throws SQLException {
		return new Attachment(rs.getLong("id"), rs.getLong("article_id"), rs.getString("title"), rs.getString("file_name"),
				rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"), rs.getInt("position"),
				rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
	}

}
