package vn.ocop.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class UserTests {

	private static final Instant MORNING = Instant.parse("2026-03-02T01:00:00Z");

	private final MutableClock clock = new MutableClock(MORNING);

	private final LockoutPolicy fiveTimesFifteenMinutes = new LockoutPolicy(5, Duration.ofMinutes(15));

	private User localOfficerOfBaBe() {
		return User.register(new Username("canbo.babe"), "Cán bộ huyện Ba Bể", "canbo.babe@example.org",
				Role.LOCAL_OFFICER, DataScope.unit("061"), "{bcrypt}hash", clock);
	}

	@Test
	void fourWrongPasswordsAreCountedButDoNotLock() {
		User user = localOfficerOfBaBe();

		for (int attempt = 1; attempt <= 4; attempt++) {
			assertThat(user.recordFailedLogin(clock, fiveTimesFifteenMinutes)).isEqualTo(User.FailedLogin.COUNTED);
		}

		assertThat(user.failedAttempts()).isEqualTo(4);
		assertThat(user.isLockedAt(clock.instant())).isFalse();
	}

	@Test
	void theFifthWrongPasswordLocksForFifteenMinutes() {
		User user = localOfficerOfBaBe();
		for (int attempt = 1; attempt <= 4; attempt++) {
			user.recordFailedLogin(clock, fiveTimesFifteenMinutes);
		}

		assertThat(user.recordFailedLogin(clock, fiveTimesFifteenMinutes)).isEqualTo(User.FailedLogin.LOCKED);

		assertThat(user.lockedUntil()).isEqualTo(MORNING.plus(Duration.ofMinutes(15)));
		assertThat(user.isLockedAt(MORNING.plus(Duration.ofMinutes(14)))).isTrue();
	}

	@Test
	void failuresWhileLockedNeitherCountNorExtendTheLock() {
		User user = lockedUser();
		clock.advance(Duration.ofMinutes(10));

		assertThat(user.recordFailedLogin(clock, fiveTimesFifteenMinutes)).isEqualTo(User.FailedLogin.ALREADY_LOCKED);

		assertThat(user.lockedUntil()).isEqualTo(MORNING.plus(Duration.ofMinutes(15)));
		assertThat(user.failedAttempts()).isEqualTo(5);
	}

	@Test
	void theLockEndsAfterTheDurationAndCountingStartsAfresh() {
		User user = lockedUser();
		clock.advance(Duration.ofMinutes(15));

		assertThat(user.isLockedAt(clock.instant())).isFalse();
		assertThat(user.recordFailedLogin(clock, fiveTimesFifteenMinutes)).isEqualTo(User.FailedLogin.COUNTED);

		assertThat(user.failedAttempts()).isEqualTo(1);
		assertThat(user.lockedUntil()).isNull();
	}

	@Test
	void aSuccessfulLoginForgetsEarlierFailures() {
		User user = localOfficerOfBaBe();
		user.recordFailedLogin(clock, fiveTimesFifteenMinutes);
		user.recordFailedLogin(clock, fiveTimesFifteenMinutes);

		assertThat(user.recordSuccessfulLogin(clock)).isTrue();

		assertThat(user.failedAttempts()).isZero();
		assertThat(user.recordSuccessfulLogin(clock)).as("nothing left to forget").isFalse();
	}

	@Test
	void anAdministratorLiftsTheLockBeforeItEnds() {
		User user = lockedUser();

		user.resetLockout(clock);

		assertThat(user.isLockedAt(clock.instant())).isFalse();
		assertThat(user.failedAttempts()).isZero();
	}

	@Test
	void assignmentKeepsRoleAndScopeTogether() {
		User user = localOfficerOfBaBe();

		assertThatThrownBy(() -> user.assign(Role.COUNCIL_MEMBER, DataScope.unit("061"), clock))
			.isInstanceOf(UserRuleViolation.class)
			.extracting("messageKey")
			.isEqualTo("user.scope.notAllowedForRole");
		assertThat(user.role()).isEqualTo(Role.LOCAL_OFFICER);

		user.assign(Role.COUNCIL_MEMBER, DataScope.council("HD-OCOP-06-2022"), clock);
		assertThat(user.scope()).isEqualTo(DataScope.council("HD-OCOP-06-2022"));
	}

	@Test
	void aUserCannotBeRegisteredWithAScopeThatDoesNotFitTheRole() {
		assertThatThrownBy(() -> User.register(new Username("hoidong2"), "Hội đồng", null, Role.COUNCIL_MEMBER,
				DataScope.province("06"), "{bcrypt}hash", clock))
			.isInstanceOf(UserRuleViolation.class);
	}

	@Test
	void disablingAndEnablingAreRecordedWithTheTime() {
		User user = localOfficerOfBaBe();
		clock.advance(Duration.ofHours(1));

		user.disable(clock);

		assertThat(user.enabled()).isFalse();
		assertThat(user.updatedAt()).isEqualTo(MORNING.plus(Duration.ofHours(1)));
		user.enable(clock);
		assertThat(user.enabled()).isTrue();
	}

	@Test
	void changingThePasswordRecordsWhen() {
		User user = localOfficerOfBaBe();
		clock.advance(Duration.ofDays(30));

		user.changePassword("{bcrypt}new-hash", clock);

		assertThat(user.passwordHash()).isEqualTo("{bcrypt}new-hash");
		assertThat(user.passwordChangedAt()).isEqualTo(MORNING.plus(Duration.ofDays(30)));
	}

	@Test
	void auditValuesNeverHoldThePasswordHash() {
		User user = localOfficerOfBaBe();

		assertThat(user.auditValues().toString()).doesNotContain("{bcrypt}hash");
	}

	@Test
	void displayNameAndEmailAreChecked() {
		User user = localOfficerOfBaBe();

		assertThatThrownBy(() -> user.updateContactDetails("x".repeat(101), null, clock))
			.isInstanceOf(UserRuleViolation.class);
		assertThatThrownBy(() -> user.updateContactDetails("Tên", "not-an-address", clock))
			.isInstanceOf(UserRuleViolation.class);
		user.updateContactDetails("  Tên mới  ", "  ", clock);
		assertThat(user.displayName()).isEqualTo("Tên mới");
		assertThat(user.email()).isNull();
	}

	private User lockedUser() {
		User user = localOfficerOfBaBe();
		for (int attempt = 1; attempt <= 5; attempt++) {
			user.recordFailedLogin(clock, fiveTimesFifteenMinutes);
		}
		return user;
	}

}
