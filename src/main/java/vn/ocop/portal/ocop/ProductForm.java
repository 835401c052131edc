package vn.ocop.portal.ocop;

/** The fields of the product form (bound by Spring MVC; checked by {@link ProductRegistry}). */
class ProductForm {

	private String productSetCode;

	private String name;

	private String description;

	private String story;

	private String packaging;

	private String gtin;

	static ProductForm of(ProductView product) {
		ProductForm form = new ProductForm();
		form.productSetCode = product.productSetCode();
		form.name = product.name();
		form.description = product.description();
		form.story = product.story();
		form.packaging = product.packaging();
		form.gtin = product.gtin();
		return form;
	}

	public String getProductSetCode() {
		return productSetCode;
	}

	public void setProductSetCode(String productSetCode) {
		this.productSetCode = productSetCode;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getStory() {
		return story;
	}

	public void setStory(String story) {
		this.story = story;
	}

	public String getPackaging() {
		return packaging;
	}

	public void setPackaging(String packaging) {
		this.packaging = packaging;
	}

	public String getGtin() {
		return gtin;
	}

	public void setGtin(String gtin) {
		this.gtin = gtin;
	}

}
