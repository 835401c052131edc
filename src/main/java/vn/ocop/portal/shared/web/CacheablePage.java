package vn.ocop.portal.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a public page (a controller method, or every method of a controller) that may be kept
 * in the page cache for anonymous readers: rendered once per node, language and address, then
 * served from memory until published content changes (or {@code ocop.page-cache.max-age} passes).
 * Only for pages that are the same for every anonymous reader: no CSRF token, no per-user content,
 * no form that posts. The cache refuses a response that sets a cookie, is not a 200 HTML page, is
 * private, or carries a CSRF field, so a mistake here costs speed, not correctness.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface CacheablePage {

	/** The request attribute set (to {@code Boolean.TRUE}) while a cacheable page is handled. */
	String REQUEST_ATTRIBUTE = CacheablePage.class.getName();

}
