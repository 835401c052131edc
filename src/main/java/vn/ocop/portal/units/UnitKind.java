package vn.ocop.portal.units;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The kind of unit, as the first words of its official name say it ("Huyện Ba Bể" is a huyện).
 * Each kind belongs to one or two levels: a thành phố is a province (centrally governed city) or
 * a district (provincial city).
 */
public enum UnitKind {

	TINH("tỉnh", "Tỉnh", EnumSet.of(UnitLevel.PROVINCE)),
	THANH_PHO("thành phố", "Thành phố", EnumSet.of(UnitLevel.PROVINCE, UnitLevel.DISTRICT)),
	HUYEN("huyện", "Huyện", EnumSet.of(UnitLevel.DISTRICT)),
	QUAN("quận", "Quận", EnumSet.of(UnitLevel.DISTRICT)),
	THI_XA("thị xã", "Thị xã", EnumSet.of(UnitLevel.DISTRICT)),
	XA("xã", "Xã", EnumSet.of(UnitLevel.COMMUNE)),
	PHUONG("phường", "Phường", EnumSet.of(UnitLevel.COMMUNE)),
	THI_TRAN("thị trấn", "Thị trấn", EnumSet.of(UnitLevel.COMMUNE)),
	DAC_KHU("đặc khu", "Đặc khu", EnumSet.of(UnitLevel.COMMUNE));

	/** "Thành phố", "Thị trấn", "Thị xã" … before shorter prefixes. */
	private static final UnitKind[] LONGEST_PREFIX_FIRST = Arrays.stream(values())
		.sorted(Comparator.comparingInt((UnitKind kind) -> kind.prefix.length()).reversed())
		.toArray(UnitKind[]::new);

	private final String word;

	private final String prefix;

	private final Set<UnitLevel> levels;

	UnitKind(String word, String prefix, Set<UnitLevel> levels) {
		this.word = word;
		this.prefix = prefix;
		this.levels = levels;
	}

	/** The kind word in lower case as stored and returned by the API, e.g. {@code thị trấn}. */
	public String word() {
		return word;
	}

	/** Key of the kind's name in the message bundles, e.g. {@code units.kind.THI_TRAN}. */
	public String messageKey() {
		return "units.kind." + name();
	}

	public boolean fits(UnitLevel level) {
		return levels.contains(level);
	}

	/** The kind the official name starts with ("Thị xã Sơn Tây" is a thị xã), if any. */
	public static Optional<UnitKind> ofName(String name) {
		if (name == null) {
			return Optional.empty();
		}
		return Arrays.stream(LONGEST_PREFIX_FIRST)
			.filter(kind -> name.startsWith(kind.prefix + " ") && name.length() > kind.prefix.length() + 1)
			.findFirst();
	}

	public static Optional<UnitKind> fromWord(String word) {
		return Arrays.stream(values()).filter(kind -> kind.word.equals(word)).findFirst();
	}

	/** The name without its kind word: "Ba Bể" for "Huyện Ba Bể". */
	String properName(String name) {
		return name.substring(prefix.length() + 1);
	}

}
