package vn.ocop.portal.units;

import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of the units API (the API's contract; see docs/units.md). */
final class UnitJson {

	private UnitJson() {
	}

	/** A unit row as the API returns it. */
	record Unit(String code, String name, String level, String kind, String parentCode, String provinceCode,
			LocalDate validFrom, LocalDate validTo) {

		static Unit of(AdministrativeUnit unit) {
			return new Unit(unit.code().value(), unit.name(), unit.level().value(),
					unit.kind() == null ? null : unit.kind().word(),
					unit.parentCode() == null ? null : unit.parentCode().value(), unit.provinceCode().value(),
					unit.validFrom(), unit.validTo());
		}

	}

	/** A reference to another unit: code and name. */
	record Ref(String code, String name) {

		static Ref of(AdministrativeUnit unit) {
			return new Ref(unit.code().value(), unit.name());
		}

	}

	/** {@code GET /api/v1/units}: one page of the units valid on a date under a parent. */
	record Page(LocalDate date, Ref parent, String sort, int page, int size, int totalElements, int totalPages,
			List<Unit> items) {
	}

	/** {@code GET /api/v1/units/{code}}. */
	record Detail(LocalDate date, String code, String name, String level, String kind, String provinceCode,
			LocalDate validFrom, LocalDate validTo, String legalBasis, Ref parent, int childrenCount,
			List<Succession> predecessors, List<Succession> successors) {
	}

	/** A predecessor or successor: the other unit, from when, wholly or in part. */
	record Succession(String code, String name, LocalDate effectiveDate, String coverage) {
	}

	/** {@code GET /api/v1/units/provinces/{code}}. */
	record Province(LocalDate date, Unit province, String successorOf, List<Unit> districts, int communes) {
	}

	/** {@code GET /api/v1/units/search}. */
	record SearchResult(String query, LocalDate date, List<SearchHit> items) {
	}

	/** A search hit with where it lies, e.g. Huyện Ba Bể, Tỉnh Bắc Kạn. */
	record SearchHit(String code, String name, String level, String kind, String parentCode, String provinceCode,
			LocalDate validFrom, LocalDate validTo, String context) {
	}

}
