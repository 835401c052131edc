package vn.ocop.portal.ocop;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words people write in the applications history (sheet {@code danh-gia-ocop}): the kind, the
 * result and the level in English codes or in Vietnamese with or without diacritics ({@code lần đầu},
 * {@code nang hang}, {@code đánh giá, phân hạng lại}), and the members' totals as a list
 * ({@code 72,5; 75; 70}).
 * Matching ignores case, diacritics, spaces and punctuation.
 */
final class HistoryWords {

	static final Map<String, ApplicationKind> KINDS = Map.ofEntries(
			Map.entry("first-time", ApplicationKind.FIRST_TIME), Map.entry("lan-dau", ApplicationKind.FIRST_TIME),
			Map.entry("danh-gia-lan-dau", ApplicationKind.FIRST_TIME),
			Map.entry("upgrade", ApplicationKind.UPGRADE), Map.entry("nang-hang", ApplicationKind.UPGRADE),
			Map.entry("nang-hang-sao", ApplicationKind.UPGRADE), Map.entry("nang-sao", ApplicationKind.UPGRADE),
			Map.entry("danh-gia-nang-hang", ApplicationKind.UPGRADE),
			Map.entry("re-rating", ApplicationKind.RE_RATING), Map.entry("rerating", ApplicationKind.RE_RATING),
			Map.entry("danh-gia-lai", ApplicationKind.RE_RATING), Map.entry("phan-hang-lai", ApplicationKind.RE_RATING),
			Map.entry("danh-gia-phan-hang-lai", ApplicationKind.RE_RATING),
			Map.entry("danh-gia-lai-phan-hang-lai", ApplicationKind.RE_RATING));

	static final Map<String, PastEvaluationPolicy.Result> RESULTS = Map.ofEntries(
			Map.entry("recognised", PastEvaluationPolicy.Result.RECOGNISED),
			Map.entry("cong-nhan", PastEvaluationPolicy.Result.RECOGNISED),
			Map.entry("duoc-cong-nhan", PastEvaluationPolicy.Result.RECOGNISED),
			Map.entry("dat", PastEvaluationPolicy.Result.RECOGNISED),
			Map.entry("not-recognised", PastEvaluationPolicy.Result.NOT_RECOGNISED),
			Map.entry("khong-cong-nhan", PastEvaluationPolicy.Result.NOT_RECOGNISED),
			Map.entry("khong-duoc-cong-nhan", PastEvaluationPolicy.Result.NOT_RECOGNISED),
			Map.entry("khong-dat", PastEvaluationPolicy.Result.NOT_RECOGNISED),
			Map.entry("rejected", PastEvaluationPolicy.Result.REJECTED),
			Map.entry("ho-so-bi-loai", PastEvaluationPolicy.Result.REJECTED),
			Map.entry("bi-loai", PastEvaluationPolicy.Result.REJECTED),
			Map.entry("loai-ho-so", PastEvaluationPolicy.Result.REJECTED),
			Map.entry("withdrawn", PastEvaluationPolicy.Result.WITHDRAWN),
			Map.entry("rut-ho-so", PastEvaluationPolicy.Result.WITHDRAWN),
			Map.entry("rut", PastEvaluationPolicy.Result.WITHDRAWN));

	static final Map<String, EvaluationLevel> LEVELS = Map.of("province", EvaluationLevel.PROVINCE, "tinh",
			EvaluationLevel.PROVINCE, "cap-tinh", EvaluationLevel.PROVINCE, "district", EvaluationLevel.DISTRICT, "huyen",
			EvaluationLevel.DISTRICT, "cap-huyen", EvaluationLevel.DISTRICT);

	private HistoryWords() {
	}

	/** Lower case, without diacritics ({@code đ} as {@code d}), words joined by single hyphens. */
	static String normalise(String text) {
		String plain = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT).replace('đ', 'd'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "");
		return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
	}

	static <T> Optional<T> lookUp(Map<String, T> words, String text) {
		return text == null ? Optional.empty() : Optional.ofNullable(words.get(normalise(text)));
	}

	/**
	 * The members' totals written as a list separated by semicolons (or line breaks), each a number in
	 * vi-VN ({@code 72,5}) or plain ({@code 72.5}) form; empty when one is not a number.
	 */
	static Optional<List<BigDecimal>> totals(String text) {
		List<BigDecimal> totals = new ArrayList<>();
		for (String part : text.split("[;\\n|]+")) {
			String value = part.strip();
			if (value.isEmpty()) {
				continue;
			}
			String plain = value.contains(",") ? value.replace(".", "").replace(',', '.') : value;
			if (!plain.matches("\\d{1,3}(\\.\\d{1,2})?")) {
				return Optional.empty();
			}
			totals.add(new BigDecimal(plain));
		}
		return totals.isEmpty() ? Optional.empty() : Optional.of(totals);
	}

}
