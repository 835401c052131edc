package vn.ocop.portal.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ocop.portal.registry.RegistryTestData.PROVINCIAL_OFFICER;
import static vn.ocop.portal.registry.RegistryTestData.as;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

import vn.ocop.portal.audit.AuditEntryView;
import vn.ocop.portal.audit.AuditTrail;
import vn.ocop.portal.support.Officials;

/** The registry's commands and reads on the real database, with real units, scopes and audit. */
@RegistryIntegrationTest
class RegistryManagementIntegrationTests {

	private static final Authentication BA_BE = Officials.localOfficer("Cán bộ Ba Bể", "061");

	private static final Authentication NGAN_SON = Officials.localOfficer("Cán bộ Ngân Sơn", "062");

	@Autowired
	RegistryManagement management;

	@Autowired
	Organisations organisations;

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOrganisationRegisteredInBaBeLiesUnderThaiNguyenToday() {
		OrganisationId id = as(PROVINCIAL_OFFICER, () -> management.register(OrganisationKind.HTX,
				RegistryTestData.cooperative("Hợp tác xã Chợ Rã " + RegistryTestData.unique(), "01888", LocalDate.of(2023, 4, 3))));

		OrganisationView view = as(PROVINCIAL_OFFICER, () -> organisations.get(id));

		assertThat(view.registrationUnit().code()).isEqualTo("01888");
		assertThat(view.registrationUnit().label()).isEqualTo("Thị trấn Chợ Rã, Tỉnh Bắc Kạn");
		assertThat(view.currentUnit().code()).isEqualTo("01912");
		assertThat(view.currentUnit().provinceName()).isEqualTo("Tỉnh Thái Nguyên");
		assertThat(unitsContaining(id, LocalDate.of(2023, 12, 31))).containsExactlyInAnyOrder("01888", "061", "06");
		assertThat(unitsContaining(id, LocalDate.of(2026, 1, 1))).containsExactlyInAnyOrder("01912", "19");
	}

	@Test
	void theListFiltersByUnitOnADate() {
		String name = "Hợp tác xã Hà Hiệu " + RegistryTestData.unique();
		OrganisationId id = as(PROVINCIAL_OFFICER, () -> management.register(OrganisationKind.HTX,
				RegistryTestData.cooperative(name, "01897", LocalDate.of(2024, 2, 1))));

		assertThat(listed(PROVINCIAL_OFFICER, "061", LocalDate.of(2024, 12, 31), name)).containsExactly(id);
		assertThat(listed(PROVINCIAL_OFFICER, "061", LocalDate.of(2024, 1, 31), name)).as("not yet registered").isEmpty();
		assertThat(listed(PROVINCIAL_OFFICER, "19", LocalDate.of(2024, 12, 31), name)).as("19 did not hold Ba Bể in 2024").isEmpty();
		assertThat(listed(Officials.provincialOfficer("Cán bộ Thái Nguyên", "19"), "19", LocalDate.of(2026, 1, 1), name))
			.containsExactly(id);
		assertThat(listed(PROVINCIAL_OFFICER, "062", LocalDate.of(2024, 12, 31), name)).isEmpty();
	}

	@Test
	void aLocalOfficerSeesAndChangesOnlyTheirUnitsOrganisations() {
		String name = "Tổ hợp tác Bành Trạch " + RegistryTestData.unique();
		OrganisationId id = as(BA_BE, () -> management.register(OrganisationKind.THT,
				RegistryTestData.group(name, "01891", LocalDate.of(2024, 5, 6))));

		assertThat(listed(BA_BE, null, null, name)).containsExactly(id);
		assertThat(listed(NGAN_SON, null, null, name)).isEmpty();
		assertThat(listed(Officials.editor("Biên tập viên"), null, null, name)).isEmpty();
		assertThatThrownBy(() -> as(NGAN_SON, () -> organisations.get(id))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(NGAN_SON, () -> management.suspend(id, LocalDate.of(2025, 1, 1), "Lý do")))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(NGAN_SON, () -> management.register(OrganisationKind.THT,
				RegistryTestData.group("Tổ hợp tác ngoài phạm vi", "01891", LocalDate.of(2024, 5, 6)))))
			.isInstanceOfSatisfying(RegistryRuleViolation.class,
					violation -> assertThat(violation.messageKey()).isEqualTo("registry.rule.unitCode.outsideScope"));
	}

	@Test
	void aRepresentativeSeesOnlyTheirOwnOrganisation() {
		String name = "Hợp tác xã Phúc Lộc " + RegistryTestData.unique();
		OrganisationId id = as(PROVINCIAL_OFFICER, () -> management.register(OrganisationKind.HTX,
				RegistryTestData.cooperative(name, "01894", LocalDate.of(2024, 3, 1))));
		Authentication representative = Officials.organisationRepresentative("Đại diện Phúc Lộc", id.value());

		assertThat(listed(representative, null, null, null)).containsExactly(id);
		assertThat(as(representative, () -> organisations.get(id)).details().name()).isEqualTo(name);
		assertThatThrownBy(() -> as(Officials.organisationRepresentative("Người khác", "HTX-DEMO-9999"), () -> organisations.get(id)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(representative, () -> management.suspend(id, LocalDate.of(2025, 1, 1), "Lý do")))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void everyChangeIsAudited() {
		OrganisationId id = as(PROVINCIAL_OFFICER, () -> management.register(OrganisationKind.HTX,
				RegistryTestData.cooperative("Hợp tác xã Nam Mẫu " + RegistryTestData.unique(), "01909", LocalDate.of(2023, 1, 9))));
		as(PROVINCIAL_OFFICER, () -> {
			OrganisationDetails d = organisations.get(id).details();
			management.correct(id, new OrganisationDetails(d.name() + " (sửa)", d.registrationNumber(), d.taxCode(),
					d.registrationDate(), d.registrationAuthority(), d.unitCode(), d.address(), d.sector(),
					d.representativeName(), d.representativeTitle(), d.phone(), d.email()));
			management.suspend(id, LocalDate.of(2024, 1, 2), "Thiếu vốn");
			management.resume(id, LocalDate.of(2024, 6, 3));
			management.enterAnnualUpdate(id, 2024, RegistryTestData.figures(8, 0));
			management.dissolve(id, LocalDate.of(2025, 3, 1), "21/QĐ-UBND", LocalDate.of(2025, 2, 20), DissolutionKind.VOLUNTARY);
		});

		List<AuditEntryView> trail = auditTrail.forEntity("Organisation", id.value(), AuditTrail.firstPage()).getContent();
		assertThat(trail).extracting(AuditEntryView::action)
			.containsExactly("DISSOLVED", "RESUMED", "SUSPENDED", "UPDATED", "CREATED");
		assertThat(trail).allSatisfy(entry -> assertThat(entry.module()).isEqualTo("registry"));
		assertThat(trail.get(3).changedFields()).containsExactly("name");
		assertThat(auditTrail.forEntity("AnnualUpdate", id.value() + "/2024", AuditTrail.firstPage()).getContent())
			.extracting(AuditEntryView::action).containsExactly("ENTERED");
		assertThat(as(PROVINCIAL_OFFICER, () -> organisations.get(id)).history()).extracting(StatusChange::transition)
			.containsExactly(Transition.REGISTERED, Transition.SUSPENDED, Transition.RESUMED, Transition.DISSOLVED);
	}

	@Test
	void aRuleBrokenHalfwayChangesNothing() {
		OrganisationId id = as(PROVINCIAL_OFFICER, () -> management.register(OrganisationKind.HTX,
				RegistryTestData.cooperative("Hợp tác xã Khang Ninh " + RegistryTestData.unique(), "01906", LocalDate.of(2023, 1, 9))));

		assertThatThrownBy(() -> as(PROVINCIAL_OFFICER, () -> management.enterAnnualUpdate(id, 2023, RegistryTestData.figures(6, 0))))
			.isInstanceOfSatisfying(RegistryRuleViolation.class, violation -> {
				assertThat(violation.messageKey()).isEqualTo("registry.rule.members.HTX");
				assertThat(violation.field()).isEqualTo("officialMembers");
				assertThat(violation.arguments()).containsExactly(7, "Luật Hợp tác xã 23/2012/QH13", 6);
			});
		assertThat(as(PROVINCIAL_OFFICER, () -> management.enterAnnualUpdate(id, 2024, RegistryTestData.figures(6, 0))).status())
			.as("five official members suffice from 1/7/2024").isEqualTo(AnnualUpdateStatus.ACCEPTED);
		assertThat(auditTrail.forEntity("AnnualUpdate", id.value() + "/2023", AuditTrail.firstPage()).getContent()).isEmpty();
		assertThat(as(PROVINCIAL_OFFICER, () -> organisations.annualUpdate(id, 2023))).isEmpty();
	}

	@Test
	void searchIgnoresDiacriticsAndTheListSortsInVietnameseOrder() {
		long n = RegistryTestData.unique();
		String tag = "Tìm" + n;
		for (String name : List.of("Hợp tác xã Đồng " + tag, "Hợp tác xã Dương " + tag, "Tổ hợp tác Ân " + tag,
				"Hợp tác xã An " + tag, "Hợp tác xã Bắc " + tag)) {
			as(PROVINCIAL_OFFICER, () -> management.register(name.startsWith("Tổ") ? OrganisationKind.THT : OrganisationKind.HTX,
					name.startsWith("Tổ") ? RegistryTestData.group(name, "01918", LocalDate.of(2024, 1, 1))
							: RegistryTestData.cooperative(name, "01918", LocalDate.of(2024, 1, 1))));
		}

		List<String> names = as(PROVINCIAL_OFFICER, () -> organisations.list(OrganisationQuery.all().withText("tim" + n)))
			.map(OrganisationSummary::name).getContent();
		assertThat(names).containsExactly("Hợp tác xã An " + tag, "Tổ hợp tác Ân " + tag, "Hợp tác xã Bắc " + tag,
				"Hợp tác xã Dương " + tag, "Hợp tác xã Đồng " + tag);
		assertThat(as(PROVINCIAL_OFFICER, () -> organisations.list(OrganisationQuery.all().withText("hop tac xa dong tim" + n))))
			.extracting(OrganisationSummary::name).containsExactly("Hợp tác xã Đồng " + tag);
	}

	private List<String> unitsContaining(OrganisationId id, LocalDate date) {
		return jdbc.sql("""
				SELECT a.container_code FROM registry_unit_area a JOIN registry_organisation o ON o.unit_code = a.unit_code
				WHERE o.id = :id AND NOT a.lineage AND a.valid_from <= :date AND (a.valid_to IS NULL OR a.valid_to >= :date)""")
			.param("id", id.value())
			.param("date", date)
			.query(String.class)
			.list();
	}

	private List<OrganisationId> listed(Authentication person, String unit, LocalDate date, String text) {
		OrganisationQuery query = new OrganisationQuery(null, null, unit, date, null, null, null, text, null, 0, 200);
		return as(person, () -> organisations.list(query)).map(OrganisationSummary::id).getContent();
	}

}
