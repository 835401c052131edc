package vn.ocop.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UsernameTests {

	@Test
	void isFoldedToLowerCase() {
		assertThat(new Username("  CanBo.BaBe ")).isEqualTo(new Username("canbo.babe"));
	}

	@Test
	void refusesDiacriticsSpacesAndWrongLengths() {
		assertThatThrownBy(() -> new Username("cán bộ")).isInstanceOf(UserRuleViolation.class);
		assertThatThrownBy(() -> new Username("ab")).isInstanceOf(UserRuleViolation.class);
		assertThatThrownBy(() -> new Username("a".repeat(51))).isInstanceOf(UserRuleViolation.class);
		assertThatThrownBy(() -> new Username(".hidden")).isInstanceOf(UserRuleViolation.class);
	}

	@Test
	void parsingUntrustedInputNeverThrows() {
		assertThat(Username.parse(null)).isEmpty();
		assertThat(Username.parse("x".repeat(100_000))).isEmpty();
		assertThat(Username.parse("admin\r\nforged log line")).isEmpty();
		assertThat(Username.parse("Admin")).contains(new Username("admin"));
	}

}
