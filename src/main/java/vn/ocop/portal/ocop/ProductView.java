package vn.ocop.portal.ocop;

import java.time.LocalDate;
import java.util.List;

/**
 * An OCOP product as other modules and pages read it.
 *
 * @param id             the product's number
 * @param code           its product code, null while a draft
 * @param status         draft or registered
 * @param registeredOn   when the code was given, or null
 * @param subject        who makes it
 * @param instrumentCode the instrument whose taxonomy classifies it
 * @param productSetCode its product set under that instrument (e.g. {@code TP-04})
 * @param productSetName the set's name
 * @param groupCode      the set's product group
 * @param name           the product's name
 * @param description    plain text, or null
 * @param story          sanitised HTML (safe to show unescaped), or null
 * @param packaging      packaging, or null
 * @param gtin           GTIN with a valid check digit, or null
 * @param photoIds       its photos, in upload order
 */
public record ProductView(long id, String code, ProductStatus status, LocalDate registeredOn, SubjectView subject,
		String instrumentCode, String productSetCode, String productSetName, String groupCode, String name,
		String description, String story, String packaging, String gtin, List<Long> photoIds) {

	/** Whether a representative may still change it. */
	public boolean draft() {
		return status == ProductStatus.DRAFT;
	}

}
