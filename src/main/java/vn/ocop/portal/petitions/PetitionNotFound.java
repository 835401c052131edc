package vn.ocop.portal.petitions;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No petition (or conference) with this code or number. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class PetitionNotFound extends RuntimeException {

	PetitionNotFound(String what) {
		super("Not found: " + what);
	}

}
