package vn.ocop.portal.registry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of the registry API ({@code /api/v1/organisations}). */
final class RegistryJson {

	private RegistryJson() {
	}

	/** A unit with its code and name on some date. */
	record Unit(String code, String name, String province) {

		static Unit of(UnitRef ref) {
			return ref == null ? null : new Unit(ref.code(), ref.name(), ref.provinceName());
		}

	}

	/** One row of a list. */
	record Summary(String id, String kind, String name, String registrationNumber, String taxCode,
			LocalDate registrationDate, String unitCode, Unit unit, String sector, String status, String updateStatus,
			Integer members) {

		static Summary of(OrganisationSummary row) {
			return new Summary(row.id().value(), row.kind().name(), row.name(), row.registrationNumber(), row.taxCode(),
					row.registrationDate(), row.unitCode(), Unit.of(row.unit()), row.sector().name(),
					row.status() == null ? null : row.status().name(),
					row.updateStatus() == null ? null : row.updateStatus().name(), row.members());
		}

	}

	/** A page of a list, with the date it describes. */
	record Page(LocalDate date, int page, int size, long totalElements, int totalPages, List<Summary> content) {
	}

	record StatusChangeJson(int seq, String transition, String status, LocalDate effectiveDate, String reason,
			String decisionNumber, LocalDate decisionDate, String dissolutionKind, Instant recordedAt, String recordedBy) {

		static StatusChangeJson of(StatusChange change) {
			return new StatusChangeJson(change.seq(), change.transition().name(), change.status().name(),
					change.effectiveDate(), change.reason(), change.decisionNumber(), change.decisionDate(),
					change.dissolutionKind() == null ? null : change.dissolutionKind().name(), change.recordedAt(),
					change.recordedBy());
		}

	}

	record Membership(String unionId, String unionName, String memberId, String memberName, LocalDate joinedOn,
			LocalDate leftOn) {

		static Membership of(UnionMembership membership) {
			return new Membership(membership.unionId().value(), membership.unionName(), membership.memberId().value(),
					membership.memberName(), membership.joinedOn(), membership.leftOn());
		}

	}

	/** One organisation with its history, memberships and the years of its annual updates. */
	record Detail(String id, String kind, String name, String registrationNumber, String taxCode,
			LocalDate registrationDate, String registrationAuthority, String unitCode, Unit registrationUnit,
			Unit currentUnit, String address, String sector, String representativeName, String representativeTitle,
			String phone, String email, String status, LocalDate statusDate, List<StatusChangeJson> history,
			List<Membership> memberships, List<Integer> annualUpdateYears) {

		static Detail of(OrganisationView view) {
			OrganisationDetails d = view.details();
			return new Detail(view.id().value(), view.kind().name(), d.name(),
					d.registrationNumber() == null ? null : d.registrationNumber().value(),
					d.taxCode() == null ? null : d.taxCode().value(), d.registrationDate(), d.registrationAuthority(),
					d.unitCode(), Unit.of(view.registrationUnit()), Unit.of(view.currentUnit()), d.address(),
					d.sector().name(), d.representativeName(), d.representativeTitle(), d.phone(), d.email(),
					view.status().name(), view.statusDate(), view.history().stream().map(StatusChangeJson::of).toList(),
					view.memberships().stream().map(Membership::of).toList(),
					view.annualUpdates().stream().map(AnnualUpdateView::year).toList());
		}

	}

	/** What a client sends to register an organisation; dates as yyyy-MM-dd. */
	record Registration(String kind, String name, String registrationNumber, String taxCode, String registrationDate,
			String registrationAuthority, String unitCode, String address, String sector, String representativeName,
			String representativeTitle, String phone, String email) {
	}

	/** The figures of an annual update, as a client sends them. */
	record Figures(Integer officialMembers, Integer capitalAssociates, Integer nonCapitalAssociates,
			Integer memberCooperatives, Integer workers, BigDecimal charterCapital, BigDecimal totalAssets,
			BigDecimal revenue, BigDecimal profit, BigDecimal averageIncome, BigDecimal classificationScore) {
	}

	/** An annual update as the API answers it. */
	record AnnualUpdate(String organisationId, int year, String status, Figures figures, int totalMembers,
			String classification, String classificationBasis, LocalDate dueDate, Instant submittedAt, String submittedBy,
			boolean enteredByOfficer, Instant reviewedAt, String reviewedBy, String returnReason, boolean late,
			List<Warning> warnings) {

		static AnnualUpdate of(AnnualUpdateView view, List<Warning> warnings) {
			AnnualFigures f = view.figures();
			return new AnnualUpdate(view.organisationId().value(), view.year(), view.status().name(),
					new Figures(f.officialMembers(), f.capitalAssociates(), f.nonCapitalAssociates(), f.memberCooperatives(),
							f.workers(), f.charterCapital(), f.totalAssets(), f.revenue(), f.profit(), f.averageIncome(),
							f.classificationScore()),
					f.totalMembers(), view.classification() == null ? null : view.classification().name(),
					view.classificationBasis(), view.dueDate(), view.submittedAt(), view.submittedBy(),
					view.enteredByOfficer(), view.reviewedAt(), view.reviewedBy(), view.returnReason(), view.late(), warnings);
		}

	}

	/** A field's problem (400) or a rule warning (200), in the request's language. */
	record FieldMessage(String field, String message) {
	}

	/** A warning about accepted data. */
	record Warning(String field, String message) {
	}

}
