package vn.ocop.portal.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

	private final PasswordPolicy tenCharacters = new PasswordPolicy(10);

	private final Username canboBabe = new Username("canbo.babe");

	@Test
	void acceptsALongEnoughPasswordWithDiacritics() {
		assertThatCode(() -> tenCharacters.check(canboBabe, "Mật khẩu an toàn", "cũ-cũ-cũ-cũ")).doesNotThrowAnyException();
	}

	@Test
	void refusesShortPasswordsCountingCharactersNotBytes() {
		assertThatThrownBy(() -> tenCharacters.check(canboBabe, "ắắắắắắắắắ", null)).extracting("messageKey")
			.isEqualTo("password.tooShort");
	}

	@Test
	void refusesPasswordsBcryptWouldTruncate() {
		assertThatThrownBy(() -> tenCharacters.check(canboBabe, "ă".repeat(37), null)).extracting("messageKey")
			.isEqualTo("password.tooLong");
		assertThatCode(() -> tenCharacters.check(canboBabe, "a".repeat(72), null)).doesNotThrowAnyException();
	}

	@Test
	void refusesTheUsernameInAnyCase() {
		assertThatThrownBy(() -> tenCharacters.check(canboBabe, "CanBo.BaBe", null)).extracting("messageKey")
			.isEqualTo("password.sameAsUsername");
	}

	@Test
	void refusesTheCurrentPassword() {
		assertThatThrownBy(() -> tenCharacters.check(canboBabe, "Demo@2026!", "Demo@2026!")).extracting("messageKey")
			.isEqualTo("password.sameAsCurrent");
	}

}
