package vn.ocop.portal.news;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.portal.audit.AuditRecord;
import vn.ocop.portal.audit.Auditor;
import vn.ocop.portal.shared.web.SearchText;

/**
 * Publishers and administrators keep the news categories: create, rename (the slug stays), hide or
 * show, move up or down, and delete one that no article uses (one in use is hidden instead). Every
 * change is audited ({@code NewsCategory}) and moves the public pages' validators, since listings
 * show the names.
 */
@Service
class CategoryAdministration {

	static final String ENTITY = "NewsCategory";

	private final Categories categories;

	private final Articles articles;

	private final Auditor auditor;

	private final NewsroomAccess access;

	private final Clock clock;

	CategoryAdministration(Categories categories, Articles articles, Auditor auditor, NewsroomAccess access, Clock clock) {
		this.categories = categories;
		this.articles = articles;
		this.auditor = auditor;
		this.access = access;
		this.clock = clock;
	}

	@Transactional
	long create(CategoryForm form) {
		requireAccess();
		String nameVi = form.cleanVi();
		String nameEn = form.cleanEn();
		if (categories.nameTaken(nameVi, nameEn, 0)) {
			throw new NewsRuleViolation("news.category.rule.nameTaken");
		}
		String slug = freeSlug(slugOf(nameVi));
		long id = categories.insert(slug, nameVi, nameEn);
		changed();
		auditor.record(AuditRecord.created(Newsroom.MODULE, ENTITY, String.valueOf(id), require(id).auditValues()));
		return id;
	}

	@Transactional
	void rename(long id, CategoryForm form) {
		requireAccess();
		Category before = require(id);
		String nameVi = form.cleanVi();
		String nameEn = form.cleanEn();
		if (categories.nameTaken(nameVi, nameEn, id)) {
			throw new NewsRuleViolation("news.category.rule.nameTaken");
		}
		if (!categories.rename(id, form.version(), nameVi, nameEn)) {
			throw new NewsRuleViolation("news.category.rule.changedMeanwhile");
		}
		changed();
		auditor.record(AuditRecord.updated(Newsroom.MODULE, ENTITY, String.valueOf(id), before.auditValues(),
				require(id).auditValues()));
	}

	@Transactional
	void hide(long id, int version, boolean hidden) {
		requireAccess();
		Category before = require(id);
		if (before.hidden() == hidden) {
			return;
		}
		if (!categories.setHidden(id, version, hidden)) {
			throw new NewsRuleViolation("news.category.rule.changedMeanwhile");
		}
		changed();
		auditor.record(new AuditRecord(Newsroom.MODULE, ENTITY, String.valueOf(id), hidden ? "HIDDEN" : "SHOWN",
				before.auditValues(), require(id).auditValues()));
	}

	/** Moves the category one place up ({@code -1}) or down ({@code +1}) in the order. */
	@Transactional
	void move(long id, int step) {
		requireAccess();
		Category before = require(id);
		List<Long> order = new ArrayList<>(articles.categories().stream().map(Category::id).toList());
		int from = order.indexOf(id);
		int to = from + Integer.signum(step);
		if (step == 0 || to < 0 || to >= order.size()) {
			return;
		}
		order.set(from, order.get(to));
		order.set(to, id);
		categories.order(order);
		changed();
		auditor.record(new AuditRecord(Newsroom.MODULE, ENTITY, String.valueOf(id), "MOVED", before.auditValues(),
				require(id).auditValues()));
	}

	/** Deletes a category no article (and no revision) uses; one in use is refused: hide it instead. */
	@Transactional
	void delete(long id, int version) {
		requireAccess();
		Category before = require(id);
		if (categories.inUse(id)) {
			throw new NewsRuleViolation("news.category.rule.inUse");
		}
		if (!categories.delete(id, version)) {
			throw new NewsRuleViolation("news.category.rule.changedMeanwhile");
		}
		changed();
		auditor.record(AuditRecord.removed(Newsroom.MODULE, ENTITY, String.valueOf(id), before.auditValues()));
	}

	Category require(long id) {
		return categories.find(id).orElseThrow(() -> new ArticleNotFound("category " + id));
	}

	/** The page checks the role before; this is the second line, for any other caller. */
	private void requireAccess() {
		if (!access.mayManageCategories()) {
			throw new AccessDeniedException("Only publishers and administrators of the province manage news categories");
		}
	}

	private void changed() {
		articles.publicPagesChanged(clock.instant());
	}

	private static String slugOf(String nameVi) {
		String slug = SearchText.fold(nameVi).replace(' ', '-');
		if (slug.isEmpty()) {
			throw new NewsRuleViolation("news.category.rule.noLetters");
		}
		if (slug.length() > Categories.SLUG_LENGTH) {
			slug = slug.substring(0, Categories.SLUG_LENGTH);
			int dash = slug.lastIndexOf('-');
			slug = dash > Categories.SLUG_LENGTH / 2 ? slug.substring(0, dash) : slug;
			slug = slug.replaceAll("-+$", "");
		}
		return slug;
	}

	private String freeSlug(String wanted) {
		String candidate = wanted;
		for (int n = 2; categories.slugTaken(candidate); n++) {
			candidate = wanted + "-" + n;
		}
		return candidate;
	}

}
