package vn.ocop.portal.ocop;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.portal.audit.AuditRecord;
import vn.ocop.portal.audit.Auditor;
import vn.ocop.portal.identity.DataScope;
import vn.ocop.portal.identity.Role;
import vn.ocop.portal.identity.ScopeGuard;
import vn.ocop.portal.identity.ScopedUser;

/**
 * Support records in the back office, the API and the importer. Officers only: administrators and
 * provincial officers for the subjects of their scope (the whole province), local officers for the
 * subjects of their unit; everyone else is refused. The rules: a product kind names a registered
 * product (its subject follows), a subject kind a subject; a year from {@value #FIRST_YEAR} to this
 * year; the date, when given, within the year; one record per kind, product or subject, and year.
 * Every creation and change is audited ({@code OcopSupportRecord}, before/after).
 */
@Service
@Transactional
class SupportRecords {

	static final int FIRST_YEAR = 2000;

	static final int PAGE_SIZE = 25;

	static final int TEXT_MAX = 255;

	static final int NOTE_MAX = 2000;

	private static final Set<Role> OFFICERS = EnumSet.of(Role.ADMIN, Role.PROVINCIAL_OFFICER, Role.LOCAL_OFFICER);

	/** What an upsert did. */
	enum Outcome {
		CREATED, UPDATED, UNCHANGED
	}

	private final SupportStore store;

	private final OcopProductStore products;

	private final ScopeGuard scopeGuard;

	private final Auditor auditor;

	private final Clock clock;

	SupportRecords(SupportStore store, OcopProductStore products, ScopeGuard scopeGuard, Auditor auditor, Clock clock) {
		this.store = store;
		this.products = products;
		this.scopeGuard = scopeGuard;
		this.auditor = auditor;
		this.clock = clock;
	}

	static boolean isOfficer(ScopedUser user) {
		return user != null && OFFICERS.contains(user.role()) && user.scope().isTerritorial();
	}

	static boolean covers(ScopedUser user, List<String> areaCodes) {
		return isOfficer(user) && (user.scope().kind() == DataScope.Kind.NATION || areaCodes.contains(user.scope().reference()));
	}

	@Transactional(readOnly = true)
	public Page<SupportRecord> list(SupportKind kind, Integer year, String unitCode, int page, int size) {
		ScopedUser user = currentOfficer();
		OcopAccess.Filter scope = user.scope().kind() == DataScope.Kind.NATION ? new OcopAccess.Filter("TRUE", "")
				: new OcopAccess.Filter(":scope = ANY (s.area_codes)", user.scope().reference());
		int pageNumber = Math.max(0, page);
		int pageSize = Math.min(Math.max(1, size), 100);
		SupportStore.Query query = new SupportStore.Query(scope, kind, year, blankToNull(unitCode), pageNumber, pageSize);
		return new PageImpl<>(store.list(query), PageRequest.of(pageNumber, pageSize), store.count(query));
	}

	/** A record the current officer may see; 404 when there is none, 403 outside their scope. */
	@Transactional(readOnly = true)
	public SupportRecord read(long id) {
		ScopedUser user = currentOfficer();
		SupportRecord record = store.find(id).orElseThrow(() -> new OcopRecordNotFound("support record " + id));
		if (!covers(user, record.areaCodes())) {
			throw new AccessDeniedException("Support record " + id + " lies outside the user's scope");
		}
		return record;
	}

	public long create(SupportForm form) {
		ScopedUser user = currentOfficer();
		Target target = check(user, form, Optional.of(-1L));
		return insert(user, target, form);
	}

	public void update(long id, SupportForm form) {
		ScopedUser user = currentOfficer();
		SupportRecord before = read(id);
		SupportForm changed = keepTarget(before, form);
		check(user, changed, Optional.of(id));
		store.update(id, normalised(changed), user.username(), clock.instant());
		SupportRecord after = store.find(id).orElseThrow();
		auditor.record(AuditRecord.updated(ProductRegistry.MODULE, "OcopSupportRecord", Long.toString(id), before.auditValues(),
				after.auditValues()));
	}

	/**
	 * Checks a record to be stored by an import: the same rules, with the importing user's scope; a
	 * record that exists already (same kind, target and year) is to be updated, not a duplicate.
	 */
	@Transactional(readOnly = true)
	public void checkImport(ScopedUser user, SupportForm form) {
		check(user, form, Optional.empty());
	}

	/** Stores an imported record: creates it, updates the stored one of the same kind, target and year, or leaves it. */
	public Outcome upsert(ScopedUser user, SupportForm form) {
		Target target = check(user, form, Optional.empty());
		Optional<SupportRecord> existing = store.find(form.getKind(), target.subject().id(), target.productId(), form.getYear());
		if (existing.isEmpty()) {
			insert(user, target, form);
			return Outcome.CREATED;
		}
		SupportRecord before = existing.get();
		SupportForm normal = normalised(form);
		if (Objects.equals(before.supportedOn(), normal.getSupportedOn()) && Objects.equals(before.programme(), normal.getProgramme())
				&& Objects.equals(before.fundingSource(), normal.getFundingSource()) && Objects.equals(before.note(), normal.getNote())) {
			return Outcome.UNCHANGED;
		}
		store.update(before.id(), normal, user.username(), clock.instant());
		auditor.record(AuditRecord.updated(ProductRegistry.MODULE, "OcopSupportRecord", Long.toString(before.id()),
				before.auditValues(), store.find(before.id()).orElseThrow().auditValues()));
		return Outcome.UPDATED;
	}

	private long insert(ScopedUser user, Target target, SupportForm form) {
		long id = store.insert(form.getKind(), target.subject().id(), target.productId(), normalised(form), user.username(),
				clock.instant());
		auditor.record(AuditRecord.created(ProductRegistry.MODULE, "OcopSupportRecord", Long.toString(id),
				store.find(id).orElseThrow().auditValues()));
		return id;
	}

	/** The subject and product a form names. */
	record Target(Subject subject, Long productId) {
	}

	/**
	 * The rules. {@code editing}: the ID of the record being edited (a duplicate is another record),
	 * -1 for a new record (any stored record is a duplicate), empty for an import (a stored record is
	 * updated, never a duplicate).
	 */
	private Target check(ScopedUser user, SupportForm form, Optional<Long> editing) {
		List<InvalidSupportRecord.Problem> problems = new ArrayList<>();
		Subject subject = null;
		Long productId = null;
		if (form.getKind() == null) {
			problems.add(new InvalidSupportRecord.Problem("kind", "ocop.support.problem.kind"));
		}
		else if (form.getKind().forProduct()) {
			String code = blankToNull(form.getProductCode());
			Optional<ProductView> product = code == null ? Optional.empty() : products.productByCode(code.strip());
			if (code == null) {
				problems.add(new InvalidSupportRecord.Problem("productCode", "ocop.support.problem.productRequired"));
			}
			else if (product.isEmpty()) {
				problems.add(new InvalidSupportRecord.Problem("productCode", "ocop.support.problem.productUnknown", code.strip()));
			}
			else {
				productId = product.get().id();
				subject = products.subject(product.get().subject().id()).orElseThrow();
			}
		}
		else if (form.getSubjectId() == null) {
			problems.add(new InvalidSupportRecord.Problem("subjectId", "ocop.support.problem.subjectRequired"));
		}
		else {
			subject = products.subject(form.getSubjectId()).orElse(null);
			if (subject == null) {
				problems.add(new InvalidSupportRecord.Problem("subjectId", "ocop.support.problem.subjectUnknown", form.getSubjectId()));
			}
		}
		if (subject != null && !covers(user, subject.areaCodes())) {
			problems.add(new InvalidSupportRecord.Problem(form.getKind().forProduct() ? "productCode" : "subjectId",
					"ocop.support.problem.scope", subject.name()));
		}
		int thisYear = LocalDate.now(clock).getYear();
		if (form.getYear() == null) {
			problems.add(new InvalidSupportRecord.Problem("year", "ocop.support.problem.yearRequired"));
		}
		else if (form.getYear() < FIRST_YEAR || form.getYear() > thisYear) {
			problems.add(new InvalidSupportRecord.Problem("year", "ocop.support.problem.year", String.valueOf(FIRST_YEAR),
					String.valueOf(thisYear)));
		}
		else if (form.getSupportedOn() != null && form.getSupportedOn().getYear() != form.getYear()) {
			problems.add(new InvalidSupportRecord.Problem("supportedOn", "ocop.support.problem.dateOutsideYear",
					String.valueOf(form.getYear())));
		}
		length(problems, "programme", form.getProgramme(), TEXT_MAX);
		length(problems, "fundingSource", form.getFundingSource(), TEXT_MAX);
		length(problems, "note", form.getNote(), NOTE_MAX);
		if (problems.isEmpty() && editing.isPresent()) {
			Optional<SupportRecord> same = store.find(form.getKind(), subject.id(), productId, form.getYear());
			if (same.isPresent() && same.get().id() != editing.get()) {
				problems.add(new InvalidSupportRecord.Problem("year", "ocop.support.problem.duplicate", String.valueOf(form.getYear())));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidSupportRecord(problems);
		}
		return new Target(subject, productId);
	}

	private static void length(List<InvalidSupportRecord.Problem> problems, String field, String value, int max) {
		if (value != null && value.strip().length() > max) {
			problems.add(new InvalidSupportRecord.Problem(field, "ocop.support.problem.tooLong", max));
		}
	}

	/** On an edit the kind, product and subject stay as stored. */
	private static SupportForm keepTarget(SupportRecord stored, SupportForm form) {
		return new SupportForm(stored.kind(), stored.productCode(), stored.subjectId(), form.getYear(), form.getSupportedOn(),
				form.getProgramme(), form.getFundingSource(), form.getNote());
	}

	private static SupportForm normalised(SupportForm form) {
		return new SupportForm(form.getKind(), form.getProductCode(), form.getSubjectId(), form.getYear(), form.getSupportedOn(),
				blankToNull(form.getProgramme()), blankToNull(form.getFundingSource()), blankToNull(form.getNote()));
	}

	private ScopedUser currentOfficer() {
		return scopeGuard.currentUser().filter(SupportRecords::isOfficer)
			.orElseThrow(() -> new AccessDeniedException("Support records are for officers"));
	}

	boolean currentUserIsOfficer() {
		return scopeGuard.currentUser().filter(SupportRecords::isOfficer).isPresent();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
