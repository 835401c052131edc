package vn.ocop.portal.news;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No article (or photo, category, tag) at this address: the portal's 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ArticleNotFound extends RuntimeException {

	ArticleNotFound(String what) {
		super("Not found: " + what);
	}

}
