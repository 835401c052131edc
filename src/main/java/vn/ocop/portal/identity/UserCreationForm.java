package vn.ocop.portal.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an administrator enters to create an account. */
record UserCreationForm(
		@NotBlank @Size(max = Username.MAX_LENGTH) String username,
		@NotBlank @Size(max = User.DISPLAY_NAME_MAX) String displayName,
		@Size(max = User.EMAIL_MAX) String email,
		@NotBlank @Size(max = 30) String role,
		@NotBlank @Size(max = 20) String scopeKind,
		@Size(max = 64) String scopeReference,
		@NotBlank @Size(max = 200) String initialPassword) {

	static UserCreationForm empty() {
		return new UserCreationForm("", "", "", "", "", "", "");
	}

}
