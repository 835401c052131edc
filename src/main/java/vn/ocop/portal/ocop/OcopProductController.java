package vn.ocop.portal.ocop;

import java.io.IOException;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Back-office pages of OCOP subjects ({@value #SUBJECTS}) and products ({@value #PRODUCTS}): lists
 * with filters and pages, details, forms, registration of drafts and photos. Roles here; data
 * scope in {@link ProductRegistry} (403 outside it).
 */
@Controller
class OcopProductController {

	static final String SUBJECTS = "/backoffice/ocop/subjects";

	static final String PRODUCTS = "/backoffice/ocop/products";

	static final String USERS = "hasAnyRole('ADMIN', 'PROVINCIAL_OFFICER', 'LOCAL_OFFICER', 'ORGANISATION_REP')";

	static final String OFFICERS = "hasAnyRole('ADMIN', 'PROVINCIAL_OFFICER', 'LOCAL_OFFICER')";

	private final ProductRegistry registry;

	private final Scorecards scorecards;

	private final OcopProductStore store;

	private final UnitPlaces places;

	private final OcopProductProperties properties;

	OcopProductController(ProductRegistry registry, Scorecards scorecards, OcopProductStore store, UnitPlaces places,
			OcopProductProperties properties) {
		this.registry = registry;
		this.scorecards = scorecards;
		this.store = store;
		this.places = places;
		this.properties = properties;
	}

	// ------------------------------------------------------------------------------------ subjects

	@GetMapping(SUBJECTS)
	@PreAuthorize(USERS)
	String subjects(@RequestParam(required = false) String unit, @RequestParam(required = false) SubjectKind kind,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		ProductQuery query = new ProductQuery(unit, null, null, kind, q, page);
		int size = properties.pageSize();
		Page<Subject> subjects = new PageImpl<>(registry.subjects(query, query.page() * size, size),
				PageRequest.of(query.page(), size), registry.countSubjects(query));
		model.addAttribute("subjects", subjects);
		model.addAttribute("query", query);
		model.addAttribute("kinds", SubjectKind.values());
		return "ocop/subjects";
	}

	@GetMapping(SUBJECTS + "/{id:\\d+}")
	@PreAuthorize(USERS)
	String subject(@PathVariable long id, Model model) {
		Subject subject = registry.readableSubject(id);
		model.addAttribute("subject", subject);
		model.addAttribute("unitName", places.name(subject.unitCode(), registry.today()));
		model.addAttribute("products", store.productsOfSubject(id));
		return "ocop/subject";
	}

	@GetMapping(SUBJECTS + "/new")
	@PreAuthorize(OFFICERS)
	String newSubject(Model model) {
		model.addAttribute("form", new SubjectForm());
		return subjectForm(model, null);
	}

	@PostMapping(SUBJECTS + "/new")
	@PreAuthorize(OFFICERS)
	String createSubject(@ModelAttribute("form") SubjectForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Optional<Long> id = errors.hasErrors() ? Optional.empty() : registry.createSubject(form, errors);
		if (id.isEmpty()) {
			return subjectForm(model, null);
		}
		redirect.addFlashAttribute("notice", "ocop.subject.created");
		return "redirect:" + SUBJECTS + "/" + id.get();
	}

	@GetMapping(SUBJECTS + "/{id:\\d+}/edit")
	@PreAuthorize(OFFICERS)
	String editSubject(@PathVariable long id, Model model) {
		Subject subject = registry.readableSubject(id);
		model.addAttribute("form", SubjectForm.of(subject));
		return subjectForm(model, subject);
	}

	@PostMapping(SUBJECTS + "/{id:\\d+}/edit")
	@PreAuthorize(OFFICERS)
	String updateSubject(@PathVariable long id, @ModelAttribute("form") SubjectForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors() || !registry.updateSubject(id, form, errors)) {
			return subjectForm(model, registry.readableSubject(id));
		}
		redirect.addFlashAttribute("notice", "ocop.subject.saved");
		return "redirect:" + SUBJECTS + "/" + id;
	}

	private String subjectForm(Model model, Subject subject) {
		model.addAttribute("subject", subject);
		model.addAttribute("kinds", SubjectKind.values());
		return "ocop/subjectForm";
	}

	// ------------------------------------------------------------------------------------ products

	@GetMapping(PRODUCTS)
	@PreAuthorize(USERS)
	String products(@RequestParam(required = false) String unit, @RequestParam(required = false) String set,
			@RequestParam(required = false) String group, @RequestParam(required = false) SubjectKind kind,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		ProductQuery query = new ProductQuery(unit, set, group, kind, q, page);
		int size = properties.pageSize();
		Page<ProductView> products = new PageImpl<>(registry.products(query, query.page() * size, size),
				PageRequest.of(query.page(), size), registry.countProducts(query));
		model.addAttribute("products", products);
		model.addAttribute("query", query);
		model.addAttribute("kinds", SubjectKind.values());
		model.addAttribute("instrument", scorecards.instrumentOn(registry.today()).orElseThrow());
		return "ocop/products";
	}

	@GetMapping(PRODUCTS + "/{id:\\d+}")
	@PreAuthorize(USERS)
	String product(@PathVariable long id, Model model) {
		ProductView product = registry.readableProduct(id);
		model.addAttribute("product", product);
		model.addAttribute("mayEdit", registry.mayEdit(product));
		model.addAttribute("mayRegister", registry.mayRegister(product));
		model.addAttribute("maxPhotoKb", properties.photoMaxBytes() / 1024);
		return "ocop/product";
	}

	@GetMapping(SUBJECTS + "/{subjectId:\\d+}/products/new")
	@PreAuthorize(USERS)
	String newProduct(@PathVariable long subjectId, Model model) {
		Subject subject = registry.readableSubject(subjectId);
		model.addAttribute("form", new ProductForm());
		return productForm(model, subject, null, scorecards.instrumentOn(registry.today()).orElseThrow());
	}

	@PostMapping(SUBJECTS + "/{subjectId:\\d+}/products/new")
	@PreAuthorize(USERS)
	String createProduct(@PathVariable long subjectId, @ModelAttribute("form") ProductForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Optional<Long> id = errors.hasErrors() ? Optional.empty() : registry.createProduct(subjectId, form, errors);
		if (id.isEmpty()) {
			return productForm(model, registry.readableSubject(subjectId), null,
					scorecards.instrumentOn(registry.today()).orElseThrow());
		}
		redirect.addFlashAttribute("notice", "ocop.product.created");
		return "redirect:" + PRODUCTS + "/" + id.get();
	}

	@GetMapping(PRODUCTS + "/{id:\\d+}/edit")
	@PreAuthorize(USERS)
	String editProduct(@PathVariable long id, Model model) {
		ProductView product = registry.readableProduct(id);
		if (!registry.mayEdit(product)) {
			throw new org.springframework.security.access.AccessDeniedException("Product " + id + " may not be changed");
		}
		model.addAttribute("form", ProductForm.of(product));
		return productForm(model, registry.readableSubject(product.subject().id()), product,
				scorecards.instrument(product.instrumentCode()).orElseThrow());
	}

	@PostMapping(PRODUCTS + "/{id:\\d+}/edit")
	@PreAuthorize(USERS)
	String updateProduct(@PathVariable long id, @ModelAttribute("form") ProductForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors() || !registry.updateProduct(id, form, errors)) {
			ProductView product = registry.readableProduct(id);
			return productForm(model, registry.readableSubject(product.subject().id()), product,
					scorecards.instrument(product.instrumentCode()).orElseThrow());
		}
		redirect.addFlashAttribute("notice", "ocop.product.saved");
		return "redirect:" + PRODUCTS + "/" + id;
	}

	@PostMapping(PRODUCTS + "/{id:\\d+}/register")
	@PreAuthorize(OFFICERS)
	String register(@PathVariable long id, RedirectAttributes redirect) {
		registry.register(id);
		redirect.addFlashAttribute("notice", "ocop.product.registered");
		return "redirect:" + PRODUCTS + "/" + id;
	}

	@PostMapping(PRODUCTS + "/{id:\\d+}/photos")
	@PreAuthorize(USERS)
	String addPhoto(@PathVariable long id, @RequestParam(name = "photo", required = false) MultipartFile photo,
			RedirectAttributes redirect) throws IOException {
		Optional<String> problem = registry.addPhoto(id, photo);
		if (problem.isPresent()) {
			redirect.addFlashAttribute("problem", problem.get());
			redirect.addFlashAttribute("problemArguments", new Object[] { properties.photoMaxBytes() / 1024, properties.maxPhotos() });
		}
		else {
			redirect.addFlashAttribute("notice", "ocop.photo.added");
		}
		return "redirect:" + PRODUCTS + "/" + id;
	}

	@GetMapping(PRODUCTS + "/{id:\\d+}/photos/{photoId:\\d+}")
	@PreAuthorize(USERS)
	ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId) {
		registry.readableProduct(id);
		OcopProductStore.Photo photo = store.photo(id, photoId).orElseThrow(() -> new OcopRecordNotFound("photo " + photoId));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.cacheControl(CacheControl.noCache().cachePrivate())
			.header("X-Content-Type-Options", "nosniff")
			.body(photo.data());
	}

	private String productForm(Model model, Subject subject, ProductView product, Instrument instrument) {
		model.addAttribute("subject", subject);
		model.addAttribute("product", product);
		model.addAttribute("instrument", instrument);
		return "ocop/productForm";
	}

}
