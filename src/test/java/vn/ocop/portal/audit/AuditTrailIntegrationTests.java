package vn.ocop.portal.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.request.RequestContextHolder;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading the audit log from the real database: an entity's history, filters, pages. */
@SpringBootTest
class AuditTrailIntegrationTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	String cooperative;

	@BeforeEach
	void newCooperative() {
		cooperative = "HTX-" + UUID.randomUUID();
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void showsAnEntitysHistoryNewestFirstWithItsChangedFields() {
		at("2024-05-01T02:00:00Z").record(AuditRecord.created("registry", "Cooperative", cooperative, Map.of("name", "HTX Ba Bể", "members", 7)));
		at("2024-05-02T02:00:00Z").record(AuditRecord.updated("registry", "Cooperative", cooperative,
				Map.of("name", "HTX Ba Bể", "members", 7), Map.of("name", "HTX Ba Bể", "members", 9)));
		at("2024-05-03T02:00:00Z").record(AuditRecord.created("registry", "AnnualUpdate", cooperative, Map.of("year", 2024)));

		Page<AuditEntryView> history = trail.forEntity("Cooperative", cooperative, AuditTrail.firstPage());

		assertThat(history.getTotalElements()).isEqualTo(2);
		assertThat(history.getContent()).extracting(AuditEntryView::action).containsExactly("UPDATED", "CREATED");
		AuditEntryView update = history.getContent().get(0);
		assertThat(update.occurredAt()).isEqualTo(Instant.parse("2024-05-02T02:00:00Z"));
		assertThat(update.actor()).isEqualTo(Auditor.SYSTEM);
		assertThat(update.changedFields()).containsExactly("members");
		assertThat(json.readTree(update.after()).get("members").asInt()).isEqualTo(9);
		assertThat(trail.findById(update.id())).contains(update);
	}

	@Test
	void datesAreWholeDaysInVietnamTime() {
		// 01/03/2024 23:30 in Vietnam, then 02/03/2024 00:30, 02/03/2024 23:59 and 03/03/2024 00:00.
		at("2024-03-01T16:30:00Z").record(updated("before"));
		at("2024-03-01T17:30:00Z").record(updated("first"));
		at("2024-03-02T16:59:59Z").record(updated("last"));
		at("2024-03-02T17:00:00Z").record(updated("after"));

		Page<AuditEntryView> day = trail.find(new AuditQuery(null, null, cooperative, null, null,
				LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 2), null), AuditTrail.firstPage());

		assertThat(day.getContent()).extracting(entry -> json.readTree(entry.after()).get("name").asString())
			.containsExactly("last", "first");
	}

	@Test
	void filtersByModuleTypeActionAndActor() {
		at("2024-06-01T01:00:00Z").record(AuditRecord.created("registry", "Cooperative", cooperative, Map.of("name", "a")));
		at("2024-06-01T02:00:00Z").record(AuditRecord.removed("ocop", "Certificate", cooperative, Map.of("stars", 3)));

		assertThat(trail.find(new AuditQuery("ocop", null, cooperative, Auditor.SYSTEM, "REMOVED", null, null, null), AuditTrail.firstPage())
			.getContent()).extracting(AuditEntryView::entityType).containsExactly("Certificate");
		assertThat(trail.find(new AuditQuery("ocop", "Cooperative", cooperative, null, null, null, null, null), AuditTrail.firstPage()))
			.isEmpty();
		assertThat(trail.find(new AuditQuery(null, null, cooperative, "officer.nobody", null, null, null, null), AuditTrail.firstPage()))
			.isEmpty();
	}

	@Test
	void searchesTextInValuesCaseInsensitivelyAndTakesWildcardsLiterally() {
		at("2024-07-01T01:00:00Z").record(AuditRecord.created("registry", "Cooperative", cooperative, Map.of("name", "HTX Dược liệu Na Rì", "share", "50%")));
		at("2024-07-01T02:00:00Z").record(AuditRecord.created("registry", "Cooperative", cooperative, Map.of("name", "HTX Miến dong", "share", "500")));

		assertThat(trail.find(query("na rì"), AuditTrail.firstPage()).getTotalElements()).isEqualTo(1);
		assertThat(trail.find(query("50%"), AuditTrail.firstPage()).getContent())
			.extracting(entry -> json.readTree(entry.after()).get("share").asString()).containsExactly("50%");
		assertThat(trail.find(query("5_0"), AuditTrail.firstPage())).isEmpty();
	}

	@Test
	void pagesNewestFirstWithABoundedPageSize() {
		for (int day = 1; day <= 5; day++) {
			at("2024-08-0" + day + "T01:00:00Z").record(updated("day " + day));
		}

		Page<AuditEntryView> second = trail.find(new AuditQuery(null, null, cooperative, null, null, null, null, null), PageRequest.of(1, 2));

		assertThat(second.getTotalElements()).isEqualTo(5);
		assertThat(second.getTotalPages()).isEqualTo(3);
		assertThat(second.getContent()).extracting(entry -> json.readTree(entry.after()).get("name").asString())
			.containsExactly("day 3", "day 2");
		assertThat(AuditTrail.bounded(PageRequest.of(0, 5000)).getPageSize()).isEqualTo(AuditTrail.MAX_PAGE_SIZE);
		assertThat(AuditTrail.bounded(Pageable.unpaged()).getPageSize()).isEqualTo(AuditTrail.DEFAULT_PAGE_SIZE);
	}

	private AuditQuery query(String text) {
		return new AuditQuery(null, null, cooperative, null, null, null, null, text);
	}

	private AuditRecord updated(String name) {
		return AuditRecord.updated("registry", "Cooperative", cooperative, Map.of("name", "old"), Map.of("name", name));
	}

	/** An auditor whose clock stands at the given instant, writing outside any transaction. */
	private Auditor at(String instant) {
		return new JdbcAuditor(jdbc, json, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
	}

}
