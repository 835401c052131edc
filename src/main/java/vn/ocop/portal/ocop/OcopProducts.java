package vn.ocop.portal.ocop;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.portal.registry.OrganisationId;

/**
 * OCOP subjects and products as the later parts of the programme (rounds and applications,
 * councils, certificates) and the public catalogue read them (bean {@code ocopProducts}). These
 * reads apply no data scope and carry no personal data: a caller that shows them to a signed-in
 * user checks that user's scope itself; the catalogue shows only what it may publish.
 */
@Service("ocopProducts")
@Transactional(readOnly = true)
public class OcopProducts {

	private final OcopProductStore store;

	private final UnitPlaces places;

	OcopProducts(OcopProductStore store, UnitPlaces places) {
		this.store = store;
		this.places = places;
	}

	public Optional<ProductView> product(long id) {
		return store.product(id);
	}

	/** The registered product with this code (e.g. {@code 06-061-001-2022}). */
	public Optional<ProductView> productByCode(String code) {
		return code == null ? Optional.empty() : store.productByCode(code.strip());
	}

	public Optional<SubjectView> subject(long id) {
		return store.subject(id).map(this::view);
	}

	/** The subject that is this registry organisation, if it is one. */
	public Optional<SubjectView> subjectOf(OrganisationId organisation) {
		return store.subjectOfOrganisation(organisation.value()).map(this::view);
	}

	/** A subject's products, registered ones by code, then drafts. */
	public List<ProductView> productsOf(long subjectId) {
		return store.productsOfSubject(subjectId);
	}

	/** The products of the subject that is this registry organisation (none when it is not a subject). */
	public List<ProductView> productsOf(OrganisationId organisation) {
		return store.subjectOfOrganisation(organisation.value()).map(subject -> store.productsOfSubject(subject.id()))
			.orElse(List.of());
	}

	/**
	 * The codes of the units that contain this subject (its unit, the district of its period, the
	 * province), for lists that filter by unit and by an officer's scope; empty when unknown.
	 */
	public List<String> areaCodesOf(long subjectId) {
		return store.subject(subjectId).map(Subject::areaCodes).orElse(List.of());
	}

	/** The subject's contact e-mail for notices (personal data: never shown on public pages). */
	public Optional<String> contactEmailOf(long subjectId) {
		return store.subject(subjectId).map(Subject::email).filter(email -> !email.isBlank());
	}

	/**
	 * Registered products of the subjects in a unit (any level), oldest registration first, for
	 * loaders that certify them (demo and scale data).
	 */
	public List<Long> registeredProductIds(String areaCode, int limit) {
		return store.registeredProductIds(areaCode, limit);
	}

	/** A product's photo: its content type (recognised from the bytes at upload) and bytes. */
	public Optional<Photo> photo(long productId, long photoId) {
		return store.photo(productId, photoId).map(photo -> new Photo(photo.contentType(), photo.data()));
	}

	private SubjectView view(Subject subject) {
		return OcopProductStore.view(subject, code -> places.name(code, places.today()));
	}

	/** A stored product photo. */
	public record Photo(String contentType, byte[] data) {
	}

}
