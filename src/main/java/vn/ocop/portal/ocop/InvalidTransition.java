package vn.ocop.portal.ocop;

/** A change of state that the application's state does not allow (HTTP 409). */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONFLICT)
class InvalidTransition extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final ApplicationState from;

	private final ApplicationState to;

	InvalidTransition(ApplicationState from, ApplicationState to) {
		super("An application in state " + from + " cannot move to " + to);
		this.from = from;
		this.to = to;
	}

	ApplicationState from() {
		return from;
	}

	ApplicationState to() {
		return to;
	}

}
