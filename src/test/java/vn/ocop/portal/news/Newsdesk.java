package vn.ocop.portal.news;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.security.core.Authentication;

import vn.ocop.portal.identity.DataScope;
import vn.ocop.portal.identity.Role;
import vn.ocop.portal.support.Officials;

/** The people of the newsroom and articles in their words, for tests (unique titles: one shared database). */
final class Newsdesk {

	static final Authentication EDITOR = Officials.signedIn("Biên tập viên Thử", Role.EDITOR, DataScope.province("06"));

	static final Authentication PUBLISHER = Officials.signedIn("Người duyệt Thử", Role.PUBLISHER, DataScope.province("06"));

	static final Authentication OTHER_PROVINCE_EDITOR = Officials.signedIn("Biên tập tỉnh khác", Role.EDITOR,
			DataScope.province("01"));

	static final Authentication OFFICER = Officials.provincialOfficer("Cán bộ tỉnh", "06");

	private static final AtomicLong NEXT = new AtomicLong(System.currentTimeMillis() % 1_000_000L);

	private Newsdesk() {
	}

	static long unique() {
		return NEXT.incrementAndGet();
	}

	/** A plain article in the first standing category. */
	static ArticleContent story(Articles articles, String title, String body, String... tags) {
		long category = articles.category("kinh-te-tap-the").orElseThrow().id();
		return new ArticleContent(title, "Tóm tắt của bài " + title, body, "Phóng viên thử nghiệm", category, null,
				List.of(tags), "");
	}

	/** Runs the call as the signed-in person. */
	static <T> T as(Authentication person, Supplier<T> call) {
		return Officials.as(person, call);
	}

	static void as(Authentication person, Runnable call) {
		as(person, () -> {
			call.run();
			return null;
		});
	}

	/** Written by the editor, submitted, published by the publisher; returns its id. */
	static long published(Newsroom newsroom, ArticleContent content) {
		long id = as(EDITOR, () -> newsroom.write(content));
		as(EDITOR, () -> newsroom.submit(id, newsroom.load(id).version()));
		as(PUBLISHER, () -> newsroom.publish(id, newsroom.load(id).version(), null));
		return id;
	}

}
