package vn.ocop.portal.registry;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No organisation has this code: pages answer 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class OrganisationNotFound extends RuntimeException {

	private final String id;

	public OrganisationNotFound(String id) {
		super("No organisation " + id, null, false, false);
		this.id = id;
	}

	public String id() {
		return id;
	}

}
