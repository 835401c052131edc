package vn.ocop.portal.ocop;

/** The level of government that runs an evaluation round or recognises a star (domain §4). */
public enum EvaluationLevel {

	/** Commune (xã): receives and checks the dossier under 1489 and 26/2026; runs no round. */
	COMMUNE,
	/** District (huyện): evaluated under 1048 and 148 until 05/07/2025. */
	DISTRICT,
	/** Province (tỉnh). */
	PROVINCE,
	/** Central (Bộ Nông nghiệp và Môi trường). */
	CENTRAL;

	public String messageKey() {
		return "ocop.level." + name();
	}

}
