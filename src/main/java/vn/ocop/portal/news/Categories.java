package vn.ocop.portal.news;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The administration of {@code news_category}: create, rename, hide, reorder, delete (reading them
 * for articles stays in {@link Articles}). Renames and hiding use optimistic locking; a category is
 * in use when an article or one of its revisions names it.
 */
@Repository
class Categories {

	/** Slugs of categories are shorter than the column (80) so that {@code -2}, {@code -3} fit. */
	static final int SLUG_LENGTH = 70;

	private final JdbcClient jdbc;

	Categories(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every category in its order, with the number of articles in it. */
	List<CategoryUse> withUse() {
		return jdbc.sql("""
				SELECT c.*, (SELECT count(*) FROM news_article a WHERE a.category_id = c.id) AS articles
				FROM news_category c ORDER BY c.position, c.id""")
			.query(Categories::use)
			.list();
	}

	Optional<Category> find(long id) {
		return jdbc.sql("SELECT c.*, 0 AS articles FROM news_category c WHERE c.id = :id")
			.param("id", id)
			.query(Categories::use)
			.optional()
			.map(CategoryUse::category);
	}

	boolean slugTaken(String slug) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM news_category WHERE slug = :slug)")
			.param("slug", slug)
			.query(Boolean.class)
			.single();
	}

	/** Whether another category already has this Vietnamese or English name (case and spacing aside). */
	boolean nameTaken(String nameVi, String nameEn, long exceptId) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM news_category WHERE id <> :id
				    AND (lower(name_vi) = lower(:vi) OR lower(name_en) = lower(:en)))""")
			.param("id", exceptId)
			.param("vi", nameVi)
			.param("en", nameEn)
			.query(Boolean.class)
			.single();
	}

	/** Adds a category at the end of the order; returns its id. */
	long insert(String slug, String nameVi, String nameEn) {
		return jdbc.sql("""
				INSERT INTO news_category (slug, name_vi, name_en, position)
				VALUES (:slug, :vi, :en, (SELECT coalesce(max(position), 0) + 10 FROM news_category))
				RETURNING id""")
			.param("slug", slug)
			.param("vi", nameVi)
			.param("en", nameEn)
			.query(Long.class)
			.single();
	}

	/** New names (the slug stays); false when the category changed since {@code version} was read. */
	boolean rename(long id, int version, String nameVi, String nameEn) {
		return jdbc.sql("""
				UPDATE news_category SET name_vi = :vi, name_en = :en, version = version + 1
				WHERE id = :id AND version = :version""")
			.param("vi", nameVi)
			.param("en", nameEn)
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	boolean setHidden(long id, int version, boolean hidden) {
		return jdbc.sql("UPDATE news_category SET hidden = :hidden, version = version + 1 WHERE id = :id AND version = :version")
			.param("hidden", hidden)
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	/** Numbers the categories 10, 20, 30 ... in the given order. */
	void order(List<Long> ids) {
		for (int i = 0; i < ids.size(); i++) {
			jdbc.sql("UPDATE news_category SET position = :position WHERE id = :id")
				.param("position", (i + 1) * 10)
				.param("id", ids.get(i))
				.update();
		}
	}

	/** Whether an article, or a revision that could be restored, is filed under the category. */
	boolean inUse(long id) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM news_article WHERE category_id = :id)
				    OR EXISTS (SELECT 1 FROM news_revision WHERE category_id = :id)""")
			.param("id", id)
			.query(Boolean.class)
			.single();
	}

	boolean delete(long id, int version) {
		return jdbc.sql("DELETE FROM news_category WHERE id = :id AND version = :version")
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	private static CategoryUse use(ResultSet rs, int row) throws SQLException {
		return new CategoryUse(new Category(rs.getLong("id"), rs.getString("slug"), rs.getString("name_vi"),
				rs.getString("name_en"), rs.getInt("position"), rs.getBoolean("hidden"), rs.getInt("version")),
				rs.getLong("articles"));
	}

	/** A category and how many articles are filed under it. */
	record CategoryUse(Category category, long articles) {
	}

}
