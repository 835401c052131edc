package vn.ocop.portal.ocop;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a person enters for a support record (page form, API body, import row): the kind, the
 * product (by code, for the product kinds) or the subject (by number, for the subject kinds), the
 * year, and optionally the date, the programme, the source of funds and a note. On an edit, the
 * kind, product and subject stay as stored.
 */
class SupportForm {

	private SupportKind kind;

	private String productCode;

	private Long subjectId;

	private Integer year;

	@DateTimeFormat(pattern = "dd/MM/yyyy")
	private LocalDate supportedOn;

	private String programme;

	private String fundingSource;

	private String note;

	SupportForm() {
	}

	SupportForm(SupportKind kind, String productCode, Long subjectId, Integer year, LocalDate supportedOn, String programme,
			String fundingSource, String note) {
		this.kind = kind;
		this.productCode = productCode;
		this.subjectId = subjectId;
		this.year = year;
		this.supportedOn = supportedOn;
		this.programme = programme;
		this.fundingSource = fundingSource;
		this.note = note;
	}

	static SupportForm of(SupportRecord record) {
		return new SupportForm(record.kind(), record.productCode(), record.subjectId(), record.year(), record.supportedOn(),
				record.programme(), record.fundingSource(), record.note());
	}

	public SupportKind getKind() {
		return kind;
	}

	public void setKind(SupportKind kind) {
		this.kind = kind;
	}

	public String getProductCode() {
		return productCode;
	}

	public void setProductCode(String productCode) {
		this.productCode = productCode;
	}

	public Long getSubjectId() {
		return subjectId;
	}

	public void setSubjectId(Long subjectId) {
		this.subjectId = subjectId;
	}

	public Integer getYear() {
		return year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public LocalDate getSupportedOn() {
		return supportedOn;
	}

	public void setSupportedOn(LocalDate supportedOn) {
		this.supportedOn = supportedOn;
	}

	public String getProgramme() {
		return programme;
	}

	public void setProgramme(String programme) {
		this.programme = programme;
	}

	public String getFundingSource() {
		return fundingSource;
	}

	public void setFundingSource(String fundingSource) {
		this.fundingSource = fundingSource;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
