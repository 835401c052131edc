package vn.ocop.portal.ocop;

/**
 * GS1 Global Trade Item Numbers: 8, 12, 13 or 14 digits whose last digit is the check digit
 * (weights 3 and 1 alternating from the right, excluding the check digit).
 */
final class Gtin {

	private Gtin() {
	}

	/** Whether the text is a GTIN-8, -12, -13 or -14 with a correct check digit. */
	static boolean isValid(String text) {
		if (text == null) {
			return false;
		}
		int length = text.length();
		if (length != 8 && length != 12 && length != 13 && length != 14) {
			return false;
		}
		for (int i = 0; i < length; i++) {
			if (text.charAt(i) < '0' || text.charAt(i) > '9') {
				return false;
			}
		}
		return checkDigit(text.substring(0, length - 1)) == text.charAt(length - 1) - '0';
	}

	/** The check digit of the digits without it. */
	static int checkDigit(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(digits.length() - 1 - i) - '0';
			sum += i % 2 == 0 ? digit * 3 : digit;
		}
		return (10 - sum % 10) % 10;
	}

}
