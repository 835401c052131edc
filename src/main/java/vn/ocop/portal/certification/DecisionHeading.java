package vn.ocop.portal.certification;

import java.time.LocalDate;

import vn.ocop.portal.shared.web.Formats;

/**
 * The heading fields every decision form has — number, date of signature, issuing level and
 * signatory — as the officer types them (the date as {@code 27/12/2022} or {@code 2022-12-27}).
 */
abstract class DecisionHeading {

	private String number = "";

	private String signedOn = "";

	private IssuerLevel level = IssuerLevel.PROVINCE;

	private String issuer = "";

	/**
	 * The date of signature, {@code null} when none was entered.
	 *
	 * @throws RuntimeException when the text is not a date
	 */
	LocalDate signedOnDate() {
		if (signedOn == null || signedOn.isBlank()) {
			return null;
		}
		String text = signedOn.strip();
		return text.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(text) : Formats.parseDate(text);
	}

	/** The decision's heading with the given date (the caller decides what an unreadable date means). */
	DecisionOrder order(LocalDate date) {
		return new DecisionOrder(number, date, level, issuer);
	}

	public String getNumber() {
		return number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public String getSignedOn() {
		return signedOn;
	}

	public void setSignedOn(String signedOn) {
		this.signedOn = signedOn;
	}

	public IssuerLevel getLevel() {
		return level;
	}

	public void setLevel(IssuerLevel level) {
		this.level = level;
	}

	public String getIssuer() {
		return issuer;
	}

	public void setIssuer(String issuer) {
		this.issuer = issuer;
	}

}
