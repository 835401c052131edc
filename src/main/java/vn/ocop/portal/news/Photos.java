package vn.ocop.portal.news;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ocop.portal.shared.web.SearchText;

/**
 * The media library's table. Resized photos are kept in the database, not on a node's disk, so
 * every node behind the load balancer serves them and backups hold them (docs/news.md).
 */
@Repository
class Photos {

	private static final String COLUMNS = "id, file_name, media_type, width, height, caption, alt_text, credit, uploaded_by, uploaded_at";

	private final JdbcClient jdbc;

	Photos(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String fileName, PhotoProcessing.Resized resized, String caption, String altText, String credit, String user,
			Instant now) {
		return jdbc.sql("""
				INSERT INTO news_photo (file_name, media_type, width, height, page_bytes, thumb_bytes, caption, alt_text, credit,
				    search_text, uploaded_by, uploaded_at)
				VALUES (:name, :type, :width, :height, :page, :thumb, :caption, :alt, :credit, :search, :user, :now)
				RETURNING id""")
			.param("name", fileName)
			.param("type", resized.mediaType())
			.param("width", resized.width())
			.param("height", resized.height())
			.param("page", resized.page())
			.param("thumb", resized.thumbnail())
			.param("caption", caption)
			.param("alt", altText)
			.param("credit", credit)
			.param("search", SearchText.fold(fileName + " " + caption + " " + altText + " " + credit))
			.param("user", user)
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	Optional<Photo> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM news_photo WHERE id = :id").param("id", id).query(Photos::photo).optional();
	}

	/** The photos with these ids (those that exist), by id: one query for a list's thumbnails. */
	java.util.Map<Long, Photo> findAll(java.util.Collection<Long> ids) {
		List<Long> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
		if (wanted.isEmpty()) {
			return java.util.Map.of();
		}
		java.util.Map<Long, Photo> byId = new java.util.HashMap<>();
		jdbc.sql("SELECT " + COLUMNS + " FROM news_photo WHERE id IN (:ids)")
			.param("ids", wanted)
			.query(Photos::photo)
			.list()
			.forEach(photo -> byId.put(photo.id(), photo));
		return byId;
	}

	/** The stored image of one size: {@code true} the thumbnail, {@code false} the page size. */
	Optional<byte[]> bytes(long id, boolean thumbnail) {
		return jdbc.sql("SELECT " + (thumbnail ? "thumb_bytes" : "page_bytes") + " FROM news_photo WHERE id = :id")
			.param("id", id)
			.query(byte[].class)
			.optional();
	}

	Page<Photo> list(String words, int page, int size) {
		StringBuilder where = new StringBuilder(" WHERE TRUE");
		List<String> folded = Arrays.stream(SearchText.fold(words).split(" ")).filter(word -> !word.isEmpty()).limit(10).toList();
		java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();
		for (int i = 0; i < folded.size(); i++) {
			where.append(" AND search_text LIKE :w").append(i);
			params.put("w" + i, "%" + folded.get(i) + "%");
		}
		long total = jdbc.sql("SELECT count(*) FROM news_photo" + where).params(params).query(Long.class).single();
		List<Photo> rows = jdbc.sql("SELECT " + COLUMNS + " FROM news_photo" + where
				+ " ORDER BY uploaded_at DESC, id DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(Photos::photo)
			.list();
		return new PageImpl<>(rows, PageRequest.of(page, size), total);
	}

	private static Photo photo(ResultSet rs, int row) throws SQLException {
		return new Photo(rs.getLong("id"), rs.getString("file_name"), rs.getString("media_type"), rs.getInt("width"),
				rs.getInt("height"), rs.getString("caption"), rs.getString("alt_text"), rs.getString("credit"),
				rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
	}

}
