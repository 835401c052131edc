package vn.ocop.portal.identity;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No user with this username: the page answers 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UserNotFound extends RuntimeException {

	UserNotFound(String username) {
		super("No user " + LoginAttempts.printable(username), null, false, false);
	}

}
