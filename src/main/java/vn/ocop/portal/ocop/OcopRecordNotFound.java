package vn.ocop.portal.ocop;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No OCOP subject, product or photo with this number: the pages answer 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class OcopRecordNotFound extends RuntimeException {

	private static final long serialVersionUID = 1L;

	OcopRecordNotFound(String what) {
		super("No OCOP " + what);
	}

}
