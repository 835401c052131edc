package vn.ocop.portal.news;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The article form of the back office (never the stored article itself).
 *
 * @param tags    comma-separated tag names
 * @param slug    the address; blank: made from the title (and kept once published)
 * @param version the version the editor started from (a concurrent save is refused)
 */
record ArticleForm(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 1000) String lead,
		@NotBlank @Size(max = 200_000) String body, @NotBlank @Size(max = 200) String authorLine,
		@NotNull Long categoryId, Long coverPhotoId, @Size(max = 500) String tags, @Size(max = 100) String slug,
		int version) {

	static ArticleForm empty() {
		return new ArticleForm("", "", "", "", null, null, "", "", 0);
	}

	static ArticleForm of(Article article) {
		return new ArticleForm(article.title(), article.lead(), article.bodyHtml(), article.authorLine(),
				article.categoryId(), article.coverPhotoId(), String.join(", ", article.tags()), article.slug(),
				article.version());
	}

	ArticleContent content() {
		List<String> tagNames = tags == null ? List.of()
				: Arrays.stream(tags.split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).toList();
		return new ArticleContent(title, lead, body, authorLine, categoryId, coverPhotoId, tagNames, slug);
	}

}
