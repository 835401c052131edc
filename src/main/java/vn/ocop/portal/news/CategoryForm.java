package vn.ocop.portal.news;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The category form of the administration page: the names in both languages. The slug is not on
 * the form: it is made from the Vietnamese name once, when the category is created.
 *
 * @param version the version the user started from (a concurrent change is refused)
 */
record CategoryForm(@NotBlank @Size(max = 120) String nameVi, @NotBlank @Size(max = 120) String nameEn, int version) {

	static CategoryForm empty() {
		return new CategoryForm("", "", 0);
	}

	static CategoryForm of(Category category) {
		return new CategoryForm(category.nameVi(), category.nameEn(), category.version());
	}

	String cleanVi() {
		return nameVi.strip().replaceAll("\\s+", " ");
	}

	String cleanEn() {
		return nameEn.strip().replaceAll("\\s+", " ");
	}

}
