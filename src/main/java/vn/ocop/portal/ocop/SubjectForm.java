package vn.ocop.portal.ocop;

/** The fields of the subject form (bound by Spring MVC; checked by {@link ProductRegistry}). */
class SubjectForm {

	private SubjectKind kind;

	private String organisationId;

	private String name;

	private String taxCode;

	private String unitCode;

	private String address;

	private String representative;

	private String phone;

	private String email;

	static SubjectForm of(Subject subject) {
		SubjectForm form = new SubjectForm();
		form.kind = subject.kind();
		form.organisationId = subject.organisationId();
		form.name = subject.name();
		form.taxCode = subject.taxCode();
		form.unitCode = subject.unitCode();
		form.address = subject.address();
		form.representative = subject.representative();
		form.phone = subject.phone();
		form.email = subject.email();
		return form;
	}

	public SubjectKind getKind() {
		return kind;
	}

	public void setKind(SubjectKind kind) {
		this.kind = kind;
	}

	public String getOrganisationId() {
		return organisationId;
	}

	public void setOrganisationId(String organisationId) {
		this.organisationId = organisationId;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getTaxCode() {
		return taxCode;
	}

	public void setTaxCode(String taxCode) {
		this.taxCode = taxCode;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public void setUnitCode(String unitCode) {
		this.unitCode = unitCode;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getRepresentative() {
		return representative;
	}

	public void setRepresentative(String representative) {
		this.representative = representative;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

}
