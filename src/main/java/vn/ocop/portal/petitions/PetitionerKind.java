package vn.ocop.portal.petitions;

/** Who raised a petition: an organisation of the registry, or a person. */
enum PetitionerKind {

	ORGANISATION, PERSON;

	String messageKey() {
		return "petitions.petitionerKind." + name();
	}

}
