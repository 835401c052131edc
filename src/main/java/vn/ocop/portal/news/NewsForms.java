package vn.ocop.portal.news;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.MessageCodesResolver;

import vn.ocop.portal.shared.web.Formats;

/** Helpers of the newsroom's forms: message codes under {@code news.}, dates and times typed by people. */
final class NewsForms {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	static final MessageCodesResolver MESSAGE_CODES = messageCodes();

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private NewsForms() {
	}

	private static MessageCodesResolver messageCodes() {
		DefaultMessageCodesResolver resolver = new DefaultMessageCodesResolver();
		resolver.setPrefix("news.");
		return resolver;
	}

	/**
	 * A moment typed as {@code dd/MM/yyyy} and {@code HH:mm} in Vietnam's time; null when both are
	 * blank; throws {@link NewsRuleViolation} when either is malformed.
	 */
	static Instant moment(String date, String time) {
		boolean noDate = date == null || date.isBlank();
		boolean noTime = time == null || time.isBlank();
		if (noDate && noTime) {
			return null;
		}
		try {
			LocalDate day = Formats.parseDate(date);
			LocalTime at = noTime ? LocalTime.MIDNIGHT : LocalTime.parse(time.strip(), TIME);
			if (day == null) {
				throw new NewsRuleViolation("news.rule.badMoment");
			}
			return day.atTime(at).atZone(VIETNAM).toInstant();
		}
		catch (DateTimeParseException malformed) {
			throw new NewsRuleViolation("news.rule.badMoment");
		}
	}

	/** A page number typed in a link, 1-based; anything else is page 1. Returns the 0-based index. */
	static int pageIndex(String page) {
		try {
			return Math.max(0, Math.min(100_000, Integer.parseInt(page == null ? "1" : page.strip())) - 1);
		}
		catch (NumberFormatException notANumber) {
			return 0;
		}
	}

}
