package vn.ocop.portal.ocop;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

import vn.ocop.portal.identity.Role;
import vn.ocop.portal.identity.ScopedUser;
import vn.ocop.portal.importing.RowProblems;
import vn.ocop.portal.importing.SheetImporter;

/**
 * A sheet of the OCOP history import: the officers who record subjects and products on the pages
 * (administrators, provincial and local officers with a territorial scope) may import it; each row
 * is then checked against their data scope, as the pages do ({@link OcopAccess}).
 */
interface OcopSheet<R> extends SheetImporter<R> {

	Set<Role> OFFICERS = EnumSet.of(Role.ADMIN, Role.PROVINCIAL_OFFICER, Role.LOCAL_OFFICER);

	@Override
	default boolean mayImport(ScopedUser user) {
		return OFFICERS.contains(user.role()) && user.scope().isTerritorial();
	}

	/** The form's problems (keys {@code ocop.validation.*}) as the row's, on the sheet's columns. */
	static void report(Errors errors, Map<String, String> columns, RowProblems problems) {
		for (FieldError error : errors.getFieldErrors()) {
			String column = columns.get(error.getField());
			Object[] args = error.getArguments() == null ? new Object[0] : error.getArguments();
			if (column == null) {
				problems.addToRow(error.getCode(), args);
			}
			else {
				problems.add(column, error.getCode(), args);
			}
		}
		errors.getGlobalErrors().forEach(error -> problems.addToRow(error.getCode(),
				error.getArguments() == null ? new Object[0] : error.getArguments()));
	}

	/** The enum constant named by the cell, or null with a problem listing the choices. */
	static <E extends Enum<E>> E choice(Class<E> type, String value, String column, RowProblems problems) {
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			problems.add(column, "ocop.import.problem.choice",
					String.join(", ", List.of(type.getEnumConstants()).stream().map(Enum::name).toList()));
			return null;
		}
	}

	static String upper(String code) {
		return code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
	}

}
