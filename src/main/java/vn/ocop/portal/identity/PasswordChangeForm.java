package vn.ocop.portal.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A signed-in user replaces their password. */
record PasswordChangeForm(
		@NotBlank @Size(max = 200) String currentPassword,
		@NotBlank @Size(max = 200) String newPassword,
		@NotBlank @Size(max = 200) String confirmPassword) {

	static PasswordChangeForm empty() {
		return new PasswordChangeForm("", "", "");
	}

}
