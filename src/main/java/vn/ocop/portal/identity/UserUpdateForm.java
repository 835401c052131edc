package vn.ocop.portal.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An administrator changes a user's name, e-mail, role and data scope. */
record UserUpdateForm(
		@NotBlank @Size(max = User.DISPLAY_NAME_MAX) String displayName,
		@Size(max = User.EMAIL_MAX) String email,
		@NotBlank @Size(max = 30) String role,
		@NotBlank @Size(max = 20) String scopeKind,
		@Size(max = 64) String scopeReference) {

	static UserUpdateForm of(User user) {
		return new UserUpdateForm(user.displayName(), user.email() == null ? "" : user.email(), user.role().name(),
				user.scope().kind().name(), user.scope().reference());
	}

}
