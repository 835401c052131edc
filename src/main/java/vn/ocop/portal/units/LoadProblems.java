package vn.ocop.portal.units;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;

import vn.ocop.portal.shared.web.Languages;

/** Collects the problems of one load, with their reasons in Vietnamese and English. */
final class LoadProblems {

	/** More problems than this are not listed (the file is rejected anyway). */
	static final int LIMIT = 200;

	private final MessageSource messages;

	private final List<UnitDataError> errors = new ArrayList<>();

	private int count;

	LoadProblems(MessageSource messages) {
		this.messages = messages;
	}

	void add(String file, int row, String column, String key, Object... args) {
		count++;
		if (errors.size() < LIMIT) {
			errors.add(new UnitDataError(file, row, column,
					messages.getMessage(key, args, key, Languages.VIETNAMESE),
					messages.getMessage(key, args, key, Languages.ENGLISH)));
		}
	}

	boolean isEmpty() {
		return count == 0;
	}

	int count() {
		return count;
	}

	List<UnitDataError> errors() {
		return List.copyOf(errors);
	}

	/** Throws {@link UnitDataRejected} when any problem was found. */
	void throwIfAny() {
		if (count > 0) {
			throw new UnitDataRejected(errors());
		}
	}

}
