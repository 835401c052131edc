package vn.ocop.portal.ocop;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

import vn.ocop.portal.audit.AuditRecord;
import vn.ocop.portal.audit.Auditor;
import vn.ocop.portal.registry.OrganisationDetails;
import vn.ocop.portal.registry.OrganisationId;
import vn.ocop.portal.registry.OrganisationNotFound;
import vn.ocop.portal.registry.OrganisationView;
import vn.ocop.portal.registry.Organisations;

/**
 * Changes to OCOP subjects and products from the back office, each checked against the current
 * user's role and scope ({@link OcopAccess}) and audited in the same transaction. Problems with the
 * input are reported on the form's {@link Errors} with message keys {@code ocop.validation.*}.
 */
@Service
@Transactional
class ProductRegistry {

	static final String MODULE = "ocop";

	private static final Pattern TAX_CODE = Pattern.compile("\\d{10}(-\\d{3})?|[0-9A-Z./-]{4,20}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern PHONE = Pattern.compile("[0-9 +().-]{6,30}");

	private final OcopProductStore store;

	private final ProductCodes codes;

	private final UnitPlaces places;

	private final Scorecards scorecards;

	private final Organisations organisations;

	private final OcopAccess access;

	private final Auditor auditor;

	private final OcopProductProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProductRegistry(OcopProductStore store, ProductCodes codes, UnitPlaces places, Scorecards scorecards,
			Organisations organisations, OcopAccess access, Auditor auditor, OcopProductProperties properties,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.codes = codes;
		this.places = places;
		this.scorecards = scorecards;
		this.organisations = organisations;
		this.access = access;
		this.auditor = auditor;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	// ------------------------------------------------------------------------------------ subjects

	/** Records a subject; empty (with the problems on {@code errors}) when the input is not acceptable. */
	Optional<Long> createSubject(SubjectForm form, Errors errors) {
		if (!access.isOfficer()) {
			throw new AccessDeniedException("Only officers record OCOP subjects");
		}
		Optional<Subject> subject = subjectFrom(form, errors, null);
		if (subject.isEmpty()) {
			return Optional.empty();
		}
		long id = store.insertSubject(subject.get(), access.actor(), clock.instant());
		auditor.record(AuditRecord.created(MODULE, "OcopSubject", Long.toString(id), subject.get().auditValues()));
		return Optional.of(id);
	}

	/** Changes a subject's facts (a registry organisation's are taken from the registry again). */
	boolean updateSubject(long id, SubjectForm form, Errors errors) {
		Subject before = readableSubject(id);
		if (!access.mayChange(before)) {
			throw new AccessDeniedException("Subject " + id + " lies outside the user's scope");
		}
		form.setKind(before.kind());
		form.setOrganisationId(before.organisationId());
		Optional<Subject> after = subjectFrom(form, errors, before);
		if (after.isEmpty()) {
			return false;
		}
		Subject changed = new Subject(id, before.kind(), before.organisationId(), after.get().name(), after.get().taxCode(),
				after.get().unitCode(), after.get().areaCodes(), after.get().address(), after.get().representative(),
				after.get().phone(), after.get().email());
		store.updateSubject(changed, access.actor(), clock.instant());
		auditor.record(AuditRecord.updated(MODULE, "OcopSubject", Long.toString(id), before.auditValues(), changed.auditValues()));
		events.publishEvent(new SubjectDetailsChanged(id));
		return true;
	}

	/** The subject if the current user may see it. */
	@Transactional(readOnly = true)
	Subject readableSubject(long id) {
		Subject subject = store.subject(id).orElseThrow(() -> new OcopRecordNotFound("subject " + id));
		if (!access.mayRead(subject)) {
			throw new AccessDeniedException("Subject " + id + " lies outside the user's scope");
		}
		return subject;
	}

	/** The checks of the subject form without storing (the import's check pass). */
	@Transactional(readOnly = true)
	Optional<Subject> checkSubject(SubjectForm form, Errors errors, Subject existing) {
		return subjectFrom(form, errors, existing);
	}

	/** The checks of the product form without storing (the import's check pass). */
	@Transactional(readOnly = true)
	Optional<OcopProductStore.StoredProduct> checkProduct(ProductForm form, Errors errors, Subject subject,
			Instrument instrument, Long productId) {
		return productFrom(form, errors, subject, instrument, productId);
	}

	private Optional<Subject> subjectFrom(SubjectForm form, Errors errors, Subject existing) {
		if (form.getKind() == null) {
			errors.rejectValue("kind", "ocop.validation.required");
			return Optional.empty();
		}
		if (form.getKind().inRegistry()) {
			return registrySubject(form, errors, existing);
		}
		String name = required(errors, "name", form.getName(), 255);
		String taxCode = optional(errors, "taxCode", form.getTaxCode(), 20);
		if (taxCode != null && !TAX_CODE.matcher(taxCode).matches()) {
			errors.rejectValue("taxCode", "ocop.validation.taxCode");
		}
		String address = optional(errors, "address", form.getAddress(), 500);
		String representative = optional(errors, "representative", form.getRepresentative(), 150);
		String phone = optional(errors, "phone", form.getPhone(), 30);
		if (phone != null && !PHONE.matcher(phone).matches()) {
			errors.rejectValue("phone", "ocop.validation.phone");
		}
		String email = optional(errors, "email", form.getEmail(), 254);
		if (email != null && !EMAIL.matcher(email).matches()) {
			errors.rejectValue("email", "ocop.validation.email");
		}
		Optional<UnitPlaces.Place> place = place(form.getUnitCode(), errors);
		if (errors.hasErrors() || place.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Subject(0, form.getKind(), null, name, taxCode, place.get().code(), place.get().areas(), address,
				representative, phone, email));
	}

	private Optional<UnitPlaces.Place> place(String unitCode, Errors errors) {
		String code = unitCode == null ? "" : unitCode.strip();
		if (code.isEmpty()) {
			errors.rejectValue("unitCode", "ocop.validation.required");
			return Optional.empty();
		}
		Optional<UnitPlaces.Place> place = places.place(code, today());
		if (place.isEmpty()) {
			errors.rejectValue("unitCode", "ocop.validation.unit", new Object[] { code }, null);
		}
		else if (!access.mayRegisterIn(place.get())) {
			errors.rejectValue("unitCode", "ocop.validation.unitOutOfScope", new Object[] { code }, null);
			return Optional.empty();
		}
		return place;
	}

	private Optional<Subject> registrySubject(SubjectForm form, Errors errors, Subject existing) {
		String code = form.getOrganisationId() == null ? "" : form.getOrganisationId().strip();
		if (code.isEmpty()) {
			errors.rejectValue("organisationId", "ocop.validation.required");
			return Optional.empty();
		}
		if (!OrganisationId.isValid(code)) {
			errors.rejectValue("organisationId", "ocop.validation.organisation", new Object[] { code }, null);
			return Optional.empty();
		}
		OrganisationId id = OrganisationId.of(code);
		OrganisationView organisation;
		try {
			organisation = organisations.get(id);
		}
		catch (OrganisationNotFound | AccessDeniedException ex) {
			errors.rejectValue("organisationId", "ocop.validation.organisation", new Object[] { code }, null);
			return Optional.empty();
		}
		if (!organisation.kind().name().equals(form.getKind().registryKind())) {
			errors.rejectValue("organisationId", "ocop.validation.organisationKind", new Object[] { code }, null);
			return Optional.empty();
		}
		if (existing == null && store.subjectOfOrganisation(id.value()).isPresent()) {
			errors.rejectValue("organisationId", "ocop.validation.organisationTaken", new Object[] { code }, null);
			return Optional.empty();
		}
		OrganisationDetails details = organisation.details();
		Optional<UnitPlaces.Place> place = places.place(details.unitCode(), details.registrationDate());
		if (place.isEmpty()) {
			errors.rejectValue("organisationId", "ocop.validation.unit", new Object[] { details.unitCode() }, null);
			return Optional.empty();
		}
		return Optional.of(new Subject(0, form.getKind(), id.value(), details.name(),
				details.taxCode() == null ? null : details.taxCode().value(), place.get().code(), place.get().areas(),
				details.address(), details.representativeName(), details.phone(), details.email()));
	}

	// ------------------------------------------------------------------------------------ products

	/**
	 * Records a product of a subject: registered with its code when an officer records it, a draft
	 * when the subject's representative does.
	 */
	Optional<Long> createProduct(long subjectId, ProductForm form, Errors errors) {
		Subject subject = readableSubject(subjectId);
		if (!access.mayAddProduct(subject)) {
			throw new AccessDeniedException("Subject " + subjectId + " lies outside the user's scope");
		}
		Instrument instrument = scorecards.instrumentOn(today()).orElseThrow();
		Optional<OcopProductStore.StoredProduct> product = productFrom(form, errors, subject, instrument, null);
		if (product.isEmpty()) {
			return Optional.empty();
		}
		OcopProductStore.StoredProduct stored = product.get();
		if (access.isOfficer()) {
			stored = registered(stored, subject, today());
		}
		long id = store.insertProduct(stored, access.actor(), clock.instant());
		auditor.record(AuditRecord.created(MODULE, "OcopProduct", Long.toString(id), stored.auditValues()));
		return Optional.of(id);
	}

	boolean updateProduct(long id, ProductForm form, Errors errors) {
		ProductView before = readableProduct(id);
		Subject subject = store.subject(before.subject().id()).orElseThrow();
		if (!access.mayEdit(subject, before.status())) {
			throw new AccessDeniedException("Product " + id + " may not be changed by the user");
		}
		Instrument instrument = scorecards.instrument(before.instrumentCode()).orElseThrow();
		Optional<OcopProductStore.StoredProduct> after = productFrom(form, errors, subject, instrument, id);
		if (after.isEmpty()) {
			return false;
		}
		OcopProductStore.StoredProduct changed = after.get();
		changed = new OcopProductStore.StoredProduct(before.code(), subject.id(), subject.name(), changed.instrumentCode(),
				changed.productSetCode(), changed.name(), changed.description(), changed.story(), changed.packaging(),
				changed.gtin(), before.status(), before.registeredOn());
		store.updateProduct(id, changed, access.actor(), clock.instant());
		auditor.record(AuditRecord.updated(MODULE, "OcopProduct", Long.toString(id), stored(before).auditValues(),
				changed.auditValues()));
		events.publishEvent(new ProductDetailsChanged(id));
		return true;
	}

	/** An officer registers a representative's draft: it gets its code. */
	String register(long id) {
		ProductView before = readableProduct(id);
		Subject subject = store.subject(before.subject().id()).orElseThrow();
		if (!access.mayChange(subject)) {
			throw new AccessDeniedException("Product " + id + " may not be registered by the user");
		}
		if (before.status() == ProductStatus.REGISTERED) {
			return before.code();
		}
		OcopProductStore.StoredProduct after = registered(stored(before), subject, today());
		store.updateProduct(id, after, access.actor(), clock.instant());
		auditor.record(new AuditRecord(MODULE, "OcopProduct", Long.toString(id), "REGISTERED", stored(before).auditValues(),
				after.auditValues()));
		events.publishEvent(new ProductDetailsChanged(id));
		return after.code();
	}

	/**
	 * Adds a photo; the image type is recognised from the bytes.
	 *
	 * @return the message key of the problem, or empty when stored
	 */
	Optional<String> addPhoto(long id, MultipartFile file) throws IOException {
		ProductView product = readableProduct(id);
		Subject subject = store.subject(product.subject().id()).orElseThrow();
		if (!access.mayEdit(subject, product.status())) {
			throw new AccessDeniedException("Product " + id + " may not be changed by the user");
		}
		if (file == null || file.isEmpty()) {
			return Optional.of("ocop.photo.empty");
		}
		if (file.getSize() > properties.photoMaxBytes()) {
			return Optional.of("ocop.photo.tooLarge");
		}
		if (store.photoCount(id) >= properties.maxPhotos()) {
			return Optional.of("ocop.photo.tooMany");
		}
		byte[] data = file.getBytes();
		Optional<PhotoContent> content = PhotoContent.sniff(data);
		if (content.isEmpty()) {
			return Optional.of("ocop.photo.notImage");
		}
		String fileName = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "photo"
				: file.getOriginalFilename().strip();
		fileName = fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
		long photoId = store.insertPhoto(id, content.get().contentType(), fileName, data, access.actor(), clock.instant());
		auditor.record(AuditRecord.created(MODULE, "OcopProductPhoto", id + "/" + photoId,
				java.util.Map.of("fileName", fileName, "contentType", content.get().contentType(), "bytes", data.length)));
		events.publishEvent(new ProductDetailsChanged(id));
		return Optional.empty();
	}

	/** The product if the current user may see it. */
	@Transactional(readOnly = true)
	ProductView readableProduct(long id) {
		ProductView product = store.product(id).orElseThrow(() -> new OcopRecordNotFound("product " + id));
		Subject subject = store.subject(product.subject().id()).orElseThrow();
		if (!access.mayRead(subject)) {
			throw new AccessDeniedException("Product " + id + " lies outside the user's scope");
		}
		return product;
	}

	/** Whether the current user may change the product (and add photos). */
	@Transactional(readOnly = true)
	boolean mayEdit(ProductView product) {
		return store.subject(product.subject().id()).map(subject -> access.mayEdit(subject, product.status())).orElse(false);
	}

	/** Whether the current user may register the draft. */
	@Transactional(readOnly = true)
	boolean mayRegister(ProductView product) {
		return product.draft() && store.subject(product.subject().id()).map(access::mayChange).orElse(false);
	}

	private OcopProductStore.StoredProduct registered(OcopProductStore.StoredProduct product, Subject subject, LocalDate on) {
		UnitPlaces.Place place = places.place(subject.unitCode(), on).orElseThrow();
		return new OcopProductStore.StoredProduct(codes.next(place, on.getYear()), product.subjectId(), product.subjectName(),
				product.instrumentCode(), product.productSetCode(), product.name(), product.description(), product.story(),
				product.packaging(), product.gtin(), ProductStatus.REGISTERED, on);
	}

	private static OcopProductStore.StoredProduct stored(ProductView product) {
		return new OcopProductStore.StoredProduct(product.code(), product.subject().id(), product.subject().name(),
				product.instrumentCode(), product.productSetCode(), product.name(), product.description(), product.story(),
				product.packaging(), product.gtin(), product.status(), product.registeredOn());
	}

	private Optional<OcopProductStore.StoredProduct> productFrom(ProductForm form, Errors errors, Subject subject,
			Instrument instrument, Long productId) {
		String name = required(errors, "name", form.getName(), 255);
		String set = form.getProductSetCode() == null ? "" : form.getProductSetCode().strip();
		if (set.isEmpty()) {
			errors.rejectValue("productSetCode", "ocop.validation.required");
		}
		else if (instrument.productSet(set).isEmpty()) {
			errors.rejectValue("productSetCode", "ocop.validation.productSet", new Object[] { set, instrument.number() }, null);
		}
		String description = optional(errors, "description", form.getDescription(), 5000);
		String story = optional(errors, "story", form.getStory(), 20000);
		String packaging = optional(errors, "packaging", form.getPackaging(), 255);
		String gtin = form.getGtin() == null || form.getGtin().isBlank() ? null : form.getGtin().replace(" ", "").strip();
		if (gtin != null) {
			if (!Gtin.isValid(gtin)) {
				errors.rejectValue("gtin", "ocop.validation.gtin", new Object[] { gtin }, null);
			}
			else if (store.gtinTaken(gtin, productId)) {
				errors.rejectValue("gtin", "ocop.validation.gtinTaken", new Object[] { gtin }, null);
			}
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(new OcopProductStore.StoredProduct(null, subject.id(), subject.name(), instrument.code(), set, name,
				description, StorySanitiser.clean(story), packaging, gtin, ProductStatus.DRAFT, null));
	}

	private static String required(Errors errors, String field, String value, int max) {
		String text = optional(errors, field, value, max);
		if (text == null) {
			errors.rejectValue(field, "ocop.validation.required");
		}
		return text;
	}

	private static String optional(Errors errors, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.length() > max) {
			errors.rejectValue(field, "ocop.validation.tooLong", new Object[] { max }, null);
		}
		return text;
	}

	/** For the lists: subjects and products in the current user's scope. */
	@Transactional(readOnly = true)
	List<Subject> subjects(ProductQuery query, int offset, int limit) {
		return store.subjects(query, access.filter(), offset, limit);
	}

	@Transactional(readOnly = true)
	long countSubjects(ProductQuery query) {
		return store.countSubjects(query, access.filter());
	}

	@Transactional(readOnly = true)
	List<ProductView> products(ProductQuery query, int offset, int limit) {
		return store.products(query, access.filter(), offset, limit);
	}

	@Transactional(readOnly = true)
	long countProducts(ProductQuery query) {
		return store.countProducts(query, access.filter());
	}

}
