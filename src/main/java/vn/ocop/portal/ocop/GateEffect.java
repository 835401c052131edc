package vn.ocop.portal.ocop;

/**
 * What a hard gate does when it applies, most severe first: the dossier is rejected ("bị loại"),
 * the evaluation stops at the gate ("không đánh giá các bước tiếp theo"), or the product is not
 * evaluated ("không đánh giá những sản phẩm …"). None of them gives a star.
 */
public enum GateEffect {

	REJECT("reject"), STOP_EVALUATION("stop_evaluation"), NOT_EVALUATED("not_evaluated");

	private final String code;

	GateEffect(String code) {
		this.code = code;
	}

	/** The code used in data files ({@code reject}, {@code stop_evaluation}, {@code not_evaluated}). */
	public String code() {
		return code;
	}

	public String messageKey() {
		return "ocop.gate.effect." + name();
	}

	public static java.util.Optional<GateEffect> fromCode(String code) {
		return java.util.Arrays.stream(values()).filter(effect -> effect.code.equals(code)).findFirst();
	}

}
