package vn.ocop.portal.ocop;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The product already has an open application in this round (HTTP 409). */
@ResponseStatus(HttpStatus.CONFLICT)
class DuplicateApplication extends RuntimeException {

	private static final long serialVersionUID = 1L;

	DuplicateApplication(long productId, long roundId) {
		super("Product " + productId + " already has an application in round " + roundId);
	}

}
