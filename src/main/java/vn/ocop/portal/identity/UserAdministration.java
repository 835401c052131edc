package vn.ocop.portal.identity;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.portal.audit.AuditRecord;
import vn.ocop.portal.audit.Auditor;

/**
 * What a provincial administrator does with users: list, create, change role and scope, disable,
 * enable, lift a lockout. Every change is audited with the values before and after (never the
 * password hash). Rules: {@link RoleScopePolicy}, {@link ScopeReferences},
 * {@link AdministrationScopePolicy}, {@link PasswordPolicy}; administrators cannot disable
 * themselves or change their own role or scope.
 */
@Component
class UserAdministration {

	static final int PAGE_SIZE = 25;

	private final Users users;

	private final Auditor auditor;

	private final AdministrationScopePolicy administrationScope;

	private final ScopeReferences scopeReferences;

	private final PasswordPolicy passwordPolicy;

	private final PasswordEncoder passwordEncoder;

	private final UserSessions sessions;

	private final Clock clock;

	UserAdministration(Users users, Auditor auditor, AdministrationScopePolicy administrationScope,
			ScopeReferences scopeReferences, IdentityProperties properties, PasswordEncoder passwordEncoder,
			UserSessions sessions, Clock clock) {
		this.users = users;
		this.auditor = auditor;
		this.administrationScope = administrationScope;
		this.scopeReferences = scopeReferences;
		this.passwordPolicy = PasswordPolicy.of(properties);
		this.passwordEncoder = passwordEncoder;
		this.sessions = sessions;
		this.clock = clock;
	}

	/** What an administrator enters to create an account. */
	record NewUser(Username username, String displayName, String email, Role role, DataScope scope,
			String initialPassword) {
	}

	/** Page {@code pageNumber} (from 1) of the users, sorted by username. */
	Page<User> list(Role role, String text, int pageNumber) {
		return users.search(role, text, PageRequest.of(Math.max(0, pageNumber - 1), PAGE_SIZE));
	}

	Optional<User> find(Username username) {
		return users.findByUsername(username);
	}

	boolean mayManage(ScopedUser administrator, User user) {
		return administrationScope.mayManage(administrator, user.scope());
	}

	@Transactional
	User create(ScopedUser administrator, NewUser command) {
		RoleScopePolicy.check(command.role(), command.scope());
		scopeReferences.check(command.scope());
		administrationScope.check(administrator, command.scope());
		passwordPolicy.check(command.username(), command.initialPassword(), null);
		if (users.exists(command.username())) {
			throw new UserRuleViolation("username", "user.username.taken");
		}
		User user = User.register(command.username(), command.displayName(), command.email(), command.role(),
				command.scope(), passwordEncoder.encode(command.initialPassword()), clock);
		users.add(user);
		auditor.record(AuditRecord.created(LoginAttempts.MODULE, LoginAttempts.ENTITY, user.username().value(),
				user.auditValues()));
		return user;
	}

	/** Changes the display name, e-mail, role and scope; returns whether anything changed. */
	@Transactional
	boolean update(ScopedUser administrator, Username username, String displayName, String email, Role role,
			DataScope scope) {
		User user = manageable(administrator, username);
		boolean reassigned = user.role() != role || !user.scope().equals(scope);
		if (reassigned) {
			if (isSelf(administrator, user)) {
				throw new UserRuleViolation("role", "user.self.reassign");
			}
			RoleScopePolicy.check(role, scope);
			scopeReferences.check(scope);
			administrationScope.check(administrator, scope);
		}
		UserAuditValues before = user.auditValues();
		user.updateContactDetails(displayName, email, clock);
		if (reassigned) {
			user.assign(role, scope, clock);
		}
		return saveIfChanged(user, before, "UPDATED", reassigned);
	}

	@Transactional
	boolean disable(ScopedUser administrator, Username username) {
		User user = manageable(administrator, username);
		if (isSelf(administrator, user)) {
			throw new UserRuleViolation("enabled", "user.self.disable");
		}
		UserAuditValues before = user.auditValues();
		user.disable(clock);
		return saveIfChanged(user, before, "DISABLED", true);
	}

	@Transactional
	boolean enable(ScopedUser administrator, Username username) {
		User user = manageable(administrator, username);
		UserAuditValues before = user.auditValues();
		user.enable(clock);
		return saveIfChanged(user, before, "ENABLED", false);
	}

	@Transactional
	boolean resetLockout(ScopedUser administrator, Username username) {
		User user = manageable(administrator, username);
		UserAuditValues before = user.auditValues();
		user.resetLockout(clock);
		return saveIfChanged(user, before, "LOCKOUT_RESET", false);
	}

	private User manageable(ScopedUser administrator, Username username) {
		User user = users.findForUpdate(username).orElseThrow(() -> new UserNotFound(username.value()));
		if (!mayManage(administrator, user)) {
			throw new AccessDeniedException("User " + username + " lies outside the administrator's scope");
		}
		return user;
	}

	private boolean saveIfChanged(User user, UserAuditValues before, String action, boolean endSessions) {
		UserAuditValues after = user.auditValues();
		if (before.equals(after)) {
			return false;
		}
		users.update(user);
		auditor.record(new AuditRecord(LoginAttempts.MODULE, LoginAttempts.ENTITY, user.username().value(), action,
				before, after));
		if (endSessions) {
			sessions.endAll(user.username());
		}
		return true;
	}

	private static boolean isSelf(ScopedUser administrator, User user) {
		return Objects.equals(administrator.username(), user.username().value());
	}

}
